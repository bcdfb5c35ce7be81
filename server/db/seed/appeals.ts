// Demo appeals of the demo customer (figure 31's journal): one in each status, so the journal,
// the details, an answer to rate and a refusal can be seen at once. Keyed by number; the
// number counters are moved past the demo numbers so new appeals continue after them.
import type { AppealStatus, Prisma, PrismaClient } from "../generated/prisma/client.js";
import { addWorkingDays } from "../../domains/appeals/working-days.js";
import { calendarRows } from "./calendar.js";
import { RETAILER_TIMEZONE } from "./dates.js";
import { dateValue } from "../../shared/calendar.js";

type Tx = Prisma.TransactionClient | PrismaClient;

interface DemoAppeal {
  number: string;
  type: string;
  daysAgo: number;
  status: AppealStatus;
  text: string;
  fields?: { code: string; label: string; kind: string; section: string | null; value: string }[];
  answer?: string;
}

const DEMO_APPEALS: DemoAppeal[] = [
  {
    number: "08-000040408",
    type: "OWNER_NAME_CHANGED",
    daysAgo: 40,
    status: "REJECTED",
    text: "Прошу изменить фамилию собственника в связи с заключением брака.",
    fields: [
      { code: "passport", label: "Серия, Номер", kind: "PASSPORT", section: "Паспорт владельца объекта недвижимости", value: "71 11 123456" },
      { code: "lastNameOld", label: "Фамилия была", kind: "TEXT", section: null, value: "Иванов" },
      { code: "lastNameNew", label: "Фамилия новая", kind: "TEXT", section: null, value: "Петров" },
      { code: "firstNameNew", label: "Имя новое", kind: "TEXT", section: null, value: "Иван" },
    ],
    answer: "Не приложено свидетельство о перемене имени. Подайте заявление повторно, приложив скан-копию документа.",
  },
  {
    number: "44564",
    type: "QUESTION",
    daysAgo: 10,
    status: "COMPLETED",
    text: "Я хочу задать вопрос о личном кабинете: как подключить электронную квитанцию?",
    answer:
      "Включите переключатель «Получать квитанцию в электронном виде» в разделе «Профиль», вкладка «Подписки». Квитанция будет приходить на подтвержденный адрес электронной почты.",
  },
  { number: "42551", type: "GRATITUDE", daysAgo: 3, status: "IN_PROGRESS", text: "Благодарю за оперативную замену прибора учета." },
  { number: "42794", type: "OTHER", daysAgo: 1, status: "ACCEPTED", text: "Прошу уточнить порядок поверки прибора учета." },
];

const STEPS: Record<AppealStatus, AppealStatus[]> = {
  ACCEPTED: ["ACCEPTED"],
  IN_PROGRESS: ["ACCEPTED", "IN_PROGRESS"],
  COMPLETED: ["ACCEPTED", "IN_PROGRESS", "COMPLETED"],
  REJECTED: ["ACCEPTED", "IN_PROGRESS", "REJECTED"],
};

const DAY = 86_400_000;

export async function seedDemoAppeals(prisma: Tx, opts: { userId: number; accountNumber: string; operatorId?: number; now: Date }): Promise<number> {
  const account = await prisma.account.findUnique({ where: { number: opts.accountNumber } });
  const user = await prisma.user.findUnique({ where: { id: opts.userId } });
  if (!account || !user) return 0;
  const existing = new Set(
    (await prisma.appeal.findMany({ where: { number: { in: DEMO_APPEALS.map((a) => a.number) } }, select: { number: true } })).map((a) => a.number),
  );
  const types = new Map((await prisma.appealType.findMany()).map((t) => [t.code, t]));
  const calendar = new Map(calendarRows().map((r) => [new Date(r.date).toISOString().slice(0, 10), r.kind]));
  let inserted = 0;
  for (const a of DEMO_APPEALS) {
    const type = types.get(a.type);
    if (existing.has(a.number) || !type) continue;
    const createdAt = new Date(opts.now.getTime() - a.daysAgo * DAY);
    const filedOn = new Intl.DateTimeFormat("en-CA", { timeZone: RETAILER_TIMEZONE }).format(createdAt);
    const answeredAt = a.answer ? new Date(createdAt.getTime() + DAY) : null;
    const steps = STEPS[a.status];
    await prisma.appeal.create({
      data: {
        number: a.number,
        userId: user.id,
        accountId: account.id,
        typeId: type.id,
        status: a.status,
        text: a.text,
        fields: (a.fields ?? []) as never,
        applicantName: [account.ownerLastName, account.ownerFirstName, account.ownerMiddleName].filter(Boolean).join(" "),
        applicantAddress: account.address,
        applicantEmail: user.email,
        applicantPhone: user.phone,
        createdAt,
        dueDate: dateValue(addWorkingDays(filedOn, type.processingDays, calendar)),
        operatorId: steps.length > 1 ? (opts.operatorId ?? null) : null,
        answerText: a.answer ?? null,
        answeredAt,
        statusChanges: {
          create: steps.map((to, i) => ({
            fromStatus: i === 0 ? null : steps[i - 1]!,
            toStatus: to,
            userId: i === 0 ? user.id : null,
            staffUserId: i === 0 ? null : (opts.operatorId ?? null),
            comment: to === "REJECTED" ? (a.answer ?? null) : null,
            at: i === 0 ? createdAt : i === steps.length - 1 && answeredAt ? answeredAt : new Date(createdAt.getTime() + 3_600_000),
          })),
        },
      },
    });
    inserted += 1;
  }
  // New appeals continue after the demo numbers (44565, 08-000040409 …).
  for (const [name, value] of [
    ["appeal", 44564],
    ["appeal:08", 40408],
  ] as const) {
    await prisma.$executeRawUnsafe(
      `INSERT INTO "NumberSequence" (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = GREATEST("NumberSequence".value, EXCLUDED.value)`,
      name,
      value,
    );
  }
  return inserted;
}
