// The settings the client shows dates and the readings window by come from the server's own
// configuration, to anyone (the sign-in page has no session).
import { describe, expect, it } from "vitest";
import { createTestApp } from "../test/app.js";
import { testDatabases, withTestDatabase } from "../test/db.js";

describe.each(testDatabases().slice(0, 1))("the retailer's settings on $name", (backend) => {
  const database = withTestDatabase({ backend });

  it("answer without a session with TZ_RETAILER and READINGS_WINDOW as configured", async () => {
    const t = createTestApp(database, { now: "2026-11-24T07:00:00.000Z", env: { TZ_RETAILER: "Europe/Moscow", READINGS_WINDOW: "5-20" } });
    const r = await t.gql(`{ retailer { timezone } readingsWindow { fromDay toDay } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ retailer: { timezone: "Europe/Moscow" }, readingsWindow: { fromDay: 5, toDay: 20 } });
    const d = createTestApp(database);
    expect((await d.gql(`{ retailer { timezone } }`)).data.retailer).toEqual({ timezone: "Asia/Yekaterinburg" });
  });
});
