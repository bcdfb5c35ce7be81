// The receipt (чек) of a card payment as its payer gets it: paid on the sandbox bank's card page
// for the retailer, the waste operator and the capital repair fund, its lines carry each service's catalogue VAT rate (the capital repair
// contribution «Без НДС», the others «НДС 22%» with the VAT to the kopeck), in the API and on
// the PDF printed by the real Chromium — one A4 page with its QR code, which decodes to the
// receipt's ФНС string. (Every line used to say «НДС 22%», and the QR sat alone on page 2.)
import jsQRModule from "jsqr";
import { afterAll, describe, expect, it } from "vitest";
import { documentsHandler } from "../../http/documents-route.js";
import { startHttpServer, type RunningServer } from "../../http/server.js";
import { createPdfRenderer } from "../../integrations/pdf/chromium.js";
import { withTestApp } from "../../test/app.js";
import { pdfPageCount, pdfPageImages, pdfText } from "../../test/pdf-text.js";
import { signInAs } from "../../test/session.js";
import { receiptDocument, receiptHtml } from "./receipt-document.js";
import { paymentFixture, type PaymentFixture } from "./test-support.js";

// jsqr is CommonJS with an ES-style `default` in its types: under NodeNext the default import is the module.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as typeof jsQRModule.default;

/** The QR code on a page drawn at 150 dpi (a receipt has one: the whole page is given to jsQR). */
async function qrOnPage(pdf: Uint8Array, page: number): Promise<string | null> {
  const [image] = await pdfPageImages(pdf, 150, [page]);
  return jsQR(image!.data, image!.width, image!.height)?.data ?? null;
}

const RECEIPT = `query($id: ID!) { node(id: $id) { ... on Payment { receipt { total qrText
  lines { name amount vat vatRate vatAmount supplierInn }
  vatTotals { vatRate label amount vatAmount } } } } }`;

describe("the receipt of a payment to three suppliers: VAT per service, one printed page", () => {
  let f: PaymentFixture;
  let token: string;
  let server: RunningServer;
  let paymentId: string;
  const pdf = createPdfRenderer();

  const t = withTestApp({
    timeout: 60_000,
    seed: async () => {
      f = await paymentFixture(database.prisma, { email: "payer@kabinet.local" });
      token = (await signInAs(t, f.user.login, f.password)).accessToken;
      server = await startHttpServer(t.app, { port: 0, host: "127.0.0.1", clientDir: "/nonexistent", health: {}, documents: documentsHandler(t.deps, pdf) });

      const due = (await t.gql(`{ viewer { activeAccount { id amountDueBySupplier { supplierId supplierKind total } } } }`, {}, { token })).data.viewer
        .activeAccount;
      // Everything due but the water utility's (SEPARATE suppliers take only a payment of their own).
      const items = due.amountDueBySupplier
        .filter((s: { supplierKind: string }) => s.supplierKind !== "SEPARATE")
        .map((s: { supplierId: string; total: string }) => ({ supplierId: s.supplierId, amount: s.total }));
      const created = await t.gql(
        `mutation($input: PaymentCreateInput!) { paymentCreate(input: $input) { confirmationUrl payment { id } userErrors { message } } }`,
        { input: { accountId: due.id, items, idempotencyKey: "receipt-print-1" } },
        { token },
      );
      expect(created.data.paymentCreate.userErrors).toEqual([]);
      paymentId = created.data.paymentCreate.payment.id;
      const order = new URL(created.data.paymentCreate.confirmationUrl).pathname.split("/").pop()!;
      expect((await t.sandbox!.submitCard(order, { pan: "2200000000000004", expiry: "12/28", cvc: "123", save: false })).kind).toBe("done");
      await t.sandbox!.idle();
    },
  });
  const { database } = t;
  afterAll(async () => {
    await server?.close();
    await pdf.close();
  });

  const receipt = async () => (await t.gql(RECEIPT, { id: paymentId }, { token })).data.node.receipt;
  async function printed(): Promise<Uint8Array> {
    const link = await t.gql(`mutation($id: ID!) { paymentReceiptPdfCreate(input: { paymentId: $id }) { document { url } } }`, { id: paymentId }, { token });
    const url = new URL(link.data.paymentReceiptPdfCreate.document.url, server.url);
    const res = await fetch(`${server.url}${url.pathname}${url.search}`);
    expect(res.status).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  }

  it("takes each line's rate from its service: capital repair «Без НДС», the rest 22 % to the kopeck", async () => {
    const r = await receipt();
    expect(r.total).toBe("1770.77");
    expect(r.lines.map((l: Record<string, unknown>) => [l.supplierInn, l.amount, l.vat, l.vatRate, l.vatAmount])).toEqual([
      ["8602067215", "1200.30", "НДС 22%", "VAT22", "216.45"], // 1200.30 × 22 / 122 = 216.4475…
      ["8601067011", "150.05", "НДС 22%", "VAT22", "27.06"], // 27.0582…
      ["8601999247", "420.42", "Без НДС", "NONE", null],
    ]);
    expect(r.vatTotals).toEqual([
      { vatRate: "VAT22", label: "НДС 22%", amount: "1350.35", vatAmount: "243.51" },
      { vatRate: "NONE", label: "Без НДС", amount: "420.42", vatAmount: null },
    ]);
  });

  it("prints on one A4 page with each line's VAT, the sums per rate and a QR code that decodes", async () => {
    const r = await receipt();
    const bytes = await printed();
    expect(await pdfPageCount(bytes)).toBe(1);
    const text = await pdfText(bytes, 1);
    const rowWith = (amount: string) => text.split("\n").filter((row) => row.includes(amount));
    // Each line's row: its sum, rate and VAT (— for «Без НДС»).
    expect(rowWith("1 200,30 р. × 1")).toEqual([expect.stringMatching(/1 200,30 р\. НДС 22% 216,45 р\.$/)]);
    expect(rowWith("150,05 р. × 1")).toEqual([expect.stringMatching(/150,05 р\. НДС 22% 27,06 р\.$/)]);
    expect(rowWith("420,42 р. × 1")).toEqual([expect.stringMatching(/420,42 р\. Без НДС —$/)]);
    // The sums per rate.
    expect(text).toMatch(/НДС 22% 1 350,35 р\. 243,51 р\./);
    expect(text).toMatch(/Без НДС 420,42 р\. —/);
    expect(text).toMatch(/ИТОГ 1 770,77 р\./);
    expect(await qrOnPage(bytes, 1)).toBe(r.qrText);
  });

  it("a long receipt (9 lines) still prints on one page; a longer one keeps its QR with the totals", async () => {
    const row = await database.prisma.payment.findFirstOrThrow({ where: { idempotencyKey: "receipt-print-1" } });
    const doc = (await receiptDocument(database.prisma, row.id, t.config.timezone))!;
    const place = { timezone: t.config.timezone, placeOfSettlement: t.config.publicUrl };
    const long = await pdf.render(await receiptHtml({ ...doc, lines: [...doc.lines, ...doc.lines, ...doc.lines] }, place));
    expect(await pdfPageCount(long)).toBe(1);
    expect(await qrOnPage(long, 1)).toBe(doc.qrText);

    const longer = await pdf.render(await receiptHtml({ ...doc, lines: Array.from({ length: 10 }, () => doc.lines).flat() }, place));
    const pages = await pdfPageCount(longer);
    expect(pages).toBeGreaterThan(1);
    const last = await pdfText(longer, pages);
    expect(last).toMatch(/ИТОГ/);
    expect(last).toMatch(/ФП \d+/);
    expect(last).toMatch(/^30 Оплата ЖКУ/m); // the last line is printed before the totals, on the same page
    expect(await qrOnPage(longer, pages)).toBe(doc.qrText);
  });
});
