import { isKnownChannel, type ReceivedChannel } from '@seller-support/contract';
import { useId } from 'react';
import { usePolicy } from '../../shared/api/get-policy';
import { useT } from '../../shared/i18n';
import { ChannelLink } from '../../shared/ui/channel-link';
import { ErrorState } from '../../shared/ui/error-state';
import { ResponseExpectation } from './response-expectation';

export interface ChannelsPanelProps {
  /** A fixed moment for what to expect now (tests, stories); by default the running clock. */
  now?: Date | undefined;
}

function rank(channel: ReceivedChannel): number {
  // A kind this version does not know goes last: the seller knows what to make of the others.
  if (!isKnownChannel(channel)) return 7;
  switch (channel.kind) {
    case 'phone':
      return channel.free ? 0 : 1;
    case 'email':
      return 2;
    case 'post':
      return 3;
    case 'compliance':
      return 4;
    case 'chat':
      return 5;
    case 'community':
      return 6;
  }
}

/**
 * The policy's channels in the order a seller should try them: the free hotline first, then the
 * paid regional numbers, e-mail, post, the compliance line, chat and community. Within a group
 * the server's order stands.
 */
export function orderChannels(channels: readonly ReceivedChannel[]): ReceivedChannel[] {
  return channels
    .map((channel, index) => ({ channel, index }))
    .sort((a, b) => rank(a.channel) - rank(b.channel) || a.index - b.index)
    .map(({ channel }) => channel);
}

/** The channel a seller should try first without looking further: a free phone line. */
function isHotline(channel: ReceivedChannel): boolean {
  return isKnownChannel(channel) && channel.kind === 'phone' && channel.free;
}

/**
 * Other ways to reach support, kept one click away: what to expect if the seller writes now and
 * the free hotline are always in sight; the rest (paid numbers, e-mail, post, chat…) open from
 * "all ways to reach us". A seller who came to write is not made to scroll past them first.
 */
export function ChannelsPanel({ now }: ChannelsPanelProps) {
  const t = useT();
  const titleId = useId();
  const policy = usePolicy();

  return (
    <section className="channels-panel ss-card" aria-labelledby={titleId} aria-busy={policy.isPending}>
      <h2 id={titleId}>{t('channels.title')}</h2>
      {policy.isPending ? (
        <>
          <p className="ss-visually-hidden" role="status">
            {t('channels.loading')}
          </p>
          <div className="channels-panel__skeleton" aria-hidden="true">
            <span className="ss-skeleton" />
            <span className="ss-skeleton" />
            <span className="ss-skeleton" />
          </div>
        </>
      ) : policy.isError ? (
        <ErrorState error={policy.error} onRetry={() => void policy.refetch()} retrying={policy.isFetching} />
      ) : (
        <>
          <ResponseExpectation now={now} />
          {policy.data.channels.length === 0 && (policy.data.omittedChannels ?? 0) === 0 ? (
            <p className="ss-muted">{t('channels.empty')}</p>
          ) : (
            <Channels channels={orderChannels(policy.data.channels)} />
          )}
          {/* Channels the server sent in a shape this version cannot read are left out, and said so. */}
          {(policy.data.omittedChannels ?? 0) > 0 && (
            <p className="ss-muted channels-panel__omitted">
              {t('channels.omitted', { count: policy.data.omittedChannels ?? 0 })}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function Channels({ channels }: { channels: readonly ReceivedChannel[] }) {
  const t = useT();
  // Hotlines rank first, so the ones in sight and the ones behind the disclosure keep their order.
  const inSight = channels.filter(isHotline);
  const more = channels.filter((channel) => !isHotline(channel));
  return (
    <>
      {inSight.length > 0 && <ChannelList channels={inSight} />}
      {more.length > 0 && (
        <details className="ss-disclosure channels-panel__more">
          <summary>
            {inSight.length > 0
              ? t('channels.showMore', { count: more.length })
              : t('channels.showAll', { count: more.length })}
          </summary>
          <ChannelList channels={more} />
        </details>
      )}
    </>
  );
}

function ChannelList({ channels }: { channels: readonly ReceivedChannel[] }) {
  return (
    <ul className="channels-panel__list">
      {channels.map((channel, index) => (
        // Channels have no id and labels may repeat; the list is static, so the position is stable.
        <li key={`${channel.kind}-${index}`} className="channels-panel__item">
          <ChannelLink channel={channel} />
        </li>
      ))}
    </ul>
  );
}
