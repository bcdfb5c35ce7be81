import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases, withTestDatabase } from "../test/db.js";
import { fromJsonRow, jsonRowSql } from "./json-rows.js";

// The rows the home loader hands to Pothos must be the rows Prisma would have: every column, the
// same types (Date, Prisma.Decimal, parsed JSON, null) and values.
describe.each(testDatabases())("rows read as JSON equal Prisma's on $name", (backend) => {
  // Read in a zone that is not UTC: a timestamp taken for local time would be hours off.
  const zone = process.env.TZ;
  beforeAll(() => void (process.env.TZ = "Asia/Yekaterinburg"));
  afterAll(() => (zone === undefined ? delete process.env.TZ : (process.env.TZ = zone)));
  const database = withTestDatabase({
    backend,
    demo: true,
    // Columns the demo leaves empty get values: times with and without milliseconds, a large
    // exact area, JSON extras.
    seed: async (db) => {
      const user = await db.prisma.user.findFirstOrThrow({ orderBy: { id: "asc" } });
      await db.prisma.user.update({
        where: { id: user.id },
        data: { emailConfirmedAt: new Date("2026-11-03T04:05:06.789Z"), deletionRequestedAt: new Date("2026-12-01T00:00:00.000Z") },
      });
      const account = await db.prisma.account.findFirstOrThrow({ orderBy: { id: "asc" } });
      await db.prisma.account.update({
        where: { id: account.id },
        data: {
          totalArea: "12345678.91",
          livingArea: "0.10",
          extraParams: [
            { label: "Этаж", value: 3 },
            { label: "Лифт", value: null },
          ],
        },
      });
    },
  });

  it.each(["User", "Account", "News"] as const)("%s", async (model) => {
    const key = (model.charAt(0).toLowerCase() + model.slice(1)) as "user" | "account" | "news";
    const delegate = database.prisma[key] as unknown as { findMany(a: object): Promise<Record<string, unknown>[]> };
    const expected = await delegate.findMany({ orderBy: { id: "asc" } });
    expect(expected.length).toBeGreaterThan(0);
    const rows = await database.sql.query<{ row: Record<string, unknown> }>(`SELECT ${jsonRowSql(model, "r")} AS row FROM "${model}" r ORDER BY r.id`);
    expect(rows.map((r) => fromJsonRow(model, r.row))).toEqual(expected);
  });
});
