// Filing an appeal («Подать заявление» 6.5.2, «Задать вопрос» 6.5.3). Order matters: every
// rule is checked first (nothing is stored for a refused appeal), then the files are streamed
// to storage, then one transaction writes the appeal with its number, files, first status
// («Принят»), the consents and the audit record. If that transaction fails, the stored files
// are removed again.
import type { Account, Appeal, Prisma, PrismaClient, User } from "../../db/generated/prisma/client.js";
import type { UploadLimits } from "../../config.js";
import type { FileStorage } from "../../integrations/storage/port.js";
import type { PubSub } from "../../integrations/pubsub.js";
import { audit } from "../../shared/audit.js";
import type { Clock } from "../../shared/clock.js";
import { dateValue, localDate } from "../../shared/calendar.js";
import { UserFacingError, type UserErrorData } from "../../shared/errors.js";
import { problem, userError } from "./errors.js";
import { discardFiles, storeFiles } from "./attachments.js";
import { applicantOf, loadActiveType, loadQuestionType, type TypeWithForm } from "./catalog.js";
import { announceAppeal } from "./events.js";
import { checkFields, checkFiles, type FieldInput, type FileInput } from "./form.js";
import { nextAppealNumber } from "./numbering.js";
import { CONSENT_TEXT_VERSION } from "./rules.js";
import { workingDaysDueDate } from "./working-days.js";

/**
 * The number counter's row is locked until commit, so submissions of one prefix queue up here;
 * under load the default 2 s / 5 s limits would fail appeals whose files are already stored.
 */
export const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

export interface SubmitDeps {
  db: PrismaClient;
  clock: Clock;
  timezone: string;
  storage: FileStorage;
  /** Attachment limits (config.uploads). */
  uploads: UploadLimits;
  pubsub: PubSub;
  clientAddress?: string | null;
}

export interface SubmitInput {
  accountId: number;
  typeId: number;
  fields: FieldInput[];
  files: FileInput[];
  consentPersonalData: boolean;
  consentSimpleSignature: boolean;
}

export interface QuestionInput {
  accountId: number;
  text: string;
  files: File[];
  consentPersonalData: boolean;
  consentSimpleSignature: boolean;
}

export function consentErrors(input: { consentPersonalData: boolean; consentSimpleSignature: boolean }): UserErrorData[] {
  const errors: UserErrorData[] = [];
  if (!input.consentPersonalData) errors.push(problem("CONSENT_REQUIRED", ["input", "consentPersonalData"], "personalData"));
  if (!input.consentSimpleSignature) errors.push(problem("CONSENT_REQUIRED", ["input", "consentSimpleSignature"], "simpleSignature"));
  return errors;
}

export async function linkedAccount(db: PrismaClient, userId: number, accountId: number) {
  const account = await db.account.findFirst({ where: { id: accountId, users: { some: { userId } } } });
  if (!account) throw userError("ACCOUNT_NOT_FOUND", ["input", "accountId"]);
  return account;
}

/** A customer's application of a catalog reason. `user` has passed the e-mail gate. */
export async function submitAppeal(deps: SubmitDeps, user: User, input: SubmitInput): Promise<Appeal> {
  const account = await linkedAccount(deps.db, user.id, input.accountId);
  // A reason filed from its own page (a readings dispute) carries data this form cannot give.
  const type = await loadActiveType(deps.db, input.typeId, true);
  if (!type) throw userError("TYPE_NOT_FOUND", ["input", "typeId"]);
  return fileAppeal(deps, user, account, type, input);
}

/** «Задать вопрос»: the text and any number of files under «Прочие документы». */
export async function submitQuestion(deps: SubmitDeps, user: User, input: QuestionInput): Promise<Appeal> {
  const account = await linkedAccount(deps.db, user.id, input.accountId);
  const type = await loadQuestionType(deps.db);
  if (!type) throw new Error("the appeal catalog has no active question type (seedAppealCatalog)");
  const textField = type.fields.find((f) => f.code === "text" || f.code === "comment");
  const slot = type.fileSlots.find((s) => s.multiple) ?? type.fileSlots[0];
  return fileAppeal(
    deps,
    user,
    account,
    type,
    {
      ...input,
      fields: textField ? [{ code: textField.code, value: input.text }] : [],
      files: input.files.map((f) => ({ slot: slot?.code ?? null, file: f })),
    },
    { question: true },
  );
}

export interface FileOptions {
  /** A question: its only field is its text, and the errors point at input.text and input.files. */
  question?: boolean;
  /** More rows of the same filing, written in its transaction (a readings dispute's meter and values). */
  within?: (tx: Prisma.TransactionClient, appeal: Appeal) => Promise<void>;
}

/** Checks the form and files against the reason, stores the files, and writes the appeal: all of it or nothing. */
export async function fileAppeal(
  deps: SubmitDeps,
  user: User,
  account: Account,
  type: TypeWithForm,
  input: Omit<SubmitInput, "accountId" | "typeId">,
  { question = false, within }: FileOptions = {},
): Promise<Appeal> {
  const checked = checkFields(type.fields, input.fields, account);
  const files = await checkFiles(input.files, { slots: type.fileSlots, limits: deps.uploads });
  // A question's only field is its text: point its errors at input.text.
  const fieldErrors = question ? checked.errors.map((e) => ({ ...e, field: ["input", "text"] })) : checked.errors;
  const fileErrors = question ? files.errors.map((e) => ({ ...e, field: ["input", "files"] })) : files.errors;
  const errors = [...fieldErrors, ...fileErrors, ...consentErrors(input)];
  if (errors.length) throw new UserFacingError(errors);

  const now = deps.clock.now();
  const dueDate = await workingDaysDueDate(deps.db, localDate(now, deps.timezone), type.processingDays);
  const stored = await storeFiles(deps.storage, files.files, "ATTACHMENT", now);
  const applicant = applicantOf(account, user);
  let appeal: Appeal;
  try {
    appeal = await deps.db.$transaction(async (tx) => {
      const number = await nextAppealNumber(tx, type.numberPrefix);
      const created = await tx.appeal.create({
        data: {
          number,
          userId: user.id,
          accountId: account.id,
          typeId: type.id,
          status: "ACCEPTED",
          text: checked.text,
          fields: checked.fields as never,
          applicantName: applicant.name,
          applicantAddress: applicant.address,
          applicantEmail: applicant.email,
          applicantPhone: applicant.phone,
          createdAt: now,
          dueDate: dateValue(dueDate),
          files: { create: stored.map((f) => ({ ...f, uploadedAt: now })) },
          statusChanges: { create: { fromStatus: null, toStatus: "ACCEPTED", userId: user.id, at: now } },
        },
      });
      await tx.consent.createMany({
        data: (["PERSONAL_DATA", "SIMPLE_E_SIGNATURE"] as const).map((kind) => ({
          userId: user.id,
          kind,
          textVersion: `${CONSENT_TEXT_VERSION}:${number}`,
          givenAt: now,
          clientAddress: deps.clientAddress ?? null,
        })),
      });
      await audit(
        tx,
        {
          actorType: "USER",
          actorId: user.id,
          action: "appeal.submitted",
          entity: "Appeal",
          entityId: created.id,
          data: { number, type: type.code, files: stored.length },
          clientAddress: deps.clientAddress,
        },
        now,
      );
      await within?.(tx, created);
      return created;
    }, TX_OPTIONS);
  } catch (err) {
    await discardFiles(deps.storage, stored);
    throw err;
  }
  announceAppeal(deps.pubsub, appeal);
  return appeal;
}
