// The sandbox bank's cards: number checks (Luhn), brands, expiry, and the test cards whose
// behaviour the page documents. Card numbers live only in the sandbox's memory while a form
// is being processed; what leaves the sandbox is masked.

/** How a card behaves at the sandbox bank. */
export type CardProfile = "SUCCESS" | "SUCCESS_3DS" | "DECLINED" | "INSUFFICIENT_FUNDS";

export interface TestCard {
  pan: string;
  brand: string;
  profile: CardProfile;
  /** What happens, as the page explains it. */
  behaviour: string;
}

/** The 3-D Secure code the sandbox's «issuer» accepts. */
export const SANDBOX_3DS_CODE = "12345";

/** The balance of the insufficient-funds card: enough for the 1 ₽ card verification only. */
export const INSUFFICIENT_FUNDS_BALANCE_KOPECKS = 100;

export const TEST_CARDS: TestCard[] = [
  { pan: "2200000000000004", brand: "MIR", profile: "SUCCESS", behaviour: "Успешная оплата без 3-D Secure" },
  { pan: "4111111111111111", brand: "VISA", profile: "SUCCESS_3DS", behaviour: `Успешная оплата с подтверждением 3-D Secure (код ${SANDBOX_3DS_CODE})` },
  { pan: "5555555555554444", brand: "MASTERCARD", profile: "DECLINED", behaviour: "Отказ: «Операция отклонена банком-эмитентом»" },
  {
    pan: "2200000000000012",
    brand: "MIR",
    profile: "INSUFFICIENT_FUNDS",
    behaviour: "Отказ: «Недостаточно средств на карте» для любой суммы больше 1 ₽ (проверочная авторизация 1 ₽ проходит)",
  },
];

/** Any other card with a valid number pays like a real Russian card: with 3-D Secure. */
export function profileOf(pan: string): CardProfile {
  return TEST_CARDS.find((c) => c.pan === pan)?.profile ?? "SUCCESS_3DS";
}

export function luhnValid(pan: string): boolean {
  if (!/^\d{13,19}$/.test(pan)) return false;
  let sum = 0;
  for (let i = 0; i < pan.length; i++) {
    let d = pan.charCodeAt(pan.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function brandOf(pan: string): string | null {
  const n4 = Number(pan.slice(0, 4));
  const n2 = Number(pan.slice(0, 2));
  if (n4 >= 2200 && n4 <= 2204) return "MIR";
  if (pan.startsWith("4")) return "VISA";
  if ((n2 >= 51 && n2 <= 55) || (n4 >= 2221 && n4 <= 2720)) return "MASTERCARD";
  if (n2 === 50 || (n2 >= 56 && n2 <= 69)) return "MAESTRO";
  return null;
}

/** First 6 and last 4 digits: 220000******0004. */
export function maskPan(pan: string): string {
  return `${pan.slice(0, 6)}${"*".repeat(pan.length - 10)}${pan.slice(-4)}`;
}

/** Digits of a typed card number ("2200 0000 0000 0004"); null when anything else was typed. */
export function normalizePan(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, "");
  return /^\d+$/.test(digits) ? digits : null;
}

/** "12/28", "12 / 2028" → {month, year}; null when not a month and year. */
export function parseExpiry(typed: string): { month: number; year: number } | null {
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(typed);
  if (!m) return null;
  const month = Number(m[1]);
  const year = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
  return month >= 1 && month <= 12 ? { month, year } : null;
}

/** A card is valid through the last day of its expiry month. */
export function expired(e: { month: number; year: number }, now: Date): boolean {
  return now.getTime() >= Date.UTC(e.year, e.month, 1);
}
