import {
  isKnownChannel,
  type ReceivedChannel,
  type ReceivedKnownChannel,
  type UnknownChannel,
} from '@seller-support/contract';
import type { ReactNode } from 'react';
import { useLocale, useT } from '../i18n';
import { localizedText } from '../i18n/localized-text';

/**
 * `url` when it is an absolute http(s) address, otherwise `null`. Anything else from the server
 * (`javascript:`, `data:`, a relative path we cannot vouch for) must never become a link.
 */
export function httpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

// Digits and the usual separators, at least five characters: "8 800 000-12-34", "+7 (495) 000-12-34".
const phonePattern = /^\+?[\d\s().-]{5,}$/;
// No `?`, `&` or `#`: a server value must not prefill a subject or body into the seller's e-mail.
const emailPattern = /^[^\s@?&#,;:/]+@[^\s@?&#,;:/]+\.[^\s@?&#,;:/]+$/;

/**
 * `"8 (800) 000-12-34"` → `"tel:88000001234"`, `"+7 495 000-12-34"` → `"tel:+74950001234"`;
 * `null` for a value that is not plainly a phone number.
 */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  if (!phonePattern.test(trimmed)) return null;
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

/** `mailto:` for something that is plainly one e-mail address, otherwise `null`. */
export function mailtoHref(email: string): string | null {
  const trimmed = email.trim();
  return emailPattern.test(trimmed) ? `mailto:${trimmed}` : null;
}

export interface ExternalLinkProps {
  /** Only http(s) becomes a link; anything else is shown as text. */
  href: string;
  className?: string | undefined;
  children: ReactNode;
}

/**
 * A link that opens in a new tab, without giving the new page a handle on ours (`noopener`) or
 * our address (`noreferrer`). Screen readers hear that a new tab opens.
 */
export function ExternalLink({ href, className, children }: ExternalLinkProps) {
  const t = useT();
  const safe = httpUrl(href);
  if (safe === null) return <span className={className}>{children}</span>;
  return (
    <a className={className} href={safe} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="ss-visually-hidden"> {t('channels.opensInNewTab')}</span>
    </a>
  );
}

export interface ChannelLinkProps {
  channel: ReceivedChannel;
}

/**
 * One way to reach support, from the policy: phones as `tel:` links with their cost and hours,
 * e-mail as `mailto:`, the post address as plain text to copy, chat and community as links that
 * open in a new tab. Every value is the server's, rendered as text; its name, hours and region in
 * the seller's language where the server sent them so, else as the server's default.
 */
export function ChannelLink({ channel }: ChannelLinkProps) {
  const locale = useLocale();
  const known = isKnownChannel(channel);
  return (
    <div
      className={`channel-link channel-link--${known ? channel.kind : 'other'}`}
      data-unknown-kind={known ? undefined : channel.kind}
    >
      <span className="channel-link__label">{localizedText(channel.label, channel.labels, locale)}</span>
      {known ? <ChannelValue channel={channel} /> : <OtherChannelValue channel={channel} />}
    </div>
  );
}

/**
 * A channel of a kind this version does not know: its value and its address, where it has them,
 * by the same rules as the known ones (a link only to http(s), `mailto:` or `tel:`).
 */
function OtherChannelValue({ channel }: { channel: UnknownChannel }) {
  const { value, url } = channel;
  return (
    <>
      {value !== undefined && value !== '' && (
        <Contact href={mailtoHref(value) ?? telHref(value)} text={value} />
      )}
      {url !== undefined && url !== '' && (
        <ExternalLink className="channel-link__value" href={url}>
          {httpUrl(url) === null ? url : url.replace(/^https?:\/\//, '')}
        </ExternalLink>
      )}
    </>
  );
}

function ChannelValue({ channel }: { channel: ReceivedKnownChannel }) {
  const t = useT();
  const locale = useLocale();
  switch (channel.kind) {
    case 'phone':
      return (
        <>
          <Contact href={telHref(channel.value)} text={channel.value} />
          <span className={`channel-link__badge channel-link__badge--${channel.free ? 'free' : 'paid'}`}>
            {channel.free
              ? t('channels.free')
              : channel.region === null
                ? t('channels.paid')
                : t('channels.paidRegional', {
                    region: localizedText(channel.region, channel.regionLabels, locale),
                  })}
          </span>
          {channel.hours !== undefined && (
            <span className="channel-link__hours">
              {t('channels.hours', { hours: localizedText(channel.hours, channel.hoursLabels, locale) })}
            </span>
          )}
        </>
      );
    case 'email':
      return <Contact href={mailtoHref(channel.value)} text={channel.value} />;
    case 'compliance':
      return (
        <>
          <Contact href={mailtoHref(channel.value) ?? telHref(channel.value)} text={channel.value} />
          {channel.url !== undefined &&
            (httpUrl(channel.url) === null ? (
              <span className="channel-link__value">{channel.url}</span>
            ) : (
              <ExternalLink className="channel-link__value" href={channel.url}>
                {t('channels.report')}
              </ExternalLink>
            ))}
        </>
      );
    case 'post':
      // Plain text the seller can select and copy into an envelope or a courier form.
      return <span className="channel-link__value channel-link__address">{channel.value}</span>;
    case 'chat':
    case 'community':
      return (
        <ExternalLink className="channel-link__value" href={channel.url}>
          {httpUrl(channel.url) === null ? channel.url : channel.url.replace(/^https?:\/\//, '')}
        </ExternalLink>
      );
  }
}

function Contact({ href, text }: { href: string | null; text: string }) {
  if (href === null) return <span className="channel-link__value">{text}</span>;
  return (
    <a className="channel-link__value" href={href}>
      {text}
    </a>
  );
}
