// Figure 32: «Фамилия/Имя/Отчество новое» open with the owner's current name. New databases get
// it from the reference seed; existing ones, whose rows the seed never rewrites, from the
// migration 20261202202000_appeal_new_name_prefill — checked here on rows as they were before it.
import { describe, expect, it } from "vitest";
import { readMigrations } from "../../db/migrate.js";
import { seedReference } from "../../db/seed/index.js";
import { testDatabases, withTestDatabase } from "../../test/db.js";

const NEW_NAME = ["lastNameNew", "firstNameNew", "middleNameNew"];
const TYPES = ["OWNER_NAME_CHANGED", "OWNER_NAME_INCORRECT"];

describe.each(testDatabases())("new-name fields prefilled on $name", (backend) => {
  const prefills = async () =>
    (
      await database.prisma.appealField.findMany({
        where: { code: { in: NEW_NAME }, type: { code: { in: TYPES } } },
        select: { code: true, prefill: true, type: { select: { code: true } } },
        orderBy: [{ typeId: "asc" }, { sortOrder: "asc" }],
      })
    ).map((f) => `${f.type.code}.${f.code}=${f.prefill}`);
  const expected = TYPES.flatMap((t) => [`${t}.lastNameNew=ownerLastName`, `${t}.firstNameNew=ownerFirstName`, `${t}.middleNameNew=ownerMiddleName`]);

  const database = withTestDatabase({
    backend,
    timeout: 60_000,
    seed: async () => {
      await seedReference(database.prisma);
    },
  });

  it("the reference seed of a new database prefills them", async () => {
    expect((await prefills()).sort()).toEqual([...expected].sort());
  });

  it("the migration sets them on an installation seeded before, and leaves another field alone", async () => {
    await database.prisma.appealField.updateMany({ where: { code: { in: NEW_NAME } }, data: { prefill: null } });
    await database.prisma.appealField.updateMany({
      where: { code: "middleNameNew", type: { code: "OWNER_NAME_INCORRECT" } },
      data: { prefill: "ownerLastName" },
    });
    const migration = readMigrations().find((m) => m.name.endsWith("_appeal_new_name_prefill"))!;
    await database.sql.exec(migration.sql);
    const after = (await prefills()).sort();
    expect(after).toEqual(
      expected.map((e) => (e === "OWNER_NAME_INCORRECT.middleNameNew=ownerMiddleName" ? "OWNER_NAME_INCORRECT.middleNameNew=ownerLastName" : e)).sort(),
    );
  });
});
