// Appeal numbers: per-prefix sequences as in figure 31, never shared, even when filed at once.
import { describe, expect, it } from "vitest";
import { testDatabases, withTestDatabase } from "../../test/db.js";
import { formatAppealNumber, nextAppealNumber } from "./numbering.js";

describe("appeal number format", () => {
  it("looks like the journal's numbers", () => {
    expect(formatAppealNumber("03", 47020)).toBe("03-000047020");
    expect(formatAppealNumber(null, 44564)).toBe("44564");
  });
});

describe.each(testDatabases())("appeal numbers on $name", (backend) => {
  const db = withTestDatabase({ backend });

  it("counts each prefix on its own and never hands out a number twice under concurrency", async () => {
    const numbers = await Promise.all(Array.from({ length: 12 }, (_, i) => db.prisma.$transaction((tx) => nextAppealNumber(tx, i % 3 === 0 ? null : "08"))));
    expect(numbers.filter((n) => n.startsWith("08-")).sort()).toEqual(Array.from({ length: 8 }, (_, i) => formatAppealNumber("08", i + 1)));
    expect(numbers.filter((n) => !n.includes("-")).sort()).toEqual(["1", "2", "3", "4"]);
    // A rolled-back transaction gives its number back.
    await expect(
      db.prisma.$transaction(async (tx) => {
        await nextAppealNumber(tx, "08");
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db.prisma.$transaction((tx) => nextAppealNumber(tx, "08"))).toBe("08-000000009");
  });
});
