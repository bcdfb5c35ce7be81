// «Часто задаваемые вопросы» (manual 6.5): customers read and search the published entries;
// operators add, edit, reorder, publish and unpublish them in the console. Every staff change is
// audited with the employee's id and the fields before and after. Bad input changes nothing.
import type { FaqEntry, PrismaClient } from "../../db/generated/prisma/client.js";
import { audit } from "../../shared/audit.js";
import type { Clock } from "../../shared/clock.js";
import { UserFacingError, type UserErrorData } from "../../shared/errors.js";
import { problem, userError } from "./errors.js";
import { searchEntries } from "./search.js";

const LIMITS = { question: 500, answer: 10_000, topic: 100 } as const;
const MAX_POSITION = 1_000_000;

export interface FaqDeps {
  db: PrismaClient;
  clock: Clock;
  clientAddress?: string | null;
}

export interface FaqInput {
  topic?: string | null;
  question?: string | null;
  answer?: string | null;
  position?: number | null;
  published?: boolean | null;
}

type Data = Partial<Pick<FaqEntry, "topic" | "question" | "answer" | "position" | "published">>;

/** The published entries in the console's order, those matching `search` when given. */
export async function publishedFaq(db: PrismaClient, search?: string | null): Promise<FaqEntry[]> {
  const entries = await db.faqEntry.findMany({ where: { published: true }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  return searchEntries(entries, search);
}

/** Every entry, unpublished too, for the console. */
export function allFaq(db: PrismaClient, search?: string | null): Promise<FaqEntry[]> {
  return db.faqEntry.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] }).then((entries) => searchEntries(entries, search));
}

function text(errors: UserErrorData[], name: keyof typeof LIMITS, value: string | null | undefined): string {
  const v = (value ?? "").trim();
  if (!v) errors.push(problem("REQUIRED", ["input", name], name));
  else if (v.length > LIMITS[name]) errors.push(problem("TOO_LONG", ["input", name], name));
  return v;
}

/** The patch as stored; `creating` makes the texts required, else only given ones are checked. */
function clean(input: FaqInput, creating: boolean): Data {
  const errors: UserErrorData[] = [];
  const data: Data = {};
  const given = (v: unknown) => creating || (v !== undefined && v !== null);
  if (given(input.topic)) data.topic = text(errors, "topic", input.topic);
  if (given(input.question)) data.question = text(errors, "question", input.question);
  if (given(input.answer)) data.answer = text(errors, "answer", input.answer);
  if (typeof input.position === "number") {
    if (!Number.isInteger(input.position) || input.position < 0 || input.position > MAX_POSITION)
      errors.push(problem("INVALID_VALUE", ["input", "position"], "position"));
    data.position = input.position;
  }
  if (typeof input.published === "boolean") data.published = input.published;
  if (errors.length) throw new UserFacingError(errors);
  return data;
}

/** A new entry; placed after the last one unless a position is given. */
export async function createFaqEntry(deps: FaqDeps, staffId: number, input: FaqInput): Promise<FaqEntry> {
  const data = clean(input, true);
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const last = data.position === undefined ? await tx.faqEntry.aggregate({ _max: { position: true } }) : null;
    const entry = await tx.faqEntry.create({
      data: {
        topic: data.topic!,
        question: data.question!,
        answer: data.answer!,
        position: data.position ?? Math.min((last?._max.position ?? 0) + 10, MAX_POSITION),
        published: data.published ?? true,
        updatedById: staffId,
        createdAt: now,
        updatedAt: now,
      },
    });
    await audit(
      tx,
      {
        actorType: "STAFF",
        actorId: staffId,
        action: "faq.created",
        entity: "FaqEntry",
        entityId: entry.id,
        data: { after: data },
        clientAddress: deps.clientAddress,
      },
      now,
    );
    return entry;
  });
}

/** Changes the given fields; omitted ones stay. */
export async function updateFaqEntry(deps: FaqDeps, staffId: number, id: number, input: FaqInput): Promise<FaqEntry> {
  const data = clean(input, false);
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const current = await tx.faqEntry.findUnique({ where: { id } });
    if (!current) throw userError("FAQ_NOT_FOUND", ["input", "entryId"]);
    const changed = (Object.keys(data) as (keyof Data)[]).filter((k) => data[k] !== current[k]);
    if (!changed.length) return current;
    const before = Object.fromEntries(changed.map((k) => [k, current[k]]));
    const after = Object.fromEntries(changed.map((k) => [k, data[k]]));
    const entry = await tx.faqEntry.update({ where: { id }, data: { ...after, updatedById: staffId, updatedAt: now } });
    await audit(
      tx,
      {
        actorType: "STAFF",
        actorId: staffId,
        action: "faq.updated",
        entity: "FaqEntry",
        entityId: id,
        data: { before, after },
        clientAddress: deps.clientAddress,
      },
      now,
    );
    return entry;
  });
}
