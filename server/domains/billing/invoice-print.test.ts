// The printed квитанция as a customer and a bank app see it: nothing clipped at the page edge, and
// the payment QR codes scan: the PDF printed by the real Chromium
// is drawn as images (pdfjs) at a phone-photo and a print resolution, every code on every page is
// decoded with jsQR, and each payload is compared field by field with ГОСТ Р 56042-2014 and the
// supplier's details. (The codes used to print as hairlines that no decoder could read.)
import jsQRModule from "jsqr";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { loadConfig } from "../../config.js";
import { SUPPLIERS } from "../../db/seed/catalog.js";
import { documentsHandler } from "../../http/documents-route.js";
import { startHttpServer, type RunningServer } from "../../http/server.js";
import { devMessenger } from "../../integrations/messaging/index.js";
import { createPdfRenderer } from "../../integrations/pdf/chromium.js";
import { createAppPubSub } from "../../integrations/pubsub.js";
import { fixedClock } from "../../shared/clock.js";
import { withTestDatabase } from "../../test/db.js";
import { pdfPageImages, type PageImage } from "../../test/pdf-text.js";
import { signDocumentLink } from "../documents/links.js";
import { closeBillingPeriod } from "./close.js";
import { invoiceLinkClaims, loadInvoice } from "./invoices.js";
import { bankNameForQr, qrSum } from "./payment-qr.js";
import { CLOSE_AT, OCT, buildBillingWorld } from "./test-support.js";

// jsqr is CommonJS with an ES-style `default` in its types: under NodeNext the default import is the module.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as typeof jsQRModule.default;

/**
 * Every QR code on a page image, as a phone camera framed on one code at a time reads them (a whole
 * page with codes side by side mixes their finder patterns): 1 mm cells at least a quarter inked
 * (a code is about half ink; text lines and 0.5 pt rules are thinner, and are cut apart by their
 * blank gaps) are grouped into blocks; each block of at least 20 × 20 mm is cropped with its
 * margin and decoded with jsQR.
 */
function decodeAll(png: PageImage, dpi: number): string[] {
  const cell = Math.max(1, Math.round(dpi / 25.4));
  const cols = Math.ceil(png.width / cell),
    rows = Math.ceil(png.height / cell);
  const dense = new Uint8Array(cols * rows);
  for (let cy = 0; cy < rows; cy++) {
    for (let cx = 0; cx < cols; cx++) {
      let ink = 0,
        all = 0;
      for (let y = cy * cell; y < Math.min(png.height, (cy + 1) * cell); y++) {
        for (let x = cx * cell; x < Math.min(png.width, (cx + 1) * cell); x++, all++) if (png.data[(y * png.width + x) * 4]! < 128) ink++;
      }
      dense[cy * cols + cx] = ink * 4 >= all ? 1 : 0;
    }
  }
  const seen = new Uint8Array(cols * rows);
  const found: string[] = [];
  for (let start = 0; start < dense.length; start++) {
    if (!dense[start] || seen[start]) continue;
    // Flood fill over neighbours up to 2 cells away (a code's light patches do not split it).
    let [x0, y0, x1, y1] = [cols, rows, 0, 0];
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const i = stack.pop()!;
      const cx = i % cols,
        cy = (i - cx) / cols;
      [x0, y0, x1, y1] = [Math.min(x0, cx), Math.min(y0, cy), Math.max(x1, cx), Math.max(y1, cy)];
      for (let dy = -2; dy <= 2; dy++) {
        for (let dx = -2; dx <= 2; dx++) {
          const nx = cx + dx,
            ny = cy + dy,
            j = ny * cols + nx;
          if (nx >= 0 && ny >= 0 && nx < cols && ny < rows && dense[j] && !seen[j]) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    if (x1 - x0 < 20 || y1 - y0 < 20) continue;
    const left = Math.max(0, (x0 - 4) * cell),
      top = Math.max(0, (y0 - 4) * cell);
    const w = Math.min(png.width, (x1 + 5) * cell) - left,
      h = Math.min(png.height, (y1 + 5) * cell) - top;
    const crop = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y++) crop.set(png.data.subarray(((top + y) * png.width + left) * 4, ((top + y) * png.width + left + w) * 4), y * w * 4);
    const code = jsQR(crop, w, h);
    if (code?.data) found.push(code.data);
  }
  return found;
}

function rightmostInk(png: PageImage): number {
  for (let x = png.width - 1; x >= 0; x--) {
    for (let y = 0; y < png.height; y++) if (png.data[(y * png.width + x) * 4]! < 200) return x;
  }
  return -1;
}

const fieldsOf = (payload: string) => {
  const [header, ...pairs] = payload.split("|");
  return { header, fields: Object.fromEntries(pairs.map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)])) as Record<string, string> };
};

describe("квитанция PDF: payment QR codes scan", () => {
  let server: RunningServer;
  let world: Awaited<ReturnType<typeof buildBillingWorld>>;
  const pdf = createPdfRenderer();
  const config = loadConfig({ NODE_ENV: "test" });

  const database = withTestDatabase({
    seed: async () => {
      world = await buildBillingWorld(database.prisma);
      const deps = {
        db: database.prisma,
        sql: database.sql,
        config,
        clock: fixedClock(CLOSE_AT),
        pubsub: createAppPubSub(),
        messenger: devMessenger({ db: database.prisma, log: null }),
      };
      await closeBillingPeriod(deps, OCT, "job");
      server = await startHttpServer(buildApp(deps), {
        port: 0,
        host: "127.0.0.1",
        clientDir: "/nonexistent",
        health: {},
        documents: documentsHandler(deps, pdf),
      });
    },
  });
  afterAll(async () => {
    await server?.close();
    await pdf.close();
  });

  it.each([150, 300])("every supplier's code decodes at %i dpi and carries the ГОСТ fields", async (dpi) => {
    const url = (await signDocumentLink(config.jwtSecret, server.url, invoiceLinkClaims(world.a.id, OCT), CLOSE_AT)).url;
    const res = await fetch(url);
    expect(res.status).toBe(200);
    const pages = await pdfPageImages(new Uint8Array(await res.arrayBuffer()), dpi);
    const decoded = [...new Set(pages.flatMap((page) => decodeAll(page, dpi)))];
    // Nothing is clipped at the right edge of the printable area (10 mm margins): the boxes' and
    // the table's right borders are printed, so the last ink stays inside 200 mm.
    for (const page of pages) expect(rightmostInk(page)).toBeLessThan(Math.floor((200 / 25.4) * dpi) - 1);

    const invoice = await loadInvoice(database.prisma, world.a.id, OCT);
    expect(invoice.parts.length).toBeGreaterThanOrEqual(2);
    expect(decoded.sort()).toEqual(invoice.parts.map((p) => p.qrPayload).sort());
    for (const part of invoice.parts) {
      const s = part.supplier;
      const { header, fields } = fieldsOf(decoded.find((d) => fieldsOf(d).fields.Name === s.name)!);
      expect(header).toBe("ST00012");
      expect(Object.keys(fields).slice(0, 5)).toEqual(["Name", "PersonalAcc", "BankName", "BIC", "CorrespAcc"]);
      expect(fields).toMatchObject({
        PersonalAcc: s.bankAccount,
        BankName: bankNameForQr(s.bankName),
        BIC: s.bik,
        CorrespAcc: s.corrAccount,
        PayeeINN: s.inn,
        PersAcc: invoice.account.number,
        PaymPeriod: "10.2026",
      });
      if (s.kpp) expect(fields.KPP).toBe(s.kpp);
      if (part.totals.closing.gt(0)) expect(fields.Sum).toBe(qrSum(part.totals.closing));
      else expect(fields.Sum).toBeUndefined();
      expect(fields.LastName).toBe(invoice.account.ownerLastName);
    }
  });
});

describe("BankName in the code", () => {
  it("is the bank's short name within the standard's 45 characters, never cut mid-word", () => {
    for (const s of SUPPLIERS) {
      const name = bankNameForQr(s.bankName);
      expect(name.length).toBeLessThanOrEqual(45);
      expect(s.bankName.endsWith(name) || s.bankName.startsWith(name)).toBe(true);
    }
    expect(bankNameForQr("Западно-Сибирское отделение № 8647 ПАО Сбербанк")).toBe("ПАО Сбербанк");
    expect(bankNameForQr("Банк ГПБ (АО)")).toBe("Банк ГПБ (АО)");
    expect(bankNameForQr("Очень длинное название отделения банка без организационно-правовой формы")).toBe("Очень длинное название отделения банка без");
  });
});
