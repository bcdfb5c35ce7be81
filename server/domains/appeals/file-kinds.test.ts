// Attachment types by content, file names made safe, Content-Disposition, and the processing
// time texts of figures 31–33.
import { describe, expect, it } from "vitest";
import { acceptedKind, contentDisposition, detectKind, sanitizeFileName } from "./file-kinds.js";
import { processingTimeText, workingDaysNominative } from "./rules.js";
import { EXE_HEAD, JPEG_HEAD, PDF_HEAD, PNG_HEAD, bytes } from "./test-support.js";

const head = (b: number[]) => new Uint8Array(bytes(b, 16));

describe("file types by content", () => {
  it("recognises the allowed types by their signatures and nothing else", () => {
    expect(detectKind(head(PDF_HEAD))).toBe("PDF");
    expect(detectKind(head(JPEG_HEAD))).toBe("JPEG");
    expect(detectKind(head(PNG_HEAD))).toBe("PNG");
    expect(detectKind(head([0x49, 0x49, 0x2a, 0x00]))).toBe("TIFF");
    expect(detectKind(head([0x4d, 0x4d, 0x00, 0x2a]))).toBe("TIFF");
    expect(detectKind(head([0x50, 0x4b, 0x03, 0x04]))).toBe("ZIP");
    expect(detectKind(head([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00]))).toBe("RAR");
    expect(detectKind(head([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00]))).toBe("RAR");
    expect(detectKind(head(EXE_HEAD))).toBeNull();
    expect(detectKind(new Uint8Array(Buffer.from("<html><script>")))).toBeNull();
    expect(detectKind(new Uint8Array(Buffer.from("%PD")))).toBeNull(); // too short to be a PDF
    expect(detectKind(head([0x7f, 0x45, 0x4c, 0x46]))).toBeNull(); // ELF
  });

  it("accepts a file only when its name and content agree", () => {
    expect(acceptedKind("scan.pdf", head(PDF_HEAD))).toBe("PDF");
    expect(acceptedKind("SCAN.PDF", head(PDF_HEAD))).toBe("PDF");
    expect(acceptedKind("photo.jpeg", head(JPEG_HEAD))).toBe("JPEG");
    expect(acceptedKind("photo.jpg", head(JPEG_HEAD))).toBe("JPEG");
    expect(acceptedKind("scan", head(PDF_HEAD))).toBe("PDF");
    expect(acceptedKind("virus.pdf", head(EXE_HEAD))).toBeNull();
    expect(acceptedKind("photo.pdf", head(PNG_HEAD))).toBeNull();
    expect(acceptedKind("doc.docx", head([0x50, 0x4b, 0x03, 0x04]))).toBeNull(); // a .docx is a ZIP inside, but not allowed
    expect(acceptedKind("photo.png", head(PNG_HEAD), ["PDF"])).toBeNull();
  });
});

describe("file names", () => {
  it("strips paths, control and reserved characters, keeps Cyrillic and the extension", () => {
    expect(sanitizeFileName("../../etc/passwd.pdf", "PDF")).toBe("passwd.pdf");
    expect(sanitizeFileName("C:\\Users\\Иван\\Паспорт стр. 1.pdf", "PDF")).toBe("Паспорт стр. 1.pdf");
    expect(sanitizeFileName('a<b>c:"d|e?f*\u0000\u0007.pdf', "PDF")).toBe("abcdef.pdf");
    expect(sanitizeFileName("  ...hidden.png  ", "PNG")).toBe("hidden.png");
    expect(sanitizeFileName("evil\u202Efdp.exe.pdf", "PDF")).toBe("evilfdp.exe.pdf"); // no right-to-left override
    expect(sanitizeFileName("", "JPEG")).toBe("file.jpg");
    expect(sanitizeFileName("scan", "TIFF")).toBe("scan.tif");
    const long = sanitizeFileName(`${"я".repeat(300)}.pdf`, "PDF");
    expect(long).toHaveLength(120);
    expect(long.endsWith("я.pdf")).toBe(true);
  });

  it("builds a Content-Disposition that is safe for any name", () => {
    expect(contentDisposition('Отчет "итог"; 100%.pdf')).toBe(
      `attachment; filename="_____ _______ 100_.pdf"; filename*=UTF-8''%D0%9E%D1%82%D1%87%D0%B5%D1%82%20%22%D0%B8%D1%82%D0%BE%D0%B3%22%3B%20100%25.pdf`,
    );
    expect(contentDisposition("scan's (1).pdf")).toBe(`attachment; filename="scan's (1).pdf"; filename*=UTF-8''scan%27s%20%281%29.pdf`);
  });
});

describe("processing time texts", () => {
  it("says the term as figures 31–33 do", () => {
    expect(processingTimeText({ processingDays: 11, maxProcessingDays: null })).toBe("до 11 рабочих дней");
    expect(processingTimeText({ processingDays: 7, maxProcessingDays: null })).toBe("до 7 рабочих дней");
    expect(processingTimeText({ processingDays: 1, maxProcessingDays: null })).toBe("до 1 рабочего дня");
    expect(processingTimeText({ processingDays: 21, maxProcessingDays: null })).toBe("до 21 рабочего дня");
    expect(processingTimeText({ processingDays: 3, maxProcessingDays: 30 })).toBe(
      "3 рабочих дня. При необходимости срок может быть увеличен до 30 рабочих дней.",
    );
    expect([1, 2, 5, 11, 12, 22, 101].map(workingDaysNominative)).toEqual([
      "1 рабочий день",
      "2 рабочих дня",
      "5 рабочих дней",
      "11 рабочих дней",
      "12 рабочих дней",
      "22 рабочих дня",
      "101 рабочий день",
    ]);
  });
});
