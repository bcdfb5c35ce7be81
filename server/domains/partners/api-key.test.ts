import { describe, expect, it } from "vitest";
import { sha256 } from "../identity/tokens.js";
import { KEY_CACHE_MS } from "./api-key-auth.js";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";

describe.each(testDatabases())("partner API keys on $name", (backend) => {
  const t = withTestApp({
    backend,
    seed: async () => {
      await database.prisma.apiKey.create({
        data: { name: "АСКУЭ", partner: "Метроника", prefix: "kab_test", keyHash: sha256("kab_test_key_1"), scopes: ["readings:write"] },
      });
      await database.prisma.apiKey.create({
        data: { name: "old", partner: "Метроника", prefix: "kab_old_", keyHash: sha256("kab_old_key"), scopes: ["readings:write"], revokedAt: new Date() },
      });
    },
  });
  const { database } = t;

  const WHO = `{ partner { name partner scopes } viewer { login } }`;

  it("identifies a partner by its key and scopes", async () => {
    const r = await t.gql(WHO, {}, { headers: { "x-api-key": "kab_test_key_1" } });
    expect(r.data).toEqual({ partner: { name: "АСКУЭ", partner: "Метроника", scopes: ["READINGS_WRITE"] }, viewer: null });
  });

  it("ignores unknown and revoked keys", async () => {
    for (const key of ["kab_test_key_2", "kab_old_key"]) {
      expect((await t.gql(WHO, {}, { headers: { "x-api-key": key } })).data).toEqual({ partner: null, viewer: null });
    }
  });

  it("records when a key was last used, at most once a minute", async () => {
    const lastUsed = async () => (await database.prisma.apiKey.findFirstOrThrow({ where: { prefix: "kab_test" } })).lastUsedAt;
    const settle = () => new Promise((r) => setTimeout(r, 50)); // the touch runs off the request path
    t.clock.set("2026-11-24T07:00:00.000Z");
    await t.gql(WHO, {}, { headers: { "x-api-key": "kab_test_key_1" } });
    await settle();
    expect(await lastUsed()).toEqual(new Date("2026-11-24T07:00:00.000Z"));
    t.clock.set("2026-11-24T07:00:59.000Z");
    await t.gql(WHO, {}, { headers: { "x-api-key": "kab_test_key_1" } });
    await settle();
    expect(await lastUsed()).toEqual(new Date("2026-11-24T07:00:00.000Z"));
    t.clock.set("2026-11-24T07:01:05.000Z"); // past the minute and the key cache
    await t.gql(WHO, {}, { headers: { "x-api-key": "kab_test_key_1" } });
    await settle();
    expect(await lastUsed()).toEqual(new Date("2026-11-24T07:01:05.000Z"));
  });

  it("stops accepting a revoked key within a few seconds", async () => {
    await database.prisma.apiKey.create({
      data: { name: "temp", partner: "Метроника", prefix: "kab_tmp_", keyHash: sha256("kab_tmp_key"), scopes: ["readings:write"] },
    });
    t.clock.set("2026-11-24T08:00:00.000Z");
    const who = async () => (await t.gql(WHO, {}, { headers: { "x-api-key": "kab_tmp_key" } })).data.partner?.name ?? null;
    expect(await who()).toBe("temp");
    await database.prisma.apiKey.updateMany({ where: { prefix: "kab_tmp_" }, data: { revokedAt: new Date() } });
    t.clock.advance(KEY_CACHE_MS + 1);
    expect(await who()).toBeNull();
  });
});
