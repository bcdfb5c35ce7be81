// Sign-in helpers for API tests: the refresh token comes in the body (as for a mobile app).
import type { TestApp } from "./app.js";

export async function signInAs(t: TestApp, login: string, password: string): Promise<{ accessToken: string; refreshToken: string }> {
  const r = await t.gql(
    `mutation($l: String!, $p: String!) { sessionCreate(input: { login: $l, password: $p, refreshTokenDelivery: BODY }) { session { accessToken refreshToken } userErrors { message } } }`,
    { l: login, p: password },
  );
  const s = r.data?.sessionCreate?.session;
  if (!s) throw new Error(`sign-in failed for ${login}: ${JSON.stringify(r.data?.sessionCreate?.userErrors ?? r.errors)}`);
  return s;
}

export async function signInAsStaff(t: TestApp, login: string, password: string): Promise<{ accessToken: string; refreshToken: string }> {
  const r = await t.gql(
    `mutation($l: String!, $p: String!) { staffSessionCreate(input: { login: $l, password: $p, refreshTokenDelivery: BODY }) { session { accessToken refreshToken } userErrors { message } } }`,
    { l: login, p: password },
  );
  const s = r.data?.staffSessionCreate?.session;
  if (!s) throw new Error(`staff sign-in failed for ${login}: ${JSON.stringify(r.data?.staffSessionCreate?.userErrors ?? r.errors)}`);
  return s;
}
