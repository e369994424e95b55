import { useFormState } from 'react-hook-form';
import { useT } from '../../../../shared/i18n';
import { ErrorSummary } from '../error-summary';
import type { FormControl } from '../form-controls';
import { collectProblems } from '../form-errors';
import type { FormLevelProblem } from '../use-ask-submit';

/** The summary follows the errors as the seller fixes them; focus moves to it on each failed submit. */
export function LiveErrorSummary({
  control,
  formProblems,
  title,
  attempt,
}: {
  control: FormControl;
  formProblems: readonly FormLevelProblem[];
  title: string | undefined;
  attempt: number;
}) {
  const t = useT();
  const { errors } = useFormState({ control });
  return (
    <ErrorSummary
      problems={collectProblems(t, errors)}
      formProblems={formProblems}
      title={title}
      attempt={attempt}
    />
  );
}
