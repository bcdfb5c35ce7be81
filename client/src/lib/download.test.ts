import { describe, expect, it } from "vitest";
import { dispositionFilename } from "./download";

describe("file names of downloads", () => {
  it("reads the name the server gives", () => {
    expect(dispositionFilename('attachment; filename="istoriya-pokazaniy-2025-12-2026-11.pdf"')).toBe("istoriya-pokazaniy-2025-12-2026-11.pdf");
    expect(dispositionFilename("attachment; filename=report.pdf")).toBe("report.pdf");
    expect(dispositionFilename("attachment; filename*=UTF-8''%D0%B8%D1%81%D1%82%D0%BE%D1%80%D0%B8%D1%8F.pdf")).toBe("история.pdf");
  });
  it("has none without a header or a name", () => {
    expect(dispositionFilename(null)).toBeNull();
    expect(dispositionFilename("attachment")).toBeNull();
  });
});

describe("downloadFailureText", () => {
  it("says what failed", async () => {
    const { downloadFailureText } = await import("./download");
    expect(downloadFailureText({ kind: "network", origin: "http://127.0.0.1:4000" }, "http://127.0.0.1:4000")).toBe(
      "Не удалось скачать файл: сервер не ответил. Проверьте подключение к интернету и повторите попытку.",
    );
    expect(downloadFailureText({ kind: "network", origin: "http://localhost:4000" }, "http://127.0.0.1:4000")).toContain(
      "ссылка ведет на http://localhost:4000, а страница открыта с http://127.0.0.1:4000",
    );
    expect(downloadFailureText({ kind: "status", status: 403, message: "Ссылка устарела" })).toBe("Ссылка устарела");
    expect(downloadFailureText({ kind: "status", status: 502, message: null })).toContain("ошибкой 502");
    expect(downloadFailureText({ kind: "type", type: "text/html" })).toContain("данные типа text/html");
  });
});
