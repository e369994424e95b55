// The service refuses requests as every server of the contract does (one module, shared with the
// mocks): its layers throw ProblemError, the error handler answers it as problem+json.
import { ProblemError } from '@seller-support/contract/problems';

export { fieldProblem, makeProblem, ProblemError, type FieldError } from '@seller-support/contract/problems';

/** A 404 that says only that there is no such thing here, never whose it is. */
export function notFound(what: string): ProblemError {
  return new ProblemError(404, `There is no ${what}.`);
}
