// The PDF renderer fetches nothing but the app's own resources: a document that points at
// another server (an injected <img>, a stylesheet, a font) does not reach it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPdfRenderer } from "./chromium.js";

describe("PDF renderer network", () => {
  let other: http.Server;
  let otherUrl = "";
  const hits: string[] = [];
  beforeAll(async () => {
    other = http.createServer((req, res) => {
      hits.push(req.url ?? "");
      res.writeHead(200, { "content-type": "image/svg+xml" }).end('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
    });
    await new Promise<void>((r) => other.listen(0, "127.0.0.1", r));
    otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => other.close(() => r())));

  const html = (base: string) =>
    `<!doctype html><html><head><link rel="stylesheet" href="${base}/style.css"><style>@font-face{font-family:x;src:url(${base}/font.woff2)}body{font-family:x}</style></head>` +
    `<body><p>Документ</p><img src="${base}/x.svg"><img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"></body></html>`;

  it("aborts requests to any other origin, loopback included", async () => {
    const pdf = createPdfRenderer({ ownOrigin: "http://localhost:4000" });
    try {
      const bytes = await pdf.render(html(otherUrl));
      expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
      expect(hits).toEqual([]);
    } finally {
      await pdf.close();
    }
  });

  it("lets the app's own origin through (so the test above can see a request)", async () => {
    const pdf = createPdfRenderer({ ownOrigin: otherUrl });
    try {
      await pdf.render(html(otherUrl));
      expect(hits).toContain("/x.svg");
    } finally {
      await pdf.close();
    }
  });
});
