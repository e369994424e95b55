import { queryOptions, useQuery } from '@tanstack/react-query';
import { useDeskClient } from './desk-client-context';
import { deskKeys } from './desk-keys';

/** The moderator signed in: whose requests are "mine". */
export function useMe() {
  const client = useDeskClient();
  return useQuery(
    queryOptions({
      queryKey: deskKeys.me(),
      queryFn: ({ signal }) => client.getMe({ signal }),
      staleTime: Infinity,
    }),
  );
}
