import { describe, expect, it } from "vitest";
import { MSG, checkField, checkFile, checkSlot, checkTotal, formatBytes, toIsoDate } from "./rules";

const field = (kind: "TEXT" | "TEXTAREA" | "DATE" | "NUMBER" | "PASSPORT", required = true) => ({ code: "x", label: "Поле", kind, required });
const EXT = ["pdf", "jpg", "jpeg", "png", "tif", "tiff", "zip", "rar"];
const MB = 1024 * 1024;

describe("appeal form fields, checked as the server checks them", () => {
  it("asks for required fields and lets optional ones stay empty", () => {
    expect(checkField(field("TEXT"), "  ")).toEqual({ error: "Заполните поле «Поле»" });
    expect(checkField(field("TEXT", false), "")).toEqual({ value: "" });
  });

  it("takes dates as ДД.ММ.ГГГГ or YYYY-MM-DD and sends YYYY-MM-DD", () => {
    expect(checkField(field("DATE"), "04.10.2021")).toEqual({ value: "2021-10-04" });
    expect(checkField(field("DATE"), "2021-10-04")).toEqual({ value: "2021-10-04" });
    expect(checkField(field("DATE"), "31.02.2021")).toEqual({ error: MSG.date("Поле") });
    expect(toIsoDate("01.01.1899")).toBeNull();
    expect(toIsoDate("4.10.2021")).toBeNull();
  });

  it("checks numbers, passports and lengths", () => {
    expect(checkField(field("NUMBER"), "54,2")).toEqual({ value: "54,2" });
    expect(checkField(field("NUMBER"), "-1")).toEqual({ error: MSG.number("Поле") });
    expect(checkField(field("PASSPORT"), "11 11 111111")).toEqual({ value: "11 11 111111" });
    expect(checkField(field("PASSPORT"), "11 11 11111")).toEqual({ error: MSG.passport("Поле") });
    expect(checkField(field("TEXT"), "я".repeat(301))).toEqual({ error: "Поле «Поле» длиннее 300 символов" });
    expect(checkField(field("TEXTAREA"), "я".repeat(4000))).toEqual({ value: "я".repeat(4000) });
  });
});

describe("appeal files", () => {
  const slot = { code: "s", label: "Скан паспорта", required: true, multiple: false };

  it("needs a file in a required slot and only one in a single slot", () => {
    expect(checkSlot(slot, [], EXT)).toBe("Приложите файл «Скан паспорта»");
    expect(
      checkSlot(
        slot,
        [
          { name: "a.pdf", size: 1 },
          { name: "b.pdf", size: 1 },
        ],
        EXT,
      ),
    ).toBe("Для «Скан паспорта» можно приложить только один файл");
    expect(checkSlot(slot, [{ name: "a.PDF", size: 10 }], EXT)).toBeNull();
  });

  it("refuses other types by name, and empty files", () => {
    expect(checkFile({ name: "setup.exe", size: 10 }, EXT)).toBe(MSG.fileType("setup.exe"));
    expect(checkFile({ name: "scan.pdf", size: 0 }, EXT)).toBe("Файл «scan.pdf» пустой");
    expect(checkFile({ name: "scan", size: 5 }, EXT)).toBeNull(); // the content decides, on the server
    expect(checkFile({ name: "photo.jpg", size: 5 }, ["pdf"], MSG.answerFileType)).toBe(MSG.answerFileType("photo.jpg"));
  });

  it("keeps all files of one request within 25 MB", () => {
    expect(checkTotal([{ size: 20 * MB }, { size: 5 * MB }], 25 * MB)).toBeNull();
    expect(checkTotal([{ size: 20 * MB }, { size: 5 * MB + 1 }], 25 * MB)).toBe(
      "Общий размер вложений превышает 25 МБ. Уменьшите размер или количество файлов.",
    );
    expect(
      checkTotal(
        Array.from({ length: 51 }, () => ({ size: 1 })),
        25 * MB,
      ),
    ).toBe("Можно приложить не более 50 файлов");
  });

  it("shows sizes in Russian units", () => {
    expect(formatBytes(512)).toBe("512\u00a0Б");
    expect(formatBytes(2048)).toBe("2\u00a0КБ");
    expect(formatBytes(1.5 * MB)).toBe("1,5\u00a0МБ");
    expect(formatBytes(25 * MB)).toBe("25\u00a0МБ");
  });
});
