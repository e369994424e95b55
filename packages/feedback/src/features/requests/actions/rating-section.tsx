import type { ReceivedTicket } from '@seller-support/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { ticketKeys } from '../../../shared/api/ticket-keys';
import { useT } from '../../../shared/i18n';
import { normalizeText } from '../../../shared/lib/text';
import { Fieldset } from '../../../shared/ui/form/field';
import { useRateTicket } from '../api/ticket-actions';
import { useActionKey } from './action-key';
import { usePublishNotice } from './action-notice';
import { ActionButtons, ActionFailureAlert, useActionSubmission } from './action-submission';
import { ActionComment, isSendableComment } from './action-comment';

const scores = ['1', '2', '3', '4', '5'] as const;
type Score = (typeof scores)[number];

/** Five stars, `score` of them filled: decoration beside the words, hidden from assistive technology. */
function Stars({ score }: { score: number }) {
  return (
    <span className="request-rating__stars" aria-hidden="true">
      {'★'.repeat(score)}
      <span className="request-rating__stars-empty">{'☆'.repeat(5 - score)}</span>
    </span>
  );
}

/** The seller's rating of the help (1 to 5 and a comment), once; after that, the rating given. */
export function RatingSection({ ticket }: { ticket: ReceivedTicket }) {
  const t = useT();
  const titleId = useId();
  const { rating } = ticket;
  if (rating !== null) {
    return (
      <section className="request-actions__section request-choice__rating" aria-labelledby={titleId}>
        <h3 id={titleId}>{t('requestActions.rating.givenTitle')}</h3>
        <p className="request-rating__given">
          <Stars score={rating.score} /> {t('requestActions.rating.given', { score: rating.score })}
        </p>
        {rating.comment !== undefined && rating.comment !== '' && (
          <p className="request-rating__comment">
            {t('requestActions.rating.givenComment', { comment: rating.comment })}
          </p>
        )}
      </section>
    );
  }
  return (
    <section className="request-actions__section request-choice__rating" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('requestActions.rating.title')}</h3>
      <RatingForm ticketId={ticket.id} titleId={titleId} />
    </section>
  );
}

function RatingForm({ ticketId, titleId }: { ticketId: string; titleId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const publish = usePublishNotice(ticketId);
  const rate = useRateTicket(ticketId);
  const keyFor = useActionKey();
  const name = useId();
  const firstScoreRef = useRef<HTMLInputElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const [score, setScore] = useState<Score | null>(null);
  const [comment, setComment] = useState('');

  const { submit, checked, failure, serverError } = useActionSubmission({
    field: 'comment',
    validate: () => {
      if (score === null) {
        firstScoreRef.current?.focus();
        return false;
      }
      if (!isSendableComment(comment)) {
        commentRef.current?.focus();
        return false;
      }
      return true;
    },
    send: async () => {
      const text = normalizeText(comment);
      const body = { score: Number(score), ...(text === '' ? {} : { comment: text }) };
      await rate.mutateAsync({ body, idempotencyKey: keyFor(body) });
      // The section now shows the rating given; the notice takes the focus from the gone button.
      publish({ kind: 'rated', tone: 'polite' });
    },
    onConflict: (maybeOurs) => {
      const fresh = queryClient.getQueryData<ReceivedTicket>(ticketKeys.detail(ticketId));
      publish(
        maybeOurs && fresh?.rating?.score === Number(score)
          ? { kind: 'rated', tone: 'polite' }
          : { kind: 'ratingConflict', tone: 'assertive' },
      );
    },
  });

  const sending = rate.isPending;
  return (
    <form
      className="request-actions__form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!sending) void submit();
      }}
    >
      <Fieldset
        legend={t('requestActions.rating.legend')}
        error={checked && score === null ? t('requestActions.rating.scoreRequired') : undefined}
        required
      >
        <div className="request-rating__scores">
          {scores.map((option, index) => (
            // One tap on a big target chooses the score; the comment and Send come after it.
            <label key={option} className="request-rating__score">
              <input
                ref={index === 0 ? firstScoreRef : undefined}
                className="request-rating__input"
                aria-label={t(`requestActions.rating.scores.${option}`)}
                type="radio"
                name={name}
                value={option}
                checked={score === option}
                disabled={sending}
                onChange={() => setScore(option)}
              />
              <span className="request-rating__number" aria-hidden="true">
                {option}
              </span>
              <span className="request-rating__word" aria-hidden="true">
                {t(`requestActions.rating.scoreWords.${option}`)}
              </span>
            </label>
          ))}
        </div>
      </Fieldset>
      {score !== null && (
        <>
          <ActionComment
            label={t('requestActions.rating.comment')}
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
            submitLabel={sending ? t('requestActions.rating.sending') : t('requestActions.rating.submit')}
          />
        </>
      )}
    </form>
  );
}
