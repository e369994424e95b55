import { controlCharacters, stripControlCharacters, visibleLength } from '@seller-support/contract';

/** True when the text holds a character the contract refuses (C0/C1 controls, bidi overrides, lone surrogates). */
export function hasControlCharacters(text: string): boolean {
  return controlCharacters.test(text);
}

/**
 * What the seller typed, as it is sent: refused characters removed, Unicode composed (NFC),
 * line breaks unified, trailing spaces of each line dropped, and the whole trimmed. Idempotent,
 * so normalising twice (form check, then submit) gives the same length the counter showed.
 */
export function normalizeText(text: string): string {
  // Controls go first: removing one may bring a letter and its combining mark together, which NFC then composes.
  return stripControlCharacters(text)
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .trim();
}

/** The length the contract's maximum counts (UTF-16 code units) of the text as it will be sent. */
export function normalizedLength(text: string): number {
  return normalizeText(text).length;
}

/** Why a text cannot be sent as it is; each form turns it into its own message. */
export type TextProblem =
  | { code: 'required' | 'controlCharacters' | 'invisibleOnly' }
  | { code: 'tooShort' | 'tooLong'; limit: number };

export interface TextRules {
  min: number;
  max: number;
  /** An optional text may be empty; once written, it follows `min` and `max`. */
  required: boolean;
}

/**
 * Checks text as it will be sent, by the contract's rules (see `textSchema`): refused characters
 * first (the seller has to remove them; they are not dropped silently), then a text of invisible
 * characters only, then the minimum in visible characters and the maximum in what the counter shows.
 */
export function checkText(value: string, { min, max, required }: TextRules): TextProblem | null {
  if (hasControlCharacters(value)) return { code: 'controlCharacters' };
  const normalized = normalizeText(value);
  if (normalized.length === 0) return required ? { code: 'required' } : null;
  if (normalized.length > max) return { code: 'tooLong', limit: max };
  const visible = visibleLength(normalized);
  if (visible === 0) return { code: 'invisibleOnly' };
  if (visible < min) return { code: 'tooShort', limit: min };
  return null;
}
