import { hasControlCharacters, normalizedLength } from '../../../shared/lib/text';
import type { Translate } from '../../../shared/i18n';

/** Why a text cannot be sent as it is; the UI turns it into a message. */
export type TextProblem =
  { code: 'required' | 'controlCharacters' } | { code: 'tooShort' | 'tooLong'; limit: number };

export interface TextRules {
  min: number;
  max: number;
  /** An optional text may be empty; once written, it follows `min` and `max`. */
  required: boolean;
}

/**
 * Checks text as it will be sent: refused characters first (the seller has to remove them; they are
 * not dropped silently), then the length of the normalised text, which is what the counter shows.
 */
export function checkText(value: string, { min, max, required }: TextRules): TextProblem | null {
  if (hasControlCharacters(value)) return { code: 'controlCharacters' };
  const length = normalizedLength(value);
  if (length === 0) return required ? { code: 'required' } : null;
  if (length < min) return { code: 'tooShort', limit: min };
  if (length > max) return { code: 'tooLong', limit: max };
  return null;
}

export function textProblemMessage(t: Translate, problem: TextProblem): string {
  switch (problem.code) {
    case 'required':
      return t('requestActions.text.required');
    case 'controlCharacters':
      return t('requestActions.text.controlCharacters');
    case 'tooShort':
      return t('requestActions.text.tooShort', { limit: problem.limit });
    case 'tooLong':
      return t('requestActions.text.tooLong', { limit: problem.limit });
  }
}
