// The mocks refuse requests as every server of the contract does (one module, shared with the
// support service): the store throws ProblemError, the handlers answer it as problem+json.
export {
  fieldProblem,
  issuesToFieldErrors,
  makeProblem,
  ProblemError,
  type FieldError,
} from '@seller-support/contract/problems';
