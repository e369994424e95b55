import type { FastifyError, FastifyInstance } from 'fastify';
import { makeProblem, ProblemError } from './problem';
import { ContractDriftError, sendProblem } from './respond';

/** What Fastify and its plugins throw for a request they refuse, in the contract's words. */
function problemOfFrameworkError(error: FastifyError, bodyLimitBytes: number): ProblemError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ProblemError(413, `The request body is larger than ${bodyLimitBytes} bytes.`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ProblemError(415, 'Send the body as application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ProblemError(400, 'The request body is not valid JSON.');
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new ProblemError(413, 'Send one part named "file" and nothing else.');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
    case 'FST_MP_PREMATURE_CLOSE':
    case 'FST_PROTO_VIOLATION':
      return new ProblemError(400, 'Send multipart/form-data with one part named "file".');
    default:
      break;
  }
  const status = error.statusCode;
  // Other refusals of the framework (a malformed URL, say) keep their status but not their words.
  if (status !== undefined && status >= 400 && status < 500) return new ProblemError(status);
  return null;
}

/** Every error becomes problem+json; only the service's own failures are logged as errors, with their stack. */
export function installErrorHandling(app: FastifyInstance, bodyLimitBytes: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = error instanceof ProblemError ? error : problemOfFrameworkError(error, bodyLimitBytes);
    if (problem !== null) return sendProblem(reply, problem.problem, problem.headers);
    request.log.error(
      { err: error, drift: error instanceof ContractDriftError },
      error instanceof ContractDriftError ? 'response does not match the contract' : 'request failed',
    );
    return sendProblem(reply, makeProblem(500, 'The service failed; the failure is logged.'));
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, makeProblem(404, `No endpoint ${request.method} ${request.url.split('?')[0] ?? ''}.`)),
  );
}
