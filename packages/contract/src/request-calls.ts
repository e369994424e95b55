// How the seller's client and the desk's build their calls, in one place so that the two cannot
// drift apart: the same keyed POSTs, the same per-call limits, the same upload part. Internal to
// the contract: neither client's public API names these.
import {
  perCall,
  type ActionRequestOptions,
  type ApiCall,
  type FetchTransport,
  type RequestOptions,
  type UploadFile,
  type UploadRequestOptions,
} from './http-transport';
import { attachmentSchema, cleanFileName, type Attachment } from './schemas/attachments';

/** A `GET` of `path`, with the query when there is one. */
export function getCall(path: string, options: RequestOptions | undefined, query?: URLSearchParams): ApiCall {
  return query === undefined
    ? { method: 'GET', path, ...perCall(options) }
    : { method: 'GET', path, query, ...perCall(options) };
}

/** A `POST` of a JSON body, with the caller's `Idempotency-Key` when it gave one. */
export function postJsonCall(
  path: string,
  body: unknown,
  options: ActionRequestOptions | undefined,
): ApiCall {
  return {
    method: 'POST',
    path,
    body: { json: body },
    idempotencyKey: options?.idempotencyKey,
    ...perCall(options),
  };
}

/** `POST` of one multipart part `file` to `path`; with `onProgress`, reports the bytes sent. */
export async function uploadAttachmentOver(
  http: FetchTransport,
  path: string,
  file: UploadFile,
  options: UploadRequestOptions,
): Promise<Attachment> {
  const form = new FormData();
  const name = cleanFileName(file.name ?? '');
  if (name !== '') form.append('file', file, name);
  // A File appended without a name would send its own, controls and all.
  else if (file.name !== undefined && file.name !== '') form.append('file', file, 'file');
  else form.append('file', file);
  const call: ApiCall = {
    method: 'POST',
    path,
    body: { form },
    idempotencyKey: options.idempotencyKey,
    ...perCall(options),
  };
  return http.upload(attachmentSchema, call, form, options.onProgress);
}

/** A `POST` without a body (marking read): the answer is a 204. */
export function postCall(path: string, options: RequestOptions | undefined): ApiCall {
  return { method: 'POST', path, ...perCall(options) };
}
