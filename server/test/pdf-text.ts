// Reading a printed PDF back in tests, in JavaScript (pdfjs-dist; pages drawn with @napi-rs/canvas),
// so the tests need no poppler: the page count, each page's text as printed rows, and pages as
// images for the QR decoder.
import { createRequire } from "node:module";
import path from "node:path";
import { createCanvas } from "@napi-rs/canvas";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";

const PDFJS = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

async function open<T>(pdf: Uint8Array, read: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // pdfjs takes the buffer over (transfers it to its worker): give it a copy.
  const doc = await getDocument({ data: new Uint8Array(pdf), standardFontDataUrl: `${PDFJS}/standard_fonts/`, verbosity: 0 }).promise;
  try {
    return await read(doc);
  } finally {
    await doc.destroy();
  }
}

export const pdfPageCount = (pdf: Uint8Array): Promise<number> => open(pdf, async (doc) => doc.numPages);

/**
 * The text of the page (1-based), or of every page, as the eye reads it: one line per printed row
 * (pieces on one baseline, left to right — cells of a table row side by side), rows top to bottom,
 * any run of spaces (no-break ones too) as one space. Pages are separated by a form feed.
 */
export function pdfText(pdf: Uint8Array, page?: number): Promise<string> {
  return open(pdf, async (doc) => {
    const numbers = page ? [page] : Array.from({ length: doc.numPages }, (_, i) => i + 1);
    const pages: string[] = [];
    for (const n of numbers)
      pages.push(rows(((await (await doc.getPage(n)).getTextContent()).items as TextItem[]).filter((i) => "str" in i && i.str.trim() !== "")));
    return pages.join("\n\f");
  });
}

function rows(items: TextItem[]): string {
  const pieces = items.map((i) => ({
    text: i.str,
    x: i.transform[4] as number,
    y: i.transform[5] as number,
    end: (i.transform[4] as number) + i.width,
    size: Math.hypot(i.transform[2] as number, i.transform[3] as number) || i.height,
  }));
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: (typeof pieces)[] = [];
  for (const p of pieces) {
    const line = lines.at(-1);
    // The same baseline, give or take a third of the letter height (a bold or smaller piece).
    if (line && Math.abs(line[0]!.y - p.y) <= Math.min(line[0]!.size, p.size) / 3) line.push(p);
    else lines.push([p]);
  }
  return lines
    .map((line) => {
      line.sort((a, b) => a.x - b.x);
      let text = "";
      let end = -Infinity;
      for (const p of line) {
        // A gap wider than a fifth of the letter height is a space (between cells, or words drawn apart).
        if (text && p.x - end > p.size / 5) text += " ";
        text += p.text;
        end = Math.max(end, p.end);
      }
      return text.replace(/\s+/g, " ").trim();
    })
    .join("\n");
}

/** A page drawn as an image: RGBA bytes, row by row (what jsQR reads). */
export interface PageImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** The pages (all, or the given 1-based ones) drawn at `dpi` on white, as a printer or a phone camera sees them. */
export function pdfPageImages(pdf: Uint8Array, dpi: number, pages?: number[]): Promise<PageImage[]> {
  return open(pdf, async (doc) => {
    const images: PageImage[] = [];
    for (const n of pages ?? Array.from({ length: doc.numPages }, (_, i) => i + 1)) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport, background: "#fff" }).promise;
      const { data, width, height } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
      images.push({ width, height, data });
    }
    return images;
  });
}
