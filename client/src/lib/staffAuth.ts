// Session of an employee in the operators' console (/operator). Its refresh token is stored
// apart from the customer's, so a customer and an operator can be signed in side by side in
// one browser (two tabs), each with its own tokens and its own GraphQL client.
import { createSessionStore } from "./session";

export const staffSession = createSessionStore({ storageKey: "kabinet.staff.refresh", lockName: "kabinet.staff.refresh" });
