// A signed-in session's tokens, for one kind of principal: the customer (lib/auth.ts) or an
// employee in the operators' console (lib/staffAuth.ts). Each kind keeps its own refresh token
// under its own storage key and lock, so a customer tab and an operator tab of the same browser
// never spend each other's tokens.
// The access token lives only in memory (gone with the tab); the rotating refresh token is
// kept in localStorage so a reload or a new tab can resume the session.
import { createSignal, type Accessor } from "solid-js";
import { Client, fetchExchange } from "@urql/core";
import { graphql } from "../gql";

export type SessionStatus = "starting" | "signedIn" | "signedOut" | "unreachable";

export type SessionTokens = { accessToken: string; accessTokenExpiresAt: string; refreshToken: string };

const SessionRefresh = graphql(`
  mutation SessionRefresh($input: SessionRefreshInput!) {
    sessionRefresh(input: $input) {
      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }
      userErrors { field message code }
    }
  }
`);

const SessionRevoke = graphql(`
  mutation SessionRevoke($input: SessionRevokeInput!) {
    sessionRevoke(input: $input) { revoked userErrors { code } }
  }
`);

export interface SessionStore {
  /** Reactive session status; routes guard on it. */
  status: Accessor<SessionStatus>;
  /** Current access token (reactive when read in a tracking scope). */
  accessToken: Accessor<string | null>;
  /** True once a session existed in this page: its data may still sit in memory (urql's cache). */
  hadSessionInThisPage(): boolean;
  hasRefreshToken(): boolean;
  /** Stores tokens returned by a sign-in or a refresh. */
  setSession(tokens: SessionTokens): void;
  /** Forgets the session locally (no server call). */
  clearSession(): void;
  /** Exchanges the stored refresh token for new tokens; concurrent callers share one call. */
  refreshSession(): Promise<boolean>;
  /** Refreshes first when the access token is about to expire (used for WebSocket connects). */
  ensureFreshAccessToken(): Promise<string | null>;
  /** Page start (and retry when unreachable): resume the session from the stored refresh token, if any. */
  startSession(): Promise<void>;
  /** Revokes the refresh token on the server (best effort) and forgets the session. */
  signOut(): Promise<void>;
}

export function createSessionStore(opts: { storageKey: string; lockName: string }): SessionStore {
  const [accessToken, setAccessToken] = createSignal<string | null>(null);
  const [status, setStatus] = createSignal<SessionStatus>("starting");
  let accessExpiresAt = 0;
  let signedInOnce = false;
  let listening = false;

  // Session calls bypass the app client's cache and auth-retry exchange, so a failed
  // refresh can never trigger another refresh.
  const sessionClient = new Client({
    url: "/graphql",
    exchanges: [fetchExchange],
    preferGetMethod: false,
    requestPolicy: "network-only",
    fetchOptions: () => {
      const token = accessToken();
      return token ? { headers: { authorization: `Bearer ${token}` } } : {};
    },
  });

  function storedRefreshToken(): string | null {
    try {
      return localStorage.getItem(opts.storageKey);
    } catch {
      return null; // storage disabled: the session simply does not survive a reload
    }
  }

  function setSession(tokens: SessionTokens): void {
    try {
      localStorage.setItem(opts.storageKey, tokens.refreshToken);
    } catch {
      /* see storedRefreshToken */
    }
    accessExpiresAt = Date.parse(tokens.accessTokenExpiresAt) || 0;
    signedInOnce = true;
    setAccessToken(tokens.accessToken);
    setStatus("signedIn");
  }

  function clearSession(): void {
    try {
      localStorage.removeItem(opts.storageKey);
    } catch {
      /* nothing stored */
    }
    accessExpiresAt = 0;
    setAccessToken(null);
    setStatus("signedOut");
  }

  // Refresh tokens rotate and reuse revokes the whole family, so two tabs must never
  // spend the same token: refreshes are serialised across tabs with a Web Lock and the
  // token is re-read inside it (another tab may already have rotated it).
  function withRefreshLock<T>(fn: () => Promise<T>): Promise<T> {
    const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
    return locks ? (locks.request(opts.lockName, fn) as Promise<T>) : fn();
  }

  async function doRefresh(): Promise<boolean> {
    const refreshToken = storedRefreshToken();
    if (!refreshToken) {
      clearSession();
      return false;
    }
    const result = await sessionClient.mutation(SessionRefresh, { input: { refreshToken } }).toPromise();
    const session = result.data?.sessionRefresh.session;
    if (session) {
      setSession(session);
      return true;
    }
    if (result.error?.networkError) {
      // Server unreachable: keep the refresh token so the session resumes later.
      setStatus("unreachable");
      return false;
    }
    clearSession();
    return false;
  }

  let inflight: Promise<boolean> | null = null;

  function refreshSession(): Promise<boolean> {
    inflight ??= withRefreshLock(doRefresh).finally(() => {
      inflight = null;
    });
    return inflight;
  }

  async function ensureFreshAccessToken(): Promise<string | null> {
    if (accessToken() && Date.now() > accessExpiresAt - 30_000) await refreshSession();
    return accessToken();
  }

  async function startSession(): Promise<void> {
    if (typeof window !== "undefined" && !listening) {
      listening = true;
      // Signing out in one tab signs out every tab.
      window.addEventListener("storage", (event) => {
        if (event.key === opts.storageKey && event.newValue === null && status() === "signedIn") clearSession();
      });
    }
    if (!storedRefreshToken()) {
      setStatus("signedOut");
      return;
    }
    await refreshSession();
  }

  async function signOut(): Promise<void> {
    const refreshToken = storedRefreshToken();
    if (refreshToken) {
      await sessionClient
        .mutation(SessionRevoke, { input: { refreshToken } })
        .toPromise()
        .catch(() => undefined);
    }
    clearSession();
  }

  return {
    status,
    accessToken,
    hadSessionInThisPage: () => signedInOnce,
    hasRefreshToken: () => storedRefreshToken() !== null,
    setSession,
    clearSession,
    refreshSession,
    ensureFreshAccessToken,
    startSession,
    signOut,
  };
}
