import type { Readable } from 'node:stream';
import { attachmentSchema, type Attachment } from '@seller-support/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { tooLarge, type IncomingFile } from '../services/attachments';
import type { Created } from '../services/seller-support';
import { ProblemError } from './problem';
import { idempotencyKeyOf, sendJson } from './respond';

// The multipart framing around one file part: headers, boundaries, a long file name.
const multipartAllowance = 16 * 1024;

/**
 * `POST <path>`: one multipart part named `file`, streamed to `store` with its `Idempotency-Key`.
 * Shared by the seller's and the desk's uploads, so both refuse alike: a declared length already
 * too large before a byte is read (413), no multipart (400), no file part (422).
 */
export async function uploadRoute(
  app: FastifyInstance,
  path: string,
  maxFileBytes: () => number,
  store: (request: FastifyRequest, key: string, file: IncomingFile) => Promise<Created<Attachment>>,
): Promise<void> {
  await app.register((uploads, _options, done) => {
    // Any body reaches the handler untouched, so a request that is not multipart gets the
    // contract's 400 rather than the framework's 415 (which means "attachment type refused").
    uploads.addContentTypeParser('*', (_request, _payload, done) => {
      done(null);
    });
    uploads.post(path, async (request, reply) => {
      const max = maxFileBytes();
      const declared = Number(request.headers['content-length'] ?? Number.NaN);
      if (declared > max + multipartAllowance) {
        // Refused by its length before a byte of it is read; the connection is not kept for the rest.
        reply.header('Connection', 'close');
        throw tooLarge(max);
      }
      const key = idempotencyKeyOf(request);
      if (!request.isMultipart())
        throw new ProblemError(400, 'Send multipart/form-data with one part named "file".');
      const part = await request.file({
        // One more byte than allowed: a file cut off there is too large, one that fits ends before it.
        limits: {
          fileSize: max + 1,
          files: 1,
          fields: 8,
          parts: 9,
          fieldSize: 1024,
          headerPairs: 64,
        },
        throwFileSizeLimit: false,
      });
      if (part === undefined || part.fieldname !== 'file') {
        part?.file.resume();
        throw new ProblemError(422, 'The upload has no file.', [
          { path: 'file', message: 'a file part is required', code: 'required' },
        ]);
      }
      const { status, value } = await store(request, key, { filename: part.filename, content: part.file });
      return sendJson(reply, attachmentSchema, value, status);
    });
    done();
  });
}

/** An attachment's content as `GET /attachments/{id}` answers it, on either API. */
export function sendAttachment(
  reply: FastifyReply,
  { attachment, size, stream }: { attachment: Attachment; size: number; stream: Readable },
): FastifyReply {
  return reply
    .code(200)
    .headers({
      'Content-Type': attachment.type,
      'Content-Length': String(size),
      'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(attachment.name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-cache',
    })
    .send(stream);
}
