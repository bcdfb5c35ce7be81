// One key per purpose and who-is-who from the database: tokens forged with the real access key
// but naming someone else's session, staff whose role or activity changed, and each kind of
// signed token presented where another kind is expected.
import { describe, expect, it } from "vitest";
import { SignJWT } from "jose";
import { testDatabases } from "../../test/db.js";
import { withTestApp } from "../../test/app.js";
import { createCustomer } from "../../test/fixtures.js";
import { signInAs, signInAsStaff } from "../../test/session.js";
import { purposeKey, type KeyPurpose } from "../../shared/keys.js";
import { invalidate } from "../../shared/invalidation.js";
import { signDocumentLink, signEmailedDocumentLink, verifyDocumentLink } from "../documents/links.js";
import { signAppealFileLink, verifyAppealFileLink } from "../appeals/file-links.js";
import { hashPassword } from "./password.js";

const WHO = `{ staffViewer { login role } viewer { login } }`;
const STAFF_ACCOUNT = `query($n: String!) { staffAccount(number: $n) { number } }`;
// An admin-only mutation; the reason does not exist, so an admin gets an answer, never FORBIDDEN.
const ADMIN_ONLY = `mutation($id: ID!) { appealTypeUpdate(input: { typeId: $id, title: "x" }) { userErrors { code } } }`;
const NO_TYPE = Buffer.from("AppealType:999999").toString("base64");

const sidOf = (token: string): number => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).sid;

describe.each(testDatabases())("per-purpose keys and database-checked subjects on $name", (backend) => {
  let adminId: number;

  const forge = (purpose: KeyPurpose, aud: string, sub: string, claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(sub)
      .setAudience(aud)
      .setIssuer("kabinet")
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(purposeKey(t.config.jwtSecret, purpose));

  const t = withTestApp({
    backend,
    seed: async () => {
      const passwordHash = await hashPassword("admin2026");
      const admin = await database.prisma.staffUser.create({ data: { login: "admin", passwordHash, fullName: "Администратор", role: "ADMIN" } });
      adminId = admin.id;
    },
  });
  const { database } = t;

  it("refuses a token signed with the real access key that names staff ADMIN on a live customer session", async () => {
    const c = await createCustomer(database.prisma);
    const customer = await signInAs(t, c.user.login, c.password);
    const admin = await signInAsStaff(t, "admin", "admin2026");
    // The same forgery on the admin's own session works: the claims are otherwise right.
    const control = await forge("access-token", "kabinet-api", `staff:${adminId}`, { sid: sidOf(admin.accessToken), role: "ADMIN" });
    expect((await t.gql(WHO, {}, { token: control })).data.staffViewer).toEqual({ login: "admin", role: "ADMIN" });

    const forged = await forge("access-token", "kabinet-api", `staff:${adminId}`, { sid: sidOf(customer.accessToken), role: "ADMIN" });
    const r = await t.gql(STAFF_ACCOUNT, { n: c.account.number }, { token: forged });
    expect(r.data?.staffAccount ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await t.gql(WHO, {}, { token: forged })).data).toEqual({ staffViewer: null, viewer: null });
    // Nor the other way: a customer token on a staff session, or on another customer's session.
    const other = await createCustomer(database.prisma);
    for (const sid of [sidOf(admin.accessToken), sidOf((await signInAs(t, other.user.login, other.password)).accessToken)]) {
      const token = await forge("access-token", "kabinet-api", `user:${c.user.id}`, { sid });
      expect((await t.gql(WHO, {}, { token })).data).toEqual({ staffViewer: null, viewer: null });
    }
    // The customer's own token still works (the forged answers were not cached for it).
    expect((await t.gql(WHO, {}, { token: customer.accessToken })).data.viewer).toEqual({ login: c.user.login });
  });

  it("takes the staff role and activity from the database: a changed role or a deactivation stops the old role", async () => {
    const staff = await database.prisma.staffUser.create({
      data: { login: "chief", passwordHash: await hashPassword("chief2026"), fullName: "Начальник", role: "ADMIN" },
    });
    const { accessToken } = await signInAsStaff(t, "chief", "chief2026");
    const adminCall = () => t.gql(ADMIN_ONLY, { id: NO_TYPE }, { token: accessToken });
    expect((await adminCall()).errors?.[0]?.extensions?.code).not.toBe("FORBIDDEN");

    // Demoted, told through the invalidation bus: the very next request is an operator's.
    await database.prisma.staffUser.update({ where: { id: staff.id }, data: { role: "OPERATOR" } });
    await invalidate(t.deps, { staff: [staff.id] });
    expect((await adminCall()).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await t.gql(WHO, {}, { token: accessToken })).data.staffViewer).toEqual({ login: "chief", role: "OPERATOR" });

    // Deactivated without a message (a direct database edit): the cache forgets within its TTL.
    await database.prisma.staffUser.update({ where: { id: staff.id }, data: { active: false } });
    t.clock.advance(11_000);
    const r = await t.gql(STAFF_ACCOUNT, { n: "0000000000" }, { token: accessToken });
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    t.clock.advance(-11_000);
  });

  it("never accepts one kind of signed token as another", async () => {
    const c = await createCustomer(database.prisma);
    const { accessToken } = await signInAs(t, c.user.login, c.password);
    const now = t.clock.now();
    const sid = sidOf(accessToken);
    const docClaims = { kind: "charges", params: { accountId: c.account.id } };
    const tokenOf = (url: string) => new URL(url).searchParams.get("token")!;
    const documentToken = tokenOf((await signDocumentLink(t.config.jwtSecret, "http://x", docClaims, now)).url);
    const emailedToken = tokenOf((await signEmailedDocumentLink(t.config.jwtSecret, "http://x", docClaims, now, 3600)).url);
    const fileToken = tokenOf((await signAppealFileLink(t.config.jwtSecret, "http://x", { id: 7, fileName: "a.pdf" }, now)).url);
    // The genuine ones open what they are for.
    expect(await verifyDocumentLink(t.config.jwtSecret, documentToken, now)).toEqual(docClaims);
    expect(await verifyDocumentLink(t.config.jwtSecret, emailedToken, now)).toEqual(docClaims);
    expect(await verifyAppealFileLink(t.config.jwtSecret, fileToken, now)).toBe(7);
    expect((await t.gql(WHO, {}, { token: accessToken })).data.viewer).toEqual({ login: c.user.login });

    // Links are not access tokens, nor is an access token's claim set under a link's key or audience.
    const underDocumentKey = await forge("document-link", "kabinet-api", `user:${c.user.id}`, { sid });
    const underDocumentAudience = await forge("access-token", "kabinet-document", `user:${c.user.id}`, { sid });
    const underEmailKey = await forge("email-link", "kabinet-api", `user:${c.user.id}`, { sid });
    for (const token of [documentToken, emailedToken, fileToken, underDocumentKey, underDocumentAudience, underEmailKey])
      expect((await t.gql(WHO, {}, { token })).data.viewer).toBeNull();

    // An access token, or a document's claims under another purpose's key, opens no document or file.
    const docUnder = (purpose: KeyPurpose, aud: string) => forge(purpose, aud, "charges", { params: docClaims.params });
    for (const token of [
      accessToken,
      fileToken,
      await docUnder("access-token", "kabinet-document"),
      await docUnder("email-link", "kabinet-document"),
      await docUnder("document-link", "kabinet-email-link"),
      await docUnder("appeal-file-link", "kabinet-document"),
    ])
      expect(await verifyDocumentLink(t.config.jwtSecret, token, now)).toBeNull();
    for (const token of [accessToken, documentToken, await forge("document-link", "kabinet-appeal-file", "7", {})])
      expect(await verifyAppealFileLink(t.config.jwtSecret, token, now)).toBeNull();
  });
});
