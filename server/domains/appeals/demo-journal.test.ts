// The demo customer's journal after the demo seed (figure 31): one appeal in each status, the
// answer ready to be rated, and new appeals numbered after the demo ones.
import { describe, expect, it } from "vitest";
import { withTestApp } from "../../test/app.js";
import { testDatabases } from "../../test/db.js";
import { signInAs } from "../../test/session.js";
import { QUESTION } from "./test-support.js";

const NOW = "2026-11-24T07:00:00.000Z";

describe.each(testDatabases())("demo appeals on $name", (backend) => {
  let token: string;

  const t = withTestApp({
    backend,
    demo: true,
    now: NOW,
    seed: async () => {
      token = (await signInAs(t, "0710000000", "demo2026")).accessToken;
    },
  });

  it("shows one appeal per status, newest first, and numbers new ones after them", async () => {
    const r = await t.gql(
      `{ viewer { activeAccount { id } appeals(first: 10) { edges { node { number title statusText canRate answer } } } } }`,
      {},
      { token },
    );
    expect(r.data.viewer.appeals.edges.map((e: any) => [e.node.number, e.node.title, e.node.statusText, e.node.canRate])).toEqual([
      ["42794", "Прочее", "Принят", false],
      ["42551", "Благодарность", "В обработке", false],
      ["44564", "Задать вопрос", "Завершено", true],
      ["08-000040408", "Смена фамилии или изменение имени собственника (пользователя)", "Отказано", false],
    ]);
    const q = await t.upload(
      QUESTION,
      { input: { accountId: r.data.viewer.activeAccount.id, text: "Новый вопрос", consentPersonalData: true, consentSimpleSignature: true } },
      {},
      { token },
    );
    expect(q.data.appealQuestionSubmit.appeal.number).toBe("44565");
  });
});
