import { isOneOf, offerKinds } from '@seller-support/contract';
import { deskLimits, type ProposeOfferBody } from '@seller-support/contract/desk';
import { useId, useState, type SyntheticEvent } from 'react';
import { parseRoubles } from '../../../shared/i18n/format';
import { useDeskI18n } from '../../../shared/i18n/i18n';
import { useOnceAction } from '../../../shared/lib/use-once-action';
import { Button } from '../../../shared/ui/button';
import { ActionFeedback } from './action-feedback';

type OfferKind = ProposeOfferBody['kind'];

/**
 * Propose a discount, a compensation (both with an amount in roubles) or an alternative. The
 * amount is typed as people write money ("500", "1 500,50") and sent as the contract's decimal.
 */
export function OfferForm({
  send,
  pendingOffer,
}: {
  send: (body: ProposeOfferBody, key: string) => Promise<unknown>;
  /** An offer the seller has not answered yet: the server takes no second one meanwhile. */
  pendingOffer: boolean;
}) {
  const { m, fill } = useDeskI18n();
  const ids = {
    title: useId(),
    kind: useId(),
    amount: useId(),
    amountHint: useId(),
    amountError: useId(),
    description: useId(),
    descriptionError: useId(),
  };
  const [kind, setKind] = useState<OfferKind>('compensation');
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; description?: string }>({});
  const action = useOnceAction(send);
  const { waiting } = action;
  const sending = action.status.kind === 'sending';
  const shownKind = waiting?.kind ?? kind;
  const withMoney = shownKind !== 'alternative';

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const body = waiting ?? newBody();
    if (body === undefined) return;
    if ((await action.run(body)) !== undefined) {
      setAmount('');
      setDescription('');
    }
  };

  /** The body of what is typed, or undefined when the form says what is wrong instead. */
  const newBody = (): ProposeOfferBody | undefined => {
    const text = description.trim();
    const next: { amount?: string; description?: string } = {};
    if (text.length < deskLimits.offerDescription.min) {
      next.description = fill(m.actions.tooShort, { min: deskLimits.offerDescription.min });
    } else if (text.length > deskLimits.offerDescription.max) {
      next.description = fill(m.actions.tooLong, { max: deskLimits.offerDescription.max });
    }
    const parsed = parseRoubles(amount);
    if (kind !== 'alternative' && parsed === null) next.amount = m.actions.amountInvalid;
    setErrors(next);
    if (next.amount !== undefined || next.description !== undefined) return undefined;
    return kind === 'alternative' || parsed === null
      ? { kind: 'alternative', description: text, amount: null }
      : { kind, description: text, amount: { amount: parsed, currency: 'RUB' } };
  };

  const shownAmount = waiting?.amount?.amount ?? amount;
  return (
    <form
      className="desk-action-form"
      aria-labelledby={ids.title}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <h3 id={ids.title}>{m.actions.offer}</h3>
      {pendingOffer && <p className="ss-notice">{m.actions.offerPending}</p>}
      <div className="ss-field">
        <label htmlFor={ids.kind}>{m.actions.offerKind}</label>
        <select
          id={ids.kind}
          className="ss-input"
          value={shownKind}
          disabled={waiting !== undefined}
          onChange={(event) => {
            const { value } = event.target;
            if (isOneOf(offerKinds, value)) setKind(value);
          }}
        >
          {offerKinds.map((one) => (
            <option key={one} value={one}>
              {m.offerKinds[one]}
            </option>
          ))}
        </select>
      </div>
      {withMoney && (
        <div className="ss-field">
          <label htmlFor={ids.amount}>{m.actions.amount}</label>
          <span className="desk-money">
            <input
              id={ids.amount}
              className="ss-input"
              inputMode="decimal"
              autoComplete="off"
              value={shownAmount}
              readOnly={waiting !== undefined}
              aria-invalid={errors.amount !== undefined}
              aria-describedby={
                errors.amount === undefined ? ids.amountHint : `${ids.amountError} ${ids.amountHint}`
              }
              onChange={(event) => setAmount(event.target.value)}
            />
            <span aria-hidden="true">₽</span>
          </span>
          {errors.amount !== undefined && (
            <span id={ids.amountError} className="ss-field__error">
              {errors.amount}
            </span>
          )}
          <span id={ids.amountHint} className="ss-field__hint">
            {m.actions.amountHint}
          </span>
        </div>
      )}
      <div className="ss-field">
        <label htmlFor={ids.description}>{m.actions.offerDescription}</label>
        <textarea
          id={ids.description}
          className="ss-input"
          value={waiting?.description ?? description}
          readOnly={waiting !== undefined}
          aria-invalid={errors.description !== undefined}
          {...(errors.description === undefined ? {} : { 'aria-describedby': ids.descriptionError })}
          onChange={(event) => setDescription(event.target.value)}
        />
        {errors.description !== undefined && (
          <span id={ids.descriptionError} className="ss-field__error">
            {errors.description}
          </span>
        )}
      </div>
      <div className="ss-actions">
        <Button type="submit" disabled={sending || pendingOffer}>
          {sending ? m.actions.sending : waiting !== undefined ? m.common.retry : m.actions.propose}
        </Button>
      </div>
      <ActionFeedback status={action.status} done={m.actions.proposed} />
    </form>
  );
}
