// The last data the signed-in customer saw, kept in localStorage for the offline view: the
// header (account, address, amount due) and the meters with their last readings. No tokens,
// no card data, no contacts; cleared when the session ends (sign-out, expiry), so the next
// person at a shared computer does not see it.
import { createSignal } from "solid-js";

const KEY = "kabinet.offline.v1";

export interface OfflineMeter {
  number: string;
  resourceText: string;
  unit: string;
  statusText: string;
  readings: { zone: string; value: string; acceptedAt: string | null }[];
}

export interface OfflineSnapshot {
  savedAt: string;
  login: string;
  account: { id: string; number: string; address: string; ownerFullName: string; amountDue: { asOf: string; total: string; penalty: string } } | null;
  /** Meters of `account`, when «Передача показаний» was opened for it. */
  meters: OfflineMeter[] | null;
}

export function loadOfflineSnapshot(): OfflineSnapshot | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as OfflineSnapshot) : null;
  } catch {
    return null;
  }
}

function write(s: OfflineSnapshot): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    // Storage full or disabled: the offline view just has nothing to show.
  }
}

/** The header as the layout loaded it; keeps the meters when the account is the same. */
export function saveOfflineHeader(login: string, account: OfflineSnapshot["account"]): void {
  const prev = loadOfflineSnapshot();
  const sameAccount = prev?.login === login && prev.account?.id === account?.id;
  write({ savedAt: new Date().toISOString(), login, account, meters: sameAccount ? prev!.meters : null });
}

export function saveOfflineMeters(accountId: string, meters: OfflineMeter[]): void {
  const prev = loadOfflineSnapshot();
  if (!prev || prev.account?.id !== accountId) return;
  write({ ...prev, savedAt: new Date().toISOString(), meters });
}

export function clearOfflineSnapshot(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* nothing stored */
  }
}

/** navigator.onLine as a signal: forms are disabled while it is false (nothing is queued). */
const [online, setOnline] = createSignal(typeof navigator === "undefined" ? true : navigator.onLine);
if (typeof window !== "undefined") {
  window.addEventListener("online", () => setOnline(true));
  window.addEventListener("offline", () => setOnline(false));
}
export const isOnline = online;
