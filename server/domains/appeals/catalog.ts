// The appeal catalog (topics → reasons → form fields and file slots) is data that admins
// edit; this reads it, and the applicant's data the forms prefill (figure 32 «Данные заявителя»).
import type { Account, AppealField, AppealFileSlot, AppealTopic, AppealType, PrismaClient, User } from "../../db/generated/prisma/client.js";

export type TypeWithForm = AppealType & { topic: AppealTopic; fields: AppealField[]; fileSlots: AppealFileSlot[] };

/** An active reason of an active topic with its form, or null; `listedOnly`: one offered in «Подать заявление». */
export async function loadActiveType(db: PrismaClient, typeId: number, listedOnly = false): Promise<TypeWithForm | null> {
  return db.appealType.findFirst({
    where: { id: typeId, active: true, topic: { active: true }, ...(listedOnly ? { listed: true } : {}) },
    include: { topic: true, fields: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }, fileSlots: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] } },
  });
}

/** The reason filed by «Оспорить показания» on «Передача показаний» (domains/readings/dispute.ts). */
export const READINGS_DISPUTE_TYPE = "READINGS_DISPUTE";

/** An active reason by its code, with its form, or null. */
export async function loadTypeByCode(db: PrismaClient, code: string): Promise<TypeWithForm | null> {
  const t = await db.appealType.findFirst({ where: { code, active: true, topic: { active: true } }, select: { id: true } });
  return t ? loadActiveType(db, t.id) : null;
}

/** The «Задать вопрос» reason (6.5.3). */
export async function loadQuestionType(db: PrismaClient): Promise<TypeWithForm | null> {
  const t = await db.appealType.findFirst({
    where: { isQuestion: true, active: true, topic: { active: true } },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return t ? loadActiveType(db, t.id) : null;
}

export function ownerName(a: Pick<Account, "ownerLastName" | "ownerFirstName" | "ownerMiddleName">): string {
  return [a.ownerLastName, a.ownerFirstName, a.ownerMiddleName].filter(Boolean).join(" ");
}

export interface Applicant {
  accountNumber: string;
  name: string;
  address: string;
  email: string | null;
  phone: string | null;
}

export function applicantOf(account: Account, user: Pick<User, "email" | "phone">): Applicant {
  return { accountNumber: account.number, name: ownerName(account), address: account.address, email: user.email, phone: user.phone };
}

/** Values for fields whose `prefill` names an account attribute. */
export function prefillValues(account: Account): Record<string, string> {
  const out: Record<string, string> = {
    ownerLastName: account.ownerLastName,
    ownerFirstName: account.ownerFirstName,
    ownerMiddleName: account.ownerMiddleName ?? "",
    address: account.address,
    postalAddress: account.postalAddress ?? account.address,
    residents: String(account.residents),
    totalArea: account.totalArea?.toString() ?? "",
    livingArea: account.livingArea?.toString() ?? "",
    heatedArea: account.heatedArea?.toString() ?? "",
    rooms: account.rooms === null ? "" : String(account.rooms),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== ""));
}
