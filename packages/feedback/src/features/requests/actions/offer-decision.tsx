import {
  isKnownTicketEvent,
  isOneOf,
  offerKinds,
  type Offer,
  type ReceivedOffer,
  type ReceivedTicket,
} from '@seller-support/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ticketKeys } from '../../../shared/api/ticket-keys';
import { useFormat, useT } from '../../../shared/i18n';
import { normalizeText } from '../../../shared/lib/text';
import { buttonClass } from '../../../shared/ui/button';
import { unknownValueProps } from '../../../shared/ui/unknown-value';
import { useDecideOffer } from '../api/ticket-actions';
import { usePublishNotice } from './action-notice';
import { useActionKey } from './action-key';
import { ActionButtons, ActionFailureAlert, useActionSubmission } from './action-submission';
import { ActionComment, isSendableComment } from './action-comment';

type Decision = 'accept' | 'decline';

const decidedStatuses = ['accepted', 'declined'] as const satisfies readonly Offer['status'][];

const outcomeOf = { accept: 'accepted', decline: 'declined' } as const satisfies Record<
  Decision,
  Offer['status']
>;

/** The offer as the ticket has it now: the prop may be from an older render of the timeline. */
function currentOffer(ticket: ReceivedTicket | undefined, offerId: string): ReceivedOffer | null {
  for (const event of ticket?.events ?? []) {
    if (isKnownTicketEvent(event) && event.kind === 'offer' && event.offer.id === offerId) return event.offer;
  }
  return null;
}

export interface OfferDecisionProps {
  ticket: ReceivedTicket;
  offer: ReceivedOffer;
}

/**
 * What support proposes to settle the request (a discount, a compensation or an alternative) and
 * the seller's answer to it: accept or decline, each confirmed in a step of its own with an
 * optional comment. A decided offer shows its outcome.
 */
export function OfferDecision({ ticket, offer: offerProp }: OfferDecisionProps) {
  const t = useT();
  const format = useFormat();
  const titleId = useId();
  const offer = currentOffer(ticket, offerProp.id) ?? offerProp;
  const [decision, setDecision] = useState<Decision | null>(null);
  const acceptRef = useRef<HTMLButtonElement>(null);
  const declineRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<Decision | null>(null);

  useEffect(() => {
    // A cancelled step goes back to the button that opened it, so a keyboard user is where they were.
    if (decision !== null || returnFocus.current === null) return;
    (returnFocus.current === 'accept' ? acceptRef : declineRef).current?.focus();
    returnFocus.current = null;
  }, [decision]);

  const closeConfirm = (from: Decision) => {
    returnFocus.current = from;
    setDecision(null);
  };

  return (
    <section className="ss-card request-offer" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('requestActions.offer.title')}</h3>
      <dl className="request-offer__facts">
        <div>
          <dt>{t('requestActions.offer.kindLabel')}</dt>
          <dd>
            {isOneOf(offerKinds, offer.kind)
              ? t(`requestActions.offer.kind.${offer.kind}`)
              : t('requestActions.offer.kindUnknown')}
          </dd>
        </div>
        <div>
          <dt>{t('requestActions.offer.amount')}</dt>
          <dd className="request-offer__amount">
            {offer.amount === null ? t('requestActions.offer.noAmount') : format.money(offer.amount)}
          </dd>
        </div>
      </dl>
      {/* The moderator's text, rendered as text: never as markup. */}
      <p className="request-offer__description">{offer.description}</p>

      {isOneOf(decidedStatuses, offer.status) ? (
        <p className="request-offer__outcome">{t(`requestActions.offer.status.${offer.status}`)}</p>
      ) : offer.status !== 'pending' ? (
        // A status this version does not know: shown, but not offered for a decision.
        <p className="request-offer__outcome" {...unknownValueProps(t, offer.status)}>
          {t('requestActions.offer.statusUnknown')}
        </p>
      ) : decision === null ? (
        <div className="ss-actions">
          <button
            ref={acceptRef}
            type="button"
            className={buttonClass('primary')}
            onClick={() => setDecision('accept')}
          >
            {t('requestActions.offer.accept')}
          </button>
          <button
            ref={declineRef}
            type="button"
            className={buttonClass('secondary')}
            onClick={() => setDecision('decline')}
          >
            {t('requestActions.offer.decline')}
          </button>
        </div>
      ) : (
        <ConfirmDecision
          key={decision}
          ticketId={ticket.id}
          offerId={offer.id}
          decision={decision}
          onCancel={() => closeConfirm(decision)}
          onDone={() => setDecision(null)}
        />
      )}
    </section>
  );
}

interface ConfirmDecisionProps {
  ticketId: string;
  offerId: string;
  decision: Decision;
  onCancel: () => void;
  /** The offer is decided (by this seller now, or earlier): the step closes. */
  onDone: () => void;
}

/** The confirmation step: what the decision means, an optional comment, then the decision. */
function ConfirmDecision({ ticketId, offerId, decision, onCancel, onDone }: ConfirmDecisionProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const publish = usePublishNotice(ticketId);
  const decide = useDecideOffer(ticketId);
  const keyFor = useActionKey();
  const questionId = useId();
  const hintId = useId();
  const groupRef = useRef<HTMLDivElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const [comment, setComment] = useState('');
  const decided = decision === 'accept' ? 'offerAccepted' : 'offerDeclined';

  const { submit, checked, failure, serverError } = useActionSubmission({
    field: 'comment',
    validate: () => {
      if (isSendableComment(comment)) return true;
      commentRef.current?.focus();
      return false;
    },
    send: async () => {
      const text = normalizeText(comment);
      const body = { decision, ...(text === '' ? {} : { comment: text }) };
      await decide.mutateAsync({ offerId, body, idempotencyKey: keyFor(body) });
      publish({ kind: decided, tone: 'polite' });
      onDone();
    },
    onConflict: (maybeOurs) => {
      // Say whose decision the refreshed offer carries.
      const status = currentOffer(
        queryClient.getQueryData<ReceivedTicket>(ticketKeys.detail(ticketId)),
        offerId,
      )?.status;
      publish(
        maybeOurs && status === outcomeOf[decision]
          ? { kind: decided, tone: 'polite' }
          : { kind: 'offerAlreadyDecided', tone: 'assertive' },
      );
      onDone();
    },
  });

  useEffect(() => {
    // The step replaces the buttons: focus its question, so it is read out and the keyboard is here.
    groupRef.current?.focus();
  }, []);

  const sending = decide.isPending;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && !sending) {
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    // A group, not a dialog: the step stays in the card's flow; Escape cancels it like a dialog's would.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- see above
    <div
      ref={groupRef}
      className="request-offer__confirm"
      role="group"
      aria-labelledby={questionId}
      aria-describedby={hintId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <h4 id={questionId}>
        {decision === 'accept'
          ? t('requestActions.offer.confirm.acceptQuestion')
          : t('requestActions.offer.confirm.declineQuestion')}
      </h4>
      <p id={hintId} className="ss-muted">
        {decision === 'accept'
          ? t('requestActions.offer.confirm.acceptHint')
          : t('requestActions.offer.confirm.declineHint')}
      </p>
      <ActionComment
        label={t('requestActions.offer.confirm.comment')}
        value={comment}
        onChange={setComment}
        checked={checked}
        serverError={serverError}
        sending={sending}
        textareaRef={commentRef}
      />
      <ActionFailureAlert failure={failure} />
      <ActionButtons
        sending={sending}
        submitLabel={
          sending
            ? t('requestActions.offer.confirm.sending')
            : decision === 'accept'
              ? t('requestActions.offer.confirm.acceptSubmit')
              : t('requestActions.offer.confirm.declineSubmit')
        }
        onSubmit={() => void submit()}
        cancelLabel={t('requestActions.offer.confirm.cancel')}
        onCancel={onCancel}
      />
    </div>
  );
}
