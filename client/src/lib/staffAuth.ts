// Session of an employee in the operators' console (/operator). Its refresh cookie is named
// apart from the customer's, so a customer and an operator can be signed in side by side in
// one browser (two tabs), each with its own tokens and its own GraphQL client.
import { createSessionStore } from "./session";

export const staffSession = createSessionStore({ kind: "staff", lockName: "kabinet.staff.refresh" });
