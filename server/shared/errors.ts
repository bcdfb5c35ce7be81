// One error model. A UserFacingError is something the user can fix: it becomes an entry of
// the payload's `userErrors` with the manual's Russian text. Anything else is masked.
export interface UserErrorData {
  field: string[] | null;
  message: string;
  code: string;
}

export class UserFacingError extends Error {
  readonly errors: UserErrorData[];
  constructor(errors: UserErrorData | UserErrorData[]) {
    const list = Array.isArray(errors) ? errors : [errors];
    super(list.map((e) => e.message).join("; "));
    this.errors = list;
  }
}

export function userError(code: string, message: string, field?: string | string[]): UserFacingError {
  return new UserFacingError({ code, message, field: field === undefined ? null : Array.isArray(field) ? field : [field] });
}

/** Stable `extensions.code` values for errors that are not user errors. */
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  INTERNAL: "INTERNAL_SERVER_ERROR",
  /** A dependency (the database) is unreachable for a moment: retrying later succeeds. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
} as const;
