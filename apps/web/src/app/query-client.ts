import { hashKey, MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "../platform/api/api-error";
import { isSessionEnded, sessionQueryKey } from "../platform/session/session-query";

/**
 * Server state cache. The session has ended when a request is answered "you need to log in", or
 * when the session, fetched again, is gone. Logging out sets the session itself and is not that.
 */
export function createQueryClient(onSessionEnded: () => void): QueryClient {
  const onError = (error: unknown) => {
    if (isSessionEnded(error)) onSessionEnded();
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // A 4xx answer will not change by asking again; network and server faults may.
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
    },
  });
  const sessionHash = hashKey(sessionQueryKey);
  let signedIn = false;
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "success") return;
    if (event.query.queryHash !== sessionHash) return;
    const nowSignedIn = event.action.data != null;
    if (signedIn && !nowSignedIn && !event.action.manual) onSessionEnded();
    signedIn = nowSignedIn;
  });
  return queryClient;
}
