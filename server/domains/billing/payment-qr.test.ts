import { describe, expect, it } from "vitest";
import { SUPPLIERS } from "../../db/seed/catalog.js";
import { formatRub, money, type Money } from "../../shared/money.js";
import { dec } from "./doc-format.js";
import { PaymentQrError, paymentQrPayload, paymentQrSvg, qrSum } from "./payment-qr.js";

// The documents' table form: no unit after the figure.
const rub = (v: Money) => formatRub(v, { unit: null });

const gesbt = SUPPLIERS.find((s) => s.code === "GESBT")!;
const base = {
  name: gesbt.name,
  personalAcc: gesbt.bankAccount,
  bankName: gesbt.bankName,
  bic: gesbt.bik,
  correspAcc: gesbt.corrAccount,
  payeeInn: gesbt.inn,
  kpp: gesbt.kpp,
  purpose: "Оплата ЖКУ по ЛС 0710000000 за октябрь 2026",
  persAcc: "0710000000",
};

describe("ГОСТ Р 56042-2014 payment QR payload", () => {
  it("puts the header, the five mandatory payee fields in order, then the sum in kopecks and the payer", () => {
    const payload = paymentQrPayload({
      ...base,
      sum: money("6504.3"),
      lastName: "Иванов",
      firstName: "Иван",
      middleName: "Иванович",
      payerAddress: "628300, ХМАО - Югра, Нефтеюганск г, 1 мкр., дом, кв. 1",
      paymPeriod: "10.2026",
    });
    expect(payload).toBe(
      "ST00012|Name=АО «Газпром энергосбыт Тюмень»|PersonalAcc=40702810400000012743|BankName=Банк ГПБ (АО)|BIC=044525823|CorrespAcc=30101810200000000823" +
        "|PayeeINN=8602067215|KPP=860201001|Sum=650430|Purpose=Оплата ЖКУ по ЛС 0710000000 за октябрь 2026|PersAcc=0710000000" +
        "|LastName=Иванов|FirstName=Иван|MiddleName=Иванович|PayerAddress=628300, ХМАО - Югра, Нефтеюганск г, 1 мкр., дом, кв. 1|PaymPeriod=10.2026",
    );
    // Every field is Key=Value; the separator never appears inside a value.
    const [header, ...fields] = payload.split("|");
    expect(header).toBe("ST00012"); // ST, version 0001, encoding 2 = UTF-8
    expect(fields.map((f) => f.split("=")[0])).toEqual([
      "Name",
      "PersonalAcc",
      "BankName",
      "BIC",
      "CorrespAcc",
      "PayeeINN",
      "KPP",
      "Sum",
      "Purpose",
      "PersAcc",
      "LastName",
      "FirstName",
      "MiddleName",
      "PayerAddress",
      "PaymPeriod",
    ]);
  });

  it("leaves the sum out when nothing is due, and keeps values free of the separator", () => {
    expect(paymentQrPayload({ ...base, sum: money(0) })).not.toContain("Sum=");
    expect(paymentQrPayload({ ...base, sum: money("-12.50") })).not.toContain("Sum=");
    const p = paymentQrPayload({ ...base, purpose: "Оплата | пени\nза октябрь", sum: money("0.29") });
    expect(p).toContain("|Purpose=Оплата / пени за октябрь|");
    expect(p).toContain("|Sum=29|");
  });

  it("converts rubles to kopecks exactly", () => {
    expect(qrSum(money("0.29"))).toBe("29"); // 0.29 * 100 in floats is 28.999999999999996
    expect(qrSum(money("1234567890.12"))).toBe("123456789012");
    expect(qrSum(money("10"))).toBe("1000");
    expect(() => qrSum(money("1.005"))).toThrow(PaymentQrError);
  });

  it("refuses payee details a bank app would reject", () => {
    expect(() => paymentQrPayload({ ...base, bic: "04452582" })).toThrow(/BIC/);
    expect(() => paymentQrPayload({ ...base, personalAcc: "4070281040000001274" })).toThrow(/PersonalAcc/);
    expect(() => paymentQrPayload({ ...base, correspAcc: "3010181020000000082X" })).toThrow(/CorrespAcc/);
    expect(() => paymentQrPayload({ ...base, payeeInn: "86020672" })).toThrow(/PayeeINN/);
    expect(() => paymentQrPayload({ ...base, name: "  " })).toThrow(/Name/);
    // Long names are cut to the standard's 160 characters; the mandatory block stays within 300 bytes.
    expect(() => paymentQrPayload({ ...base, name: "Ж".repeat(200) })).toThrow(/300 байт/);
    expect(paymentQrPayload({ ...base, name: "Z".repeat(200) })).toContain(`Name=${"Z".repeat(160)}|`);
  });

  it("renders the payload as an inline SVG QR code", async () => {
    const svg = paymentQrSvg(paymentQrPayload({ ...base, sum: money("100") }));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain("<path");
  });
});

describe("document number forms", () => {
  it("formats money with groups and a comma, overpayment with a minus", () => {
    expect(rub(money("6504.3"))).toBe("6\u00a0504,30");
    expect(rub(money("-532.5"))).toBe("\u2212532,50");
    expect(rub(money("0"))).toBe("0,00");
    expect(rub(money("1234567.891"))).toBe("1\u00a0234\u00a0567,89");
    expect(dec(money("9.620"))).toBe("9,62");
    expect(dec(money("180"))).toBe("180");
    expect(dec(null)).toBe("—");
  });
});
