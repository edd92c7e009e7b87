import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Notification } from '../../app/api/types';
import { listNotifications } from './api';

export const UNREAD_POLL_MS = 60_000;

interface UnreadValue {
  count: number;
  latest: Notification[];
  loaded: boolean;
  refresh: () => void;
}

const UnreadContext = createContext<UnreadValue>({ count: 0, latest: [], loaded: false, refresh: () => {} });

/** Polls the unread notifications (count + latest five) every 60 s for the header bell and home page. */
export function UnreadProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState({ count: 0, latest: [] as Notification[], loaded: false });
  const [nonce, setNonce] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `nonce` is the explicit reload trigger
  useEffect(() => {
    const controller = new AbortController();
    const load = () => {
      listNotifications({ unread: true, page: 1, pageSize: 5 }, controller.signal).then(
        (page) => setState({ count: page.unreadCount, latest: page.items, loaded: true }),
        () => setState((prev) => ({ ...prev, loaded: true })),
      );
    };
    load();
    const timer = window.setInterval(load, UNREAD_POLL_MS);
    return () => {
      window.clearInterval(timer);
      controller.abort();
    };
  }, [nonce]);

  const refresh = useCallback(() => setNonce((n) => n + 1), []);
  const value = useMemo(() => ({ ...state, refresh }), [state, refresh]);
  return <UnreadContext.Provider value={value}>{children}</UnreadContext.Provider>;
}

export function useUnread(): UnreadValue {
  return useContext(UnreadContext);
}
