// A signed-in session's tokens, for one kind of principal: the customer (lib/auth.ts) or an
// employee in the operators' console (lib/staffAuth.ts). The access token lives only in memory
// (gone with the tab). The rotating refresh token is an HttpOnly cookie the server sets for
// /graphql (one cookie name per console, so a customer tab and an operator tab of one browser
// never spend each other's tokens): script never sees it, and a reload or a new tab resumes the
// session by asking the server to refresh with whatever cookie the browser holds.
import { createSignal, type Accessor } from "solid-js";
import { Client, fetchExchange } from "@urql/core";
import { persistedDocuments } from "./persisted";
import { graphql } from "../gql";
import { CSRF_HEADERS } from "./csrf";

export type SessionStatus = "starting" | "signedIn" | "signedOut" | "unreachable";

export type SessionTokens = { accessToken: string; accessTokenExpiresAt: string };

const SessionRefresh = graphql(`
  mutation SessionRefresh {
    sessionRefresh {
      session { accessToken accessTokenExpiresAt }
      userErrors { field message code }
    }
  }
`);

const SessionRevoke = graphql(`
  mutation SessionRevoke {
    sessionRevoke { revoked userErrors { code } }
  }
`);

const StaffSessionRefresh = graphql(`
  mutation StaffSessionRefresh {
    staffSessionRefresh {
      session { accessToken accessTokenExpiresAt }
      userErrors { field message code }
    }
  }
`);

const StaffSessionRevoke = graphql(`
  mutation StaffSessionRevoke {
    staffSessionRevoke { revoked userErrors { code } }
  }
`);

export interface SessionStore {
  /** Reactive session status; routes guard on it. */
  status: Accessor<SessionStatus>;
  /** Current access token (reactive when read in a tracking scope). */
  accessToken: Accessor<string | null>;
  /** True once a session existed in this page: its data may still sit in memory (urql's cache). */
  hadSessionInThisPage(): boolean;
  /**
   * Whether this browser may hold a session to resume: it signed in here and has not signed out
   * or been refused since. A first visit need not wait for the refresh to say there is none.
   */
  mayHaveSession(): boolean;
  /** False once the session is known to be over: nothing to refresh. */
  mayRefresh(): boolean;
  /** Stores tokens returned by a sign-in or a refresh. */
  setSession(tokens: SessionTokens): void;
  /** Forgets the session locally (no server call). */
  clearSession(): void;
  /** Exchanges the refresh cookie for new tokens; concurrent callers share one call. */
  refreshSession(): Promise<boolean>;
  /** Refreshes first when the access token is about to expire (used for WebSocket connects). */
  ensureFreshAccessToken(): Promise<string | null>;
  /** Page start (and retry when unreachable): resume the session from the refresh cookie, if any. */
  startSession(): Promise<void>;
  /** Revokes the session on the server, which clears the cookie (best effort), and forgets it. */
  signOut(): Promise<void>;
}

export function createSessionStore(opts: { kind: "customer" | "staff"; lockName: string }): SessionStore {
  const [accessToken, setAccessToken] = createSignal<string | null>(null);
  const [status, setStatus] = createSignal<SessionStatus>("starting");
  let accessExpiresAt = 0;
  let signedInOnce = false;
  /** Counts the sessions stored: a refresh that started before the latest one is stale. */
  let sessionVersion = 0;
  const staff = opts.kind === "staff";
  const signedInHere = browserFlag(`${opts.lockName}.signedIn`);
  // Signing out in one tab signs out every tab of this console.
  const tabs = typeof BroadcastChannel !== "undefined" ? new BroadcastChannel(opts.lockName) : null;
  if (tabs) tabs.onmessage = (event) => event.data === "signedOut" && status() === "signedIn" && clearSession();

  // Session calls bypass the app client's cache and auth-retry exchange, so a failed
  // refresh can never trigger another refresh. Same-origin fetches carry the cookie.
  const sessionClient = new Client({
    url: "/graphql",
    exchanges: [persistedDocuments, fetchExchange], // by hash, like the app's client (./persisted.ts)
    preferGetMethod: false,
    requestPolicy: "network-only",
    fetchOptions: () => {
      const token = accessToken();
      return { credentials: "same-origin", headers: { ...CSRF_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
    },
  });

  function setSession(tokens: SessionTokens): void {
    sessionVersion += 1;
    accessExpiresAt = Date.parse(tokens.accessTokenExpiresAt) || 0;
    signedInOnce = true;
    signedInHere.set(true);
    setAccessToken(tokens.accessToken);
    setStatus("signedIn");
  }

  function clearSession(): void {
    accessExpiresAt = 0;
    signedInHere.set(false);
    setAccessToken(null);
    setStatus("signedOut");
  }

  // Two tabs refreshing with one cookie get the same successor from the server; refreshes are
  // still serialised across tabs with a Web Lock, so the second tab usually sends the new cookie.
  function withRefreshLock<T>(fn: () => Promise<T>): Promise<T> {
    const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
    return locks ? (locks.request(opts.lockName, fn) as Promise<T>) : fn();
  }

  async function doRefresh(): Promise<boolean> {
    const version = sessionVersion;
    const { session, error } = staff
      ? await sessionClient
          .mutation(StaffSessionRefresh, {})
          .toPromise()
          .then((r) => ({ session: r.data?.staffSessionRefresh.session, error: r.error }))
      : await sessionClient
          .mutation(SessionRefresh, {})
          .toPromise()
          .then((r) => ({ session: r.data?.sessionRefresh.session, error: r.error }));
    // A sign-in landed while this refresh was out (the form does not wait on a first visit): the
    // refresh answered for the cookie as it was, so it neither replaces nor ends that session.
    if (version !== sessionVersion) return status() === "signedIn";
    if (session) {
      setSession(session);
      return true;
    }
    if (error?.networkError) {
      // Server unreachable: the cookie stays, so the session resumes later.
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
    // The cookie is invisible to script: only the server can tell whether there is a session.
    await refreshSession();
  }

  async function signOut(): Promise<void> {
    await (staff ? sessionClient.mutation(StaffSessionRevoke, {}) : sessionClient.mutation(SessionRevoke, {})).toPromise().catch(() => undefined);
    clearSession();
    tabs?.postMessage("signedOut");
  }

  return {
    status,
    accessToken,
    hadSessionInThisPage: () => signedInOnce,
    mayHaveSession: signedInHere.get,
    mayRefresh: () => status() !== "signedOut",
    setSession,
    clearSession,
    refreshSession,
    ensureFreshAccessToken,
    startSession,
    signOut,
  };
}

/**
 * A yes/no this browser keeps across visits (localStorage: a flag, never a token — the session
 * itself is the HttpOnly cookie). Without storage it reads yes: then the page waits as it would.
 */
function browserFlag(key: string) {
  return {
    get(): boolean {
      try {
        return localStorage.getItem(key) === "1";
      } catch {
        return true;
      }
    },
    set(on: boolean): void {
      try {
        if (on) localStorage.setItem(key, "1");
        else localStorage.removeItem(key);
      } catch {
        // storage refused (private mode, quota): the next visit just waits for the refresh
      }
    },
  };
}
