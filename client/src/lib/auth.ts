// Session state of the signed-in customer.
// The access token lives only in memory (gone with the tab); the rotating refresh
// token is kept in localStorage so a reload or a new tab can resume the session.
import { createSignal } from "solid-js";
import { Client, fetchExchange } from "@urql/core";
import { graphql } from "../gql";

const REFRESH_KEY = "kabinet.refresh";

export type SessionStatus = "starting" | "signedIn" | "signedOut" | "unreachable";

type Tokens = { accessToken: string; accessTokenExpiresAt: string; refreshToken: string };

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

const [accessToken, setAccessToken] = createSignal<string | null>(null);
const [status, setStatus] = createSignal<SessionStatus>("starting");
let accessExpiresAt = 0;
let signedInOnce = false;

/** Reactive session status; routes guard on it. */
export const sessionStatus = status;
/** Current access token (reactive when read in a tracking scope). */
export const getAccessToken = accessToken;

function storedRefreshToken(): string | null {
  try {
    return localStorage.getItem(REFRESH_KEY);
  } catch {
    return null; // storage disabled: the session simply does not survive a reload
  }
}

/** True once a session existed in this page: its data may still sit in memory (urql's cache). */
export function hadSessionInThisPage(): boolean {
  return signedInOnce;
}

export function hasRefreshToken(): boolean {
  return storedRefreshToken() !== null;
}

/** Stores tokens returned by sessionCreate/sessionRefresh. */
export function setSession(tokens: Tokens): void {
  try {
    localStorage.setItem(REFRESH_KEY, tokens.refreshToken);
  } catch {
    /* see storedRefreshToken */
  }
  accessExpiresAt = Date.parse(tokens.accessTokenExpiresAt) || 0;
  signedInOnce = true;
  setAccessToken(tokens.accessToken);
  setStatus("signedIn");
}

/** Forgets the session locally (no server call). */
export function clearSession(): void {
  try {
    localStorage.removeItem(REFRESH_KEY);
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
  return locks ? (locks.request("kabinet.refresh", fn) as Promise<T>) : fn();
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

/** Exchanges the stored refresh token for new tokens; concurrent callers share one call. */
export function refreshSession(): Promise<boolean> {
  inflight ??= withRefreshLock(doRefresh).finally(() => {
    inflight = null;
  });
  return inflight;
}

/** Refreshes first when the access token is about to expire (used for WebSocket connects). */
export async function ensureFreshAccessToken(): Promise<string | null> {
  if (accessToken() && Date.now() > accessExpiresAt - 30_000) await refreshSession();
  return accessToken();
}

/** App start: resume the session from the stored refresh token, if any. */
export async function startSession(): Promise<void> {
  if (typeof window !== "undefined") {
    // Signing out in one tab signs out every tab.
    window.addEventListener("storage", (event) => {
      if (event.key === REFRESH_KEY && event.newValue === null && status() === "signedIn") clearSession();
    });
  }
  if (!storedRefreshToken()) {
    setStatus("signedOut");
    return;
  }
  await refreshSession();
}

/** Revokes the refresh token on the server (best effort) and forgets the session. */
export async function signOut(): Promise<void> {
  const refreshToken = storedRefreshToken();
  if (refreshToken) {
    await sessionClient
      .mutation(SessionRevoke, { input: { refreshToken } })
      .toPromise()
      .catch(() => undefined);
  }
  clearSession();
}
