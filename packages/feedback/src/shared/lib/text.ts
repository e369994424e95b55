import { controlCharacters } from '@seller-support/contract';

// The contract's class of refused characters, as a global pattern for stripping.
const controlCharactersGlobal = new RegExp(controlCharacters.source, 'g');

/** True when the text holds a character the contract refuses (C0/C1 controls, zero-width, bidi overrides). */
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
  return text
    .replace(controlCharactersGlobal, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .trim();
}

/** The length the contract counts (UTF-16 code units) of the text as it will be sent. */
export function normalizedLength(text: string): number {
  return normalizeText(text).length;
}
