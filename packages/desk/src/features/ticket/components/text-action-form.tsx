import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useDeskI18n } from '../../../shared/i18n/i18n';
import { newIdempotencyKey } from '../../../shared/lib/idempotency-key';
import { useOnceAction } from '../../../shared/lib/use-once-action';
import { Button } from '../../../shared/ui/button';
import { ActionFeedback } from './action-feedback';

export interface TextActionFormProps {
  title: string;
  label: string;
  hint: string;
  submit: string;
  done: string;
  limits: { readonly min: number; readonly max: number };
  /** Internal: framed as a note, which the seller never sees. */
  internal?: boolean | undefined;
  /** The view's one primary action. */
  primary?: boolean | undefined;
  /** Sends the text (and the files' ids) under the key; resolves once the server confirmed. */
  send: (body: TextActionBody, idempotencyKey: string) => Promise<unknown>;
  /** Files may go with it (a reply): uploaded when sent, each under a key of its own. */
  upload?: ((file: File, idempotencyKey: string) => Promise<{ id: string }>) | undefined;
}

/** What a text action sends: the text, and the ids of the files uploaded for it. */
export interface TextActionBody {
  text: string;
  attachmentIds: string[];
}

/**
 * A form of one text (a reply, a note, a step), sent exactly once: while its answer is unknown the
 * text cannot be edited and a retry sends it again under the same key; once confirmed the field
 * empties and keeps the focus for the next one.
 */
export function TextActionForm({
  title,
  label,
  hint,
  submit,
  done,
  limits,
  internal,
  primary,
  send,
  upload,
}: TextActionFormProps) {
  const { m, fill } = useDeskI18n();
  const ids = { field: useId(), hint: useId(), error: useId(), title: useId(), files: useId() };
  const [files, setFiles] = useState<File[]>([]);
  // A file uploaded once is not uploaded again on a retry: its id, by the file.
  const [uploaded] = useState(() => new Map<File, { key: string; id?: string }>());
  const [uploadFailed, setUploadFailed] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const action = useOnceAction(send);
  const waiting = action.waiting;
  // From the click through the uploads to the answer: a second click meanwhile would upload and
  // send again under a new key. The ref stops a double click within one render.
  const [uploading, setUploading] = useState(false);
  const submitting = useRef(false);
  const sending = action.status.kind === 'sending' || uploading;
  // A new file input after a send: the browser's own list of chosen files is not React's to clear.
  const [filesInput, setFilesInput] = useState(0);

  const uploadAll = async (): Promise<string[] | null> => {
    if (upload === undefined) return [];
    try {
      const result: string[] = [];
      for (const file of files) {
        const entry = uploaded.get(file) ?? { key: newIdempotencyKey() };
        uploaded.set(file, entry);
        entry.id ??= (await upload(file, entry.key)).id;
        result.push(entry.id);
      }
      setUploadFailed(false);
      return result;
    } catch {
      setUploadFailed(true);
      return null;
    }
  };

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (submitting.current) return;
    submitting.current = true;
    try {
      await submitOnce();
    } finally {
      submitting.current = false;
      setUploading(false);
    }
  };

  const submitOnce = async () => {
    const typed = waiting?.text ?? text.trim();
    if (typed.length < limits.min) {
      setInvalid(fill(m.actions.tooShort, { min: limits.min }));
      field.current?.focus();
      return;
    }
    if (typed.length > limits.max) {
      setInvalid(fill(m.actions.tooLong, { max: limits.max }));
      field.current?.focus();
      return;
    }
    setInvalid(null);
    let body = waiting;
    if (body === undefined) {
      setUploading(true);
      const attachmentIds = await uploadAll();
      if (attachmentIds === null) return;
      body = { text: typed, attachmentIds };
    }
    const result = await action.run(body);
    if (result !== undefined) {
      setText('');
      setFiles([]);
      setFilesInput((input) => input + 1);
      field.current?.focus();
    }
  };

  return (
    <form
      className={`desk-action-form${internal === true ? ' desk-action-form--internal' : ''}`}
      aria-labelledby={ids.title}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <h3 id={ids.title}>{title}</h3>
      <div className="ss-field">
        <label htmlFor={ids.field}>{label}</label>
        <textarea
          id={ids.field}
          ref={field}
          className="ss-input"
          value={waiting?.text ?? text}
          readOnly={waiting !== undefined}
          aria-invalid={invalid !== null}
          aria-describedby={invalid === null ? ids.hint : `${ids.error} ${ids.hint}`}
          onChange={(event) => setText(event.target.value)}
        />
        {invalid !== null && (
          <span id={ids.error} className="ss-field__error">
            {invalid}
          </span>
        )}
        <span id={ids.hint} className="ss-field__hint">
          {hint}
        </span>
      </div>
      {upload !== undefined && (
        <div className="ss-field">
          <label htmlFor={ids.files}>{m.actions.files}</label>
          <input
            key={filesInput}
            id={ids.files}
            className="ss-input"
            type="file"
            multiple
            disabled={waiting !== undefined || sending}
            onChange={(event) => setFiles([...(event.target.files ?? [])])}
          />
          {uploadFailed && <span className="ss-field__error">{m.actions.uploadFailed}</span>}
        </div>
      )}
      <div className="ss-actions">
        <Button type="submit" variant={primary === true ? 'primary' : 'secondary'} disabled={sending}>
          {sending ? m.actions.sending : waiting !== undefined ? m.common.retry : submit}
        </Button>
      </div>
      <ActionFeedback status={action.status} done={done} />
    </form>
  );
}
