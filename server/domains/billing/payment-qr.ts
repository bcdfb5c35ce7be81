// Payment QR code of a квитанция in the ГОСТ Р 56042-2014 format: "ST0001" + encoding
// ("2" = UTF-8) + "|"-separated Key=Value pairs; the five payee fields are mandatory and
// come first. Bank apps read the sum in kopecks and the customer's account (PersAcc).
import { qrSvg } from "../../shared/qr-svg.js";
import { toKopecks, type Money } from "../../shared/money.js";

export interface PaymentQrInput {
  /** Payee (the supplier): name and bank details. */
  name: string;
  personalAcc: string;
  bankName: string;
  bic: string;
  correspAcc: string;
  payeeInn: string;
  kpp?: string | null;
  /** Amount due; omitted from the code when not positive (the customer types the sum). */
  sum?: Money | null;
  purpose: string;
  /** The customer's account number with the supplier. */
  persAcc: string;
  lastName?: string | null;
  firstName?: string | null;
  middleName?: string | null;
  payerAddress?: string | null;
  /** Billing month as "MM.YYYY". */
  paymPeriod?: string;
}

export class PaymentQrError extends Error {
  override name = "PaymentQrError";
}

const ACCOUNT = /^[1-9]\d{4}[0-9ABCEHKMPTX]\d{14}$/; // 20 characters, as the standard checks them
const MANDATORY_MAX_BYTES = 300;

/** A value may not contain the separator; line breaks and runs of spaces become one space. */
function clean(value: string, max: number): string {
  return value.replace(/\|/g, "/").replace(/\s+/g, " ").trim().slice(0, max);
}

/**
 * BankName is limited to 45 characters. A branch's full name («Западно-Сибирское отделение № 8647
 * ПАО Сбербанк») is longer: keep the longest tail that starts with the bank's legal form and fits
 * («ПАО Сбербанк»), else cut at a word boundary — never mid-word.
 */
export function bankNameForQr(bankName: string): string {
  const full = clean(bankName, 1000);
  if (full.length <= 45) return full;
  const words = full.split(" ");
  for (let i = 1; i < words.length; i++) {
    const tail = words.slice(i).join(" ");
    if (tail.length <= 45 && /^(ПАО|АО|ОАО|ЗАО|ООО|НКО|Банк|КБ|АКБ)(?=\s|$)/u.test(tail)) return tail;
  }
  const cut = full.slice(0, 46);
  return cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : 45).trim();
}

function required(field: string, value: string, ok: (v: string) => boolean): string {
  if (!ok(value)) throw new PaymentQrError(`${field}: недопустимое значение «${value}» для ГОСТ Р 56042-2014`);
  return value;
}

/** The QR «Sum» field: kopecks as an integer string, exactly ("6504.30" → "650430"); a fraction of a kopeck is an error. */
export function qrSum(sum: Money): string {
  const k = toKopecks(sum);
  if (k === null) throw new PaymentQrError(`Сумма ${sum.toString()} не в копейках`);
  return String(k);
}

export function paymentQrPayload(q: PaymentQrInput): string {
  const mandatory: [string, string][] = [
    ["Name", required("Name", clean(q.name, 160), (v) => v.length > 0)],
    ["PersonalAcc", required("PersonalAcc", q.personalAcc.trim(), (v) => ACCOUNT.test(v))],
    ["BankName", required("BankName", bankNameForQr(q.bankName), (v) => v.length > 0)],
    ["BIC", required("BIC", q.bic.trim(), (v) => /^\d{9}$/.test(v))],
    ["CorrespAcc", required("CorrespAcc", q.correspAcc.trim(), (v) => v === "0" || ACCOUNT.test(v))],
  ];
  const head = mandatory.map(([k, v]) => `${k}=${v}`).join("|");
  if (Buffer.byteLength(head, "utf8") > MANDATORY_MAX_BYTES) throw new PaymentQrError("Обязательные реквизиты длиннее 300 байт");

  const optional: [string, string | null | undefined][] = [
    ["PayeeINN", required("PayeeINN", q.payeeInn.trim(), (v) => /^(\d{10}|\d{12})$/.test(v))],
    ["KPP", q.kpp ? required("KPP", q.kpp.trim(), (v) => /^\d{9}$/.test(v)) : null],
    ["Sum", q.sum?.gt(0) ? qrSum(q.sum) : null],
    ["Purpose", clean(q.purpose, 160)],
    ["PersAcc", clean(q.persAcc, 30)],
    ["LastName", q.lastName ? clean(q.lastName, 60) : null],
    ["FirstName", q.firstName ? clean(q.firstName, 60) : null],
    ["MiddleName", q.middleName ? clean(q.middleName, 60) : null],
    ["PayerAddress", q.payerAddress ? clean(q.payerAddress, 160) : null],
    ["PaymPeriod", q.paymPeriod ?? null],
  ];
  const tail = optional.filter(([, v]) => v).map(([k, v]) => `${k}=${v}`);
  return ["ST00012", head, ...tail].join("|");
}

/** The payment code as inline SVG (shared/qr-svg.ts: filled modules that survive printing). */
export const paymentQrSvg = (payload: string): string => qrSvg(payload, "M");
