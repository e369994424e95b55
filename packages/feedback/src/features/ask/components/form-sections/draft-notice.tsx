import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../../shared/i18n';
import { Button } from '../../../../shared/ui/button';

/** What became of the host's prefilled orders, for the notice above the form. */
export interface PrefillNotice {
  /** The host's orders: "start over" opens a new request about them. */
  startWith: readonly string[];
  /** Added to a restored draft. */
  added: readonly string[];
  /** The form's topic does not take them (not in transit, one order only). */
  notAdded: readonly string[];
  /** Not among the seller's orders. */
  missing: readonly string[];
  /** Could not be loaded. */
  failed: readonly string[];
}

/** Ids as the notice lists them. */
const idList = (ids: readonly string[]) => ids.join(', ');

/**
 * Above the form: that a draft came back (with a way to start over, about the host's orders
 * when it named some), and what became of the host's orders.
 */
export function DraftNotice({
  restored,
  notice,
  onStartOver,
}: {
  restored: boolean;
  notice: PrefillNotice | undefined;
  onStartOver: () => void;
}) {
  const t = useT();
  const lines: string[] = [];
  const say = (key: 'added' | 'notAdded' | 'missing' | 'failed', ids: readonly string[] = []) => {
    if (ids.length > 0) lines.push(t(`askForm.prefill.${key}`, { count: ids.length, ids: idList(ids) }));
  };
  if (restored) say('added', notice?.added);
  say('notAdded', notice?.notAdded);
  say('missing', notice?.missing);
  say('failed', notice?.failed);
  if (!restored && lines.length === 0) return null;
  const startWith = notice?.startWith ?? [];
  return (
    <div className="ask-form__restored" role="status">
      {restored && <span>{t('askForm.draft.restored')}</span>}
      {lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
      {restored && (
        <StartOver
          label={
            startWith.length === 0
              ? t('askForm.draft.startOver')
              : t('askForm.prefill.startWith', { count: startWith.length, ids: idList(startWith) })
          }
          onStartOver={onStartOver}
        />
      )}
    </div>
  );
}

/**
 * Starting over deletes what the seller wrote, so it asks first: the button itself is quiet, the
 * deletion it leads to is the danger, and keeping the draft is as easy as a click.
 */
function StartOver({ label, onStartOver }: { label: string; onStartOver: () => void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (asked.current) startRef.current?.focus();
    asked.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <Button ref={startRef} variant="quiet" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div className="ss-actions">
      <span>{t('askForm.draft.confirm')}</span>
      <Button ref={confirmRef} variant="danger" onClick={onStartOver}>
        {t('askForm.draft.confirmDelete')}
      </Button>
      <Button variant="quiet" onClick={() => setAsking(false)}>
        {t('askForm.draft.keep')}
      </Button>
    </div>
  );
}
