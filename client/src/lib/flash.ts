// A one-time notice carried to the next page, even across the full reload that follows a
// sign-out («Пароль изменен», «Учетная запись будет удалена…»). Kept per tab.
const KEY = "kabinet.flash";

export type Flash = { text: string; tone: "success" | "info" };

export function setFlash(text: string, tone: Flash["tone"] = "success"): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ text, tone }));
  } catch {
    /* storage disabled: the notice is simply not shown */
  }
}

/** Returns the notice once and forgets it. */
export function takeFlash(): Flash | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    const flash = raw ? (JSON.parse(raw) as Partial<Flash>) : null;
    return flash?.text ? { text: flash.text, tone: flash.tone === "info" ? "info" : "success" } : null;
  } catch {
    return null;
  }
}
