import { attachmentSchema } from '@seller-support/contract';
import type { HttpHandler } from 'msw';
import { ProblemError } from '../problem';
import { HttpResponse } from 'msw';
import type { UploadedFile } from '../store';
import { endpoint, idempotencyKey, param, respond, type HandlerContext } from './shared';

const multipartAllowance = 16 * 1024;

async function readFilePart(request: Request): Promise<File> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ProblemError(400, 'Send multipart/form-data with one part named "file".');
  }
  const file = form.get('file');
  if (file === null || typeof file === 'string') {
    throw new ProblemError(422, 'The upload has no file.', [
      { path: 'file', message: 'a file part is required', code: 'required' },
    ]);
  }
  return file;
}

/**
 * The file of an upload (the seller's or the desk's): like a real server, an oversized one is
 * refused by its declared length before it is read; the allowance covers the multipart framing.
 */
export async function readUploadedFile(request: Request, maxFileBytes: number): Promise<UploadedFile> {
  const declaredLength = Number(request.headers.get('Content-Length') ?? Number.NaN);
  if (declaredLength > maxFileBytes + multipartAllowance) {
    throw new ProblemError(413, `The file is larger than ${maxFileBytes} bytes.`, [
      { path: 'file', message: `at most ${maxFileBytes} bytes` },
    ]);
  }
  const file = await readFilePart(request);
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * `POST /attachments`: one multipart `file`; the type is judged by content, sizes by the policy.
 * `GET /attachments/{id}`: the content of one of the seller's files.
 */
export function attachmentHandlers(context: HandlerContext): HttpHandler[] {
  return [
    endpoint(context, 'uploadAttachment', async ({ request }) => {
      const file = await readUploadedFile(request, context.store.dataset.policy.attachments.maxFileBytes);
      const { created, value } = context.store.uploadAttachment(file, idempotencyKey(request));
      return respond(attachmentSchema, value, { status: created ? 201 : 200 });
    }),
    endpoint(context, 'getAttachment', (request) => {
      const { attachment, bytes } = context.store.getAttachmentContent(param(request, 'id'));
      return new HttpResponse(bytes, {
        status: 200,
        headers: {
          'Content-Type': attachment.type,
          'Content-Length': String(bytes.length),
          'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(attachment.name)}`,
        },
      });
    }),
  ];
}
