import { thirdParties, isOneOf } from '@seller-support/contract';
import { deskLimits, type ThirdPartyBody } from '@seller-support/contract/desk';
import { useId, useState, type SyntheticEvent } from 'react';
import { useDeskI18n } from '../../../shared/i18n/i18n';
import { useOnceAction } from '../../../shared/lib/use-once-action';
import { Button } from '../../../shared/ui/button';
import { ActionFeedback } from './action-feedback';

/** Involve a carrier, a warehouse, a service centre or another party, with a note; sent exactly once. */
export function ThirdPartyForm({ send }: { send: (body: ThirdPartyBody, key: string) => Promise<unknown> }) {
  const { m, fill } = useDeskI18n();
  const ids = { title: useId(), party: useId(), note: useId(), hint: useId(), error: useId() };
  const [party, setParty] = useState<ThirdPartyBody['party']>('carrier');
  const [note, setNote] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const action = useOnceAction(send);
  const { waiting } = action;
  const sending = action.status.kind === 'sending';

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const body = waiting ?? { party, note: note.trim() };
    if (body.note.length > deskLimits.thirdPartyNote.max) {
      setInvalid(fill(m.actions.tooLong, { max: deskLimits.thirdPartyNote.max }));
      return;
    }
    setInvalid(null);
    if ((await action.run(body)) !== undefined) setNote('');
  };

  return (
    <form
      className="desk-action-form"
      aria-labelledby={ids.title}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <h3 id={ids.title}>{m.actions.thirdParty}</h3>
      <div className="ss-field">
        <label htmlFor={ids.party}>{m.actions.party}</label>
        <select
          id={ids.party}
          className="ss-input"
          value={waiting?.party ?? party}
          disabled={waiting !== undefined}
          onChange={(event) => {
            const { value } = event.target;
            if (isOneOf(thirdParties, value)) setParty(value);
          }}
        >
          {thirdParties.map((one) => (
            <option key={one} value={one}>
              {m.parties[one]}
            </option>
          ))}
        </select>
      </div>
      <div className="ss-field">
        <label htmlFor={ids.note}>{m.actions.partyNote}</label>
        <textarea
          id={ids.note}
          className="ss-input"
          value={waiting?.note ?? note}
          readOnly={waiting !== undefined}
          aria-invalid={invalid !== null}
          aria-describedby={invalid === null ? ids.hint : `${ids.error} ${ids.hint}`}
          onChange={(event) => setNote(event.target.value)}
        />
        {invalid !== null && (
          <span id={ids.error} className="ss-field__error">
            {invalid}
          </span>
        )}
        <span id={ids.hint} className="ss-field__hint">
          {m.actions.partyHint}
        </span>
      </div>
      <div className="ss-actions">
        <Button type="submit" disabled={sending}>
          {sending ? m.actions.sending : waiting !== undefined ? m.common.retry : m.actions.involve}
        </Button>
      </div>
      <ActionFeedback status={action.status} done={m.actions.involved} />
    </form>
  );
}
