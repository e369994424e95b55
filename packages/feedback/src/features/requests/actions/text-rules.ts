import type { Translate } from '../../../shared/i18n';
import type { TextProblem } from '../../../shared/lib/text';

export function textProblemMessage(t: Translate, problem: TextProblem): string {
  switch (problem.code) {
    case 'required':
      return t('requestActions.text.required');
    case 'controlCharacters':
      return t('requestActions.text.controlCharacters');
    case 'invisibleOnly':
      return t('requestActions.text.invisibleOnly');
    case 'tooShort':
      return t('requestActions.text.tooShort', { limit: problem.limit });
    case 'tooLong':
      return t('requestActions.text.tooLong', { limit: problem.limit });
  }
}
