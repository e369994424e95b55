import { notifyManager, useQueryClient, type Query, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';

/** Answers a query has had: data or an error, each counted once. */
function answers(query: Query): number {
  return query.state.dataUpdateCount + query.state.errorUpdateCount;
}

/**
 * What a screen did with the queries under `queryKey`, for a test or a story whose check is that
 * something was NOT shown or asked: it waits for this instead of a fixed time. A hidden `<output>`
 * with two counts:
 * - `data-answered`: queries answered (with data or an error), as the screen rendered them. The
 *   query client tells this probe in the same batch as the screen's own queries, so a commit that
 *   counts an answer is the commit that rendered it.
 * - `data-started`: queries started or answered, read after each commit. Placed after the screen,
 *   its effects run after the screen's, so once the attribute is there the screen's first commit
 *   has asked whatever it was going to ask.
 */
export function QueryProbe({ queryKey, testId }: { queryKey: QueryKey; testId: string }) {
  const cache = useQueryClient().getQueryCache();
  const output = useRef<HTMLOutputElement>(null);
  const subscribe = useCallback(
    (onChange: () => void) => cache.subscribe(notifyManager.batchCalls(onChange)),
    [cache],
  );
  const matching = useCallback(() => cache.findAll({ queryKey }), [cache, queryKey]);
  const answered = useSyncExternalStore(subscribe, () =>
    matching().reduce((sum, query) => sum + answers(query), 0),
  );
  useEffect(() => {
    const started = matching().filter((query) => query.state.fetchStatus !== 'idle' || answers(query) > 0);
    output.current?.setAttribute('data-started', String(started.length));
  });
  return <output ref={output} hidden data-testid={testId} data-answered={answered} />;
}
