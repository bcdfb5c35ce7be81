import { describe, expect, it } from "vitest";
import { UserFacingError } from "../../shared/errors.js";
import { money } from "../../shared/money.js";
import { paymentErrors } from "./errors.js";
import { cardBrandOf } from "./cards.js";
import { checkItems, merchantOrderId, nextStatus, paymentIdOf, safeMaskedPan } from "./rules.js";
import { checkIdempotencyKey } from "../../shared/idempotency.js";

const suppliers = [
  { id: 1, kind: "RETAILER" as const },
  { id: 2, kind: "WASTE_OPERATOR" as const },
  { id: 3, kind: "CAPITAL_REPAIR" as const },
  { id: 4, kind: "SEPARATE" as const },
];

function errorsOf(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserFacingError) return err.errors;
    throw err;
  }
  throw new Error("no error");
}

describe("payment lines (6.4.3)", () => {
  it("adds kopecks exactly: 0.10 + 0.20 + 1234.56 is 1234.86, not a float", () => {
    const r = checkItems(
      [
        { supplierId: 1, amount: money("0.10") },
        { supplierId: 2, amount: money("0.20") },
        { supplierId: 3, amount: money("1234.56") },
      ],
      suppliers,
    );
    expect(r.total.toFixed(2)).toBe("1234.86");
    expect(r.items).toHaveLength(3);
  });

  it("leaves out suppliers whose sum was cleared to zero", () => {
    const r = checkItems(
      [
        { supplierId: 1, amount: money("3548.41") },
        { supplierId: 2, amount: money("0") },
      ],
      suppliers,
    );
    expect(r.items.map((i) => i.supplierId)).toEqual([1]);
    expect(r.total.toFixed(2)).toBe("3548.41");
  });

  it("refuses an all-zero payment, negative sums, fractions of a kopeck, unknown and repeated suppliers", () => {
    expect(errorsOf(() => checkItems([{ supplierId: 1, amount: money(0) }], suppliers))).toEqual([
      { code: "NO_AMOUNT", message: paymentErrors.message("NO_AMOUNT"), field: ["input", "items"] },
    ]);
    expect(errorsOf(() => checkItems([{ supplierId: 1, amount: money("-1.00") }], suppliers))[0]).toMatchObject({
      code: "AMOUNT_NOT_POSITIVE",
      field: ["input", "items", "0", "amount"],
    });
    expect(errorsOf(() => checkItems([{ supplierId: 1, amount: money("1.005") }], suppliers))[0]).toMatchObject({ code: "AMOUNT_KOPECKS" });
    expect(errorsOf(() => checkItems([{ supplierId: 99, amount: money("1") }], suppliers))[0]).toMatchObject({
      code: "SUPPLIER_NOT_FOUND",
      field: ["input", "items", "0", "supplierId"],
    });
    expect(
      errorsOf(() =>
        checkItems(
          [
            { supplierId: 1, amount: money("1") },
            { supplierId: 1, amount: money("2") },
          ],
          suppliers,
        ),
      )[0],
    ).toMatchObject({
      code: "DUPLICATE_SUPPLIER",
      field: ["input", "items", "1", "supplierId"],
    });
  });

  it("takes a separate-payment supplier only on its own", () => {
    expect(checkItems([{ supplierId: 4, amount: money("10") }], suppliers).total.toFixed(2)).toBe("10.00");
    expect(
      checkItems(
        [
          { supplierId: 4, amount: money("10") },
          { supplierId: 1, amount: money("0") },
        ],
        suppliers,
      ).items,
    ).toHaveLength(1);
    expect(
      errorsOf(() =>
        checkItems(
          [
            { supplierId: 1, amount: money("5") },
            { supplierId: 4, amount: money("10") },
          ],
          suppliers,
        ),
      )[0],
    ).toMatchObject({
      code: "SEPARATE_PAYMENT",
      message: paymentErrors.message("SEPARATE_PAYMENT"),
      field: ["input", "items", "1", "supplierId"],
    });
  });

  it("caps a payment at 600 000,00 р. to the kopeck", () => {
    expect(
      checkItems(
        [
          { supplierId: 1, amount: money("599999.99") },
          { supplierId: 2, amount: money("0.01") },
        ],
        suppliers,
      ).total.toFixed(2),
    ).toBe("600000.00");
    expect(
      errorsOf(() =>
        checkItems(
          [
            { supplierId: 1, amount: money("599999.99") },
            { supplierId: 2, amount: money("0.02") },
          ],
          suppliers,
        ),
      )[0],
    ).toMatchObject({ code: "AMOUNT_TOO_LARGE" });
  });

  it("accepts UUID-like idempotency keys and refuses others", () => {
    expect(() => checkIdempotencyKey("3f2b8c1e-5d9a-4c7b-9e2f-1a2b3c4d5e6f")).not.toThrow();
    expect(errorsOf(() => checkIdempotencyKey("short"))[0]).toMatchObject({ code: "INVALID_IDEMPOTENCY_KEY" });
    expect(errorsOf(() => checkIdempotencyKey("has spaces in it"))[0]).toMatchObject({ code: "INVALID_IDEMPOTENCY_KEY" });
  });
});

describe("status order of bank events", () => {
  it("moves open payments forward and never moves a final one", () => {
    expect(nextStatus("CREATED", "PENDING")).toBe("PENDING");
    expect(nextStatus("PENDING", "PENDING")).toBeNull();
    expect(nextStatus("PENDING", "SUCCEEDED")).toBe("SUCCEEDED");
    expect(nextStatus("CREATED", "FAILED")).toBe("FAILED");
    expect(nextStatus("PENDING", "CANCELLED")).toBe("CANCELLED");
    // out of order: a late pending or failed after success changes nothing
    expect(nextStatus("SUCCEEDED", "PENDING")).toBeNull();
    expect(nextStatus("SUCCEEDED", "FAILED")).toBeNull();
    expect(nextStatus("FAILED", "SUCCEEDED")).toBeNull();
    expect(nextStatus("CANCELLED", "SUCCEEDED")).toBeNull();
    // refunds only after success
    expect(nextStatus("SUCCEEDED", "REFUNDED")).toBe("REFUNDED");
    expect(nextStatus("PENDING", "REFUNDED")).toBeNull();
    expect(nextStatus("REFUNDED", "SUCCEEDED")).toBeNull();
  });
});

describe("card data", () => {
  it("keeps the bank's mask and masks anything that looks like a whole number", () => {
    expect(safeMaskedPan("220220******0005")).toBe("220220******0005");
    expect(safeMaskedPan("4111111111111111")).toBe("411111******1111");
    expect(safeMaskedPan("4111 1111 1111 1111")).toBe("411111******1111");
    expect(safeMaskedPan("**** 0005")).toBe("******0005");
  });

  it("round-trips our reference at the bank", () => {
    expect(paymentIdOf(merchantOrderId(42))).toBe(42);
    expect(paymentIdOf("other-42")).toBeNull();
  });
});

describe("card brand", () => {
  it("publishes the bank's brand string as CardBrand: known ones as themselves, others as OTHER, none as null", () => {
    expect(["MIR", "VISA", "MASTERCARD", "MAESTRO", "Union Pay", "visa"].map(cardBrandOf)).toEqual([
      "MIR",
      "VISA",
      "MASTERCARD",
      "MAESTRO",
      "UNIONPAY",
      "VISA",
    ]);
    expect(cardBrandOf("JCB")).toBe("OTHER");
    expect(cardBrandOf("other")).toBe("OTHER");
    expect(cardBrandOf(null)).toBeNull();
    expect(cardBrandOf("")).toBeNull();
  });
});
