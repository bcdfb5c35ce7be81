// Session state of the signed-in customer (the token handling itself is lib/session.ts; the
// operators' console has its own store in lib/staffAuth.ts).
import { createSessionStore, type SessionStatus } from "./session";

export type { SessionStatus };

export const customerSession = createSessionStore({ kind: "customer", lockName: "kabinet.refresh" });

/** Reactive session status; routes guard on it. */
export const sessionStatus = customerSession.status;
export const { hadSessionInThisPage, setSession, clearSession, startSession, signOut } = customerSession;
