// One error model. A UserFacingError is something the user can fix: it becomes an entry of
// the payload's `userErrors` with the manual's Russian text. Anything else is masked.
//
// Every code has one home: the codes several domains share are below (SHARED_ERRORS); the
// others live in `server/domains/<domain>/errors.ts`, made with `errorCatalogue`. A catalogue
// maps each code to its English description (published on the GraphQL enum `UserErrorCode`)
// and its Russian message; a domain may give a shared code its own message (no description).
// Messages that name something (a period, minutes to wait, a field's label) are functions.
// Callers never write a text: `userError(code, field, ...messageArgs)` looks it up, and a code
// that is in no catalogue does not compile.
import { GraphQLError } from "graphql";

// biome-ignore lint/suspicious/noExplicitAny: any message arguments; each catalogue types its own
type Message = string | ((...args: any[]) => string);
export interface ErrorEntry {
  readonly description: string;
  readonly message: Message;
}
export type MessageArgs<M> = M extends (...args: infer A) => string ? A : [];
export type Field = string | string[] | null | undefined;

declare const catalogued: unique symbol;
/** A code taken from a catalogue (object literals with a bare string do not type-check). */
export type CataloguedCode = string & { readonly [catalogued]: true };

export interface UserErrorData {
  field: string[] | null;
  message: string;
  code: CataloguedCode;
}

export class UserFacingError extends Error {
  readonly errors: UserErrorData[];
  constructor(errors: UserErrorData | UserErrorData[]) {
    const list = Array.isArray(errors) ? errors : [errors];
    super(list.map((e) => e.message).join("; "));
    this.errors = list;
  }
}

const fieldPath = (field: Field): string[] | null => (field == null ? null : Array.isArray(field) ? field : [field]);

const RATE_LIMITED_TEXT = {
  sends: (minutes: number) => `Превышено число отправок. Повторите попытку через ${minutes} мин.`,
  registrations: (minutes: number) => `Превышено число попыток регистрации. Повторите попытку через ${minutes} мин.`,
  recovery: (minutes: number) => `Превышено число запросов на восстановление пароля. Повторите попытку через ${minutes} мин.`,
} as const;
export type RateLimitedWhat = keyof typeof RATE_LIMITED_TEXT;

/** Longest «с» – «по» span of a month range, both ends counted. */
export const MAX_RANGE_MONTHS = 36;
const RANGE_TEXT = {
  order: "Начало периода должно быть не позже его окончания",
  span: `Период не может быть длиннее ${MAX_RANGE_MONTHS} месяцев`,
} as const;

/** The codes more than one domain reports, with their default messages. */
export const SHARED_ERRORS = {
  UNAUTHENTICATED: {
    description:
      "No valid credential was sent, or it expired: sign in (or refresh the session) and retry. Reported as a top-level error with `extensions.code`, never in `userErrors`.",
    message: "Войдите в личный кабинет",
  },
  FORBIDDEN: {
    description: "The signed-in principal may not do this (a customer calling a staff operation, a partner key without the scope).",
    message: "Недостаточно прав",
  },
  NOT_FOUND: { description: "The referenced object does not exist or is not visible to the caller.", message: "Объект не найден" },
  RATE_LIMITED: {
    description: "Too many attempts in a short time (codes sent, registrations, password recoveries); the message says how many minutes to wait.",
    message: (what: keyof typeof RATE_LIMITED_TEXT, waitMs: number) => RATE_LIMITED_TEXT[what](Math.max(1, Math.ceil(waitMs / 60_000))),
  },
  INVALID_RANGE: {
    description: "A month range «с» / «по» is reversed («order») or longer than 36 months («span»).",
    message: (what: "order" | "span") => RANGE_TEXT[what],
  },
  INVALID: { description: "An input value failed the schema's validation (format or bounds).", message: "Недопустимое значение" },
  INVALID_TEXT: {
    description: "A text contains characters that are not allowed (control characters, broken Unicode).",
    message: "Текст содержит недопустимые символы",
  },
  INVALID_VALUE: { description: "A value is outside what the field allows.", message: "Недопустимое значение" },
  REQUIRED: { description: "A required field is empty.", message: "Заполните обязательное поле" },
  TOO_LONG: { description: "A text is longer than the field allows.", message: "Слишком длинный текст" },
  ACCOUNT_NOT_FOUND: {
    description: "The personal account («лицевой счет») does not exist, is closed, or is not linked to the caller.",
    message: "Лицевой счет не найден",
  },
  ACCOUNT_NOT_LINKED: {
    description: "The personal account («лицевой счет») is not linked to the signed-in user.",
    message: "Лицевой счет не привязан к учетной записи",
  },
  EMAIL_NOT_CONFIRMED: {
    description: "The action needs a confirmed e-mail address and the user's is not confirmed.",
    message: "Подтвердите адрес электронной почты",
  },
  AMOUNT_NOT_POSITIVE: { description: "An amount of money must be greater than zero.", message: "Сумма должна быть больше нуля" },
  AMOUNT_KOPECKS: { description: "An amount of money has more than two decimal places (kopecks).", message: "Сумма указывается с точностью до копеек" },
  AMOUNT_TOO_LARGE: { description: "An amount of money is above the allowed maximum.", message: "Сумма слишком велика" },
  CONSENT_REQUIRED: { description: "A required consent box is not ticked.", message: "Необходимо дать согласие" },
  IDEMPOTENCY_KEY_REUSED: {
    description: "The idempotency key was already used with a different request body.",
    message: "Этот ключ идемпотентности уже использован для другого запроса",
  },
  IDEMPOTENCY_KEY_IN_PROGRESS: {
    description: "A request with this idempotency key is still being processed (sent twice at once and the first one is slow); retry the same request later.",
    message: "Запрос с этим ключом идемпотентности еще выполняется. Повторите попытку позже",
  },
  INVALID_IDEMPOTENCY_KEY: {
    description: "The idempotency key is not 8–100 characters of Latin letters, digits, `_-:.`.",
    message: "Ключ идемпотентности: от 8 до 100 латинских букв, цифр и знаков - _ : .",
  },
} as const satisfies Record<string, ErrorEntry>;

export type SharedCode = keyof typeof SHARED_ERRORS;

type Spec<T> = { [K in keyof T]: K extends SharedCode ? { readonly message: Message } : ErrorEntry };
type Merged<T> = Omit<typeof SHARED_ERRORS, keyof T> & T;

/** The codes a catalogue may report as userErrors: a missing credential never is one (`notSignedIn`). */
type Reportable<C> = Exclude<keyof C & string, "UNAUTHENTICATED">;

export interface ErrorCatalogue<C extends Record<string, { message: Message }>> {
  /** The domain's own entries (for the enum and the catalogue tests). */
  readonly entries: Record<string, { description?: string; message: Message }>;
  /** The error to throw: it becomes a `userErrors` entry (or a BAD_USER_INPUT error outside a payload). */
  userError<K extends Reportable<C>>(code: K, field?: Field, ...args: MessageArgs<C[K]["message"]>): UserFacingError;
  /** One entry, for collecting several problems before throwing them at once. */
  problem<K extends Reportable<C>>(code: K, field?: Field, ...args: MessageArgs<C[K]["message"]>): UserErrorData;
  /** The message of a code, for texts shown outside a payload (mail, PDF). */
  message<K extends keyof C & string>(code: K, ...args: MessageArgs<C[K]["message"]>): string;
}

/** A domain's catalogue: its own codes (described) and its messages for shared codes. */
export function errorCatalogue<const T extends Spec<T>>(entries: T): ErrorCatalogue<Merged<T>> {
  const all = { ...SHARED_ERRORS, ...entries } as Record<string, { message: Message }>;
  const text = (code: string, args: unknown[]): string => {
    const m = all[code]?.message;
    if (m === undefined) throw new Error(`error code ${code} is in no catalogue`);
    return typeof m === "function" ? (m as (...a: unknown[]) => string)(...args) : m;
  };
  const problem = (code: string, field?: Field, ...args: unknown[]): UserErrorData => ({
    code: code as CataloguedCode,
    message: text(code, args),
    field: fieldPath(field),
  });
  return {
    entries: entries as Record<string, { description?: string; message: Message }>,
    problem: problem as never,
    userError: ((code: string, field?: Field, ...args: unknown[]) => new UserFacingError(problem(code, field, ...args))) as never,
    message: ((code: string, ...args: unknown[]) => text(code, args)) as never,
  };
}

/** The catalogue of the shared codes alone (for code outside any domain). */
export const sharedErrors = errorCatalogue({});
export const { userError, problem } = sharedErrors;

/**
 * The one answer to a missing or expired credential, in queries, mutations and subscriptions
 * alike: a top-level error with `extensions.code` UNAUTHENTICATED, which the web client answers
 * by refreshing the session once. userErrors are kept for what the user can fix.
 */
export function notSignedIn(): GraphQLError {
  return new GraphQLError(SHARED_ERRORS.UNAUTHENTICATED.message, { extensions: { code: "UNAUTHENTICATED" } });
}

/** A signed-in principal without the right (a customer on a staff operation): top-level FORBIDDEN. */
export function forbidden(): GraphQLError {
  return new GraphQLError(SHARED_ERRORS.FORBIDDEN.message, { extensions: { code: "FORBIDDEN" } });
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
