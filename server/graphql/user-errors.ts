// The payload convention: every mutation payload has `userErrors { field message code }`.
// `mutationPayload` turns domain UserFacingErrors and zod validation failures into entries;
// every other error propagates and is masked by the server.
import { ZodError } from "zod";
import { problem, UserFacingError, type UserErrorData } from "../shared/errors.js";
import { builder } from "./builder.js";
import { UserErrorCodeRef, type UserErrorCode } from "./user-error-codes.js";

export const UserErrorRef = builder.objectRef<UserErrorData>("UserError").implement({
  description: "Something the user can fix. `message` is the text to show (Russian, the manual's wording); `code` is stable.",
  fields: (t) => ({
    field: t.exposeStringList("field", { nullable: true, description: 'Path to the input field, e.g. ["input", "email"]' }),
    message: t.exposeString("message", { description: "The text to show the user, in Russian" }),
    code: t.field({ type: UserErrorCodeRef, description: "What went wrong, as a stable code", resolve: (e) => e.code as UserErrorCode }),
  }),
});

export type Payload<T extends object> = T & { userErrors: UserErrorData[] };

/** Runs a mutation body; user-fixable failures come back as userErrors with the other fields null. */
export async function mutationPayload<T extends object>(run: () => Promise<T>): Promise<Payload<Partial<T>>> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (err) {
    if (err instanceof UserFacingError) return { userErrors: err.errors } as Payload<Partial<T>>;
    if (err instanceof ZodError) {
      return {
        userErrors: err.issues.map((i) => ({ ...problem("INVALID", ["input", ...i.path.map(String)]), message: i.message })),
      } as Payload<Partial<T>>;
    }
    throw err;
  }
}

type FieldsOf<T> = Parameters<Parameters<ReturnType<typeof builder.objectRef<T>>["implement"]>[0]["fields"] & object>[0];

/** Declares `<Name>Payload`-style object types whose fields are the payload's results plus userErrors. */
export function payloadType<T extends object>(name: string, fields: (t: FieldsOf<Payload<Partial<T>>>) => Record<string, unknown>) {
  return builder.objectRef<Payload<Partial<T>>>(name).implement({
    fields: (t) => ({ ...(fields(t) as object), userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }) }) as never,
  });
}
