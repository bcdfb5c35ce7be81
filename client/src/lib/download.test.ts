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
