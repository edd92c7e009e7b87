import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, onUnauthenticated, request, setCsrfToken } from '../api/client';
import { ApiError } from '../api/errors';
import type { Me, SessionResponse } from '../api/types';

export type AuthStatus = 'loading' | 'anonymous' | 'authenticated';
export type SignedOutReason = 'expired' | 'loggedOut' | null;

interface AuthValue {
  status: AuthStatus;
  user: Me | null;
  signedOutReason: SignedOutReason;
  login: (username: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
  hasPermission: (permission: string) => boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

interface State {
  status: AuthStatus;
  user: Me | null;
  reason: SignedOutReason;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading', user: null, reason: null });

  const applySession = useCallback((session: SessionResponse) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'authenticated', user: session.user, reason: null });
  }, []);

  const signOutLocally = useCallback((reason: SignedOutReason) => {
    setCsrfToken(null);
    setState((prev) => ({
      status: 'anonymous',
      user: null,
      reason: prev.status === 'authenticated' ? reason : prev.reason,
    }));
  }, []);

  const refresh = useCallback(async () => {
    try {
      applySession(await request<SessionResponse>('GET', '/auth/session', { skipAuthRedirect: true }));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) signOutLocally('expired');
      else throw err;
    }
  }, [applySession, signOutLocally]);

  useEffect(() => {
    onUnauthenticated(() => signOutLocally('expired'));
    refresh().catch(() => setState({ status: 'anonymous', user: null, reason: null }));
    return () => onUnauthenticated(null);
  }, [refresh, signOutLocally]);

  const login = useCallback(
    async (username: string, password: string) => {
      const session = await request<SessionResponse>('POST', '/auth/login', {
        body: { username, password },
        skipAuthRedirect: true,
      });
      applySession(session);
      return session.user;
    },
    [applySession],
  );

  const logout = useCallback(async () => {
    try {
      await api.post<void>('/auth/logout');
    } catch {
      // the session may already be gone; signing out locally is what matters
    }
    setCsrfToken(null);
    setState({ status: 'anonymous', user: null, reason: 'loggedOut' });
  }, []);

  const value = useMemo<AuthValue>(() => {
    const granted = new Set(state.user?.permissions ?? []);
    return {
      status: state.status,
      user: state.user,
      signedOutReason: state.reason,
      login,
      logout,
      refresh,
      hasPermission: (permission: string) => granted.has(permission),
    };
  }, [state, login, logout, refresh]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in user; only call below <RequireAuth>. */
export function useMe(): Me {
  const { user } = useAuth();
  if (!user) throw new Error('useMe called without a signed-in user');
  return user;
}
