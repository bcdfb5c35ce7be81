// What the header and the home page (6.1) show, read per request by home-sql.ts's prepared
// statements and handed to the Pothos fields that show it (schema-home.ts, identity/schema.ts):
//  - the viewer — the user's row, the linked accounts' rows, the unread count — in one
//    statement; the user row carries the rest (`viewerHomeOf`), so `accounts`, `activeAccount`
//    and `unreadNotificationCount` under it read nothing more. The `viewer` field looks ahead in
//    its selection (`activeAccountParts`): the active account's blocks it asks for come in the
//    same statement and are handed to their fields once (a home miss is one round trip);
//  - an account's blocks — «К оплате», the client office, «Тарифы», «Ваши документы»,
//    «Уведомления» — in one statement for every block that the fields resolving in the same tick
//    ask for (DataLoader batches them).
// Nothing is remembered beyond the statement (DataLoader's cache is off): a mutation's payload,
// or a subscription's event, reads what is stored when it resolves.
import DataLoader from "dataloader";
import { createContextCache } from "@pothos/core";
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import type { Context } from "../../context.js";
import type { Account, AccountDocument, AccountNotice, User } from "../../db/generated/prisma/client.js";
import { fromJsonRow } from "../../db/json-rows.js";
import { localDate } from "../../shared/calendar.js";
import { amountDueOf, type AmountDue, type AmountDueRow } from "./amount-due.js";
import { ACCOUNT_PARTS, accountPartsSql, viewerHomeSql, type AccountPart } from "./home-sql.js";
import { subfields } from "../../graphql/selection.js";
import type { TariffRow } from "./tariffs.js";

export interface ViewerHome {
  user: User;
  /** Linked accounts by number. */
  accounts: Account[];
  /** The account chosen in the header if it is still linked, else the first linked one. */
  activeAccount: Account | null;
  unread: number;
}

export interface AccountParts {
  amountDue: AmountDue;
  office: { address: string; url: string | null } | null;
  tariffs: TariffRow[];
  documents: Pick<AccountDocument, "title" | "status" | "statusText">[];
  notices: Pick<AccountNotice, "kind" | "text" | "createdAt">[];
}

const HOME = Symbol("viewerHome");

/** The rest of the viewer's home read with this user row, when it came from `viewerHome`. */
export function viewerHomeOf(user: User): ViewerHome | undefined {
  return (user as User & { [HOME]?: ViewerHome })[HOME];
}

type PartKey = `${number}:${AccountPart}`;

const loaders = createContextCache((ctx: Context) => {
  // The active account's blocks asked for with the viewer, and those read with it, each handed out once.
  const activeParts = new Set<AccountPart>();
  const preread = new Map<PartKey, unknown>();
  return {
    activeParts,
    preread,
    viewer: new DataLoader<number, ViewerHome | null>(
      (ids) => {
        const parts = [...activeParts];
        activeParts.clear();
        return Promise.all(ids.map((id) => readViewer(ctx, id, parts, preread)));
      },
      { cache: false },
    ),
    parts: new DataLoader<PartKey, unknown>((keys) => readParts(ctx, keys), { cache: false }),
  };
});

/** The Account fields that show each block (schema-home.ts, schema.ts). */
const PART_OF_FIELD: Record<string, AccountPart> = {
  amountDue: "amountDue",
  objectParameters: "office",
  tariffs: "tariffs",
  documents: "documents",
  activeNotices: "notices",
  notices: "notices",
};

// By the `viewer` field's node: a parsed document is cached and shared by its requests (yoga's parser cache).
const partsByNode = new WeakMap<FieldNode, AccountPart[]>();

/** The blocks of `viewer { activeAccount { … } }` this `viewer` field's selection asks for. */
export function activeAccountParts(info: GraphQLResolveInfo): AccountPart[] {
  const node = info.fieldNodes[0]!;
  let parts = info.fieldNodes.length === 1 ? partsByNode.get(node) : undefined;
  if (!parts) {
    const active = subfields(info.fragments, info.fieldNodes).filter((f) => f.name.value === "activeAccount");
    const asked = new Set(subfields(info.fragments, active).map((f) => PART_OF_FIELD[f.name.value]));
    parts = ACCOUNT_PARTS.filter((p) => asked.has(p));
    if (info.fieldNodes.length === 1) partsByNode.set(node, parts);
  }
  return parts;
}

/**
 * The viewer's home: user, linked accounts, unread count (null: no such user); `activeParts`:
 * the active account's blocks to read in the same statement.
 */
export function viewerHome(ctx: Context, userId: number, activeParts: readonly AccountPart[] = []): Promise<ViewerHome | null> {
  const l = loaders(ctx);
  for (const p of activeParts) l.activeParts.add(p);
  return l.viewer.load(userId);
}

/** One block of an account: read with the viewer, else with the other blocks asked for in the same tick. */
export function accountPart<P extends AccountPart>(ctx: Context, accountId: number, part: P): Promise<AccountParts[P]> {
  const l = loaders(ctx);
  const key: PartKey = `${accountId}:${part}`;
  if (l.preread.has(key)) {
    const value = l.preread.get(key);
    l.preread.delete(key);
    return Promise.resolve(value as AccountParts[P]);
  }
  return l.parts.load(key) as Promise<AccountParts[P]>;
}

type ViewerRow = { user: Record<string, unknown>; unread: number; accounts: Record<string, unknown>[]; activeId?: number | null } & PartsRow;

async function readViewer(ctx: Context, userId: number, parts: AccountPart[], preread: Map<PartKey, unknown>): Promise<ViewerHome | null> {
  const q = viewerHomeSql(parts);
  const day = q.needsDay ? [localDate(ctx.clock.now(), ctx.config.timezone)] : [];
  const [row] = await ctx.sql.query<ViewerRow>(q.text, [userId, ...day], { prepareAs: q.name });
  if (!row) return null;
  const user = fromJsonRow<User>("User", row.user);
  const accounts = row.accounts.map((a) => fromJsonRow<Account>("Account", a));
  const activeAccount = accounts.find((a) => a.id === user.activeAccountId) ?? accounts[0] ?? null;
  const home: ViewerHome = { user, accounts, activeAccount, unread: row.unread };
  Object.defineProperty(user, HOME, { value: home });
  // The statement picks the active account by the same rule; read for another, its blocks are not used.
  if (activeAccount && row.activeId === activeAccount.id) for (const p of parts) preread.set(`${activeAccount.id}:${p}`, shape(p, row[p]));
  return home;
}

type PartsRow = Partial<Record<AccountPart, unknown>>;

/** The blocks asked for in one tick: one statement per account (nearly always one), every block asked of any. */
async function readParts(ctx: Context, keys: readonly PartKey[]): Promise<unknown[]> {
  const ids = new Set<number>();
  const parts = new Set<AccountPart>();
  for (const key of keys) {
    const [id, part] = key.split(":") as [string, AccountPart];
    ids.add(Number(id));
    parts.add(part);
  }
  const q = accountPartsSql([...parts]);
  const day = q.needsDay ? [localDate(ctx.clock.now(), ctx.config.timezone)] : [];
  const rows = new Map<number, PartsRow>();
  await Promise.all(
    [...ids].map(async (id) => {
      const [row] = await ctx.sql.query<PartsRow>(q.text, [id, ...day], { prepareAs: q.name });
      rows.set(id, row!);
    }),
  );
  return keys.map((key) => {
    const [id, part] = key.split(":") as [string, AccountPart];
    return shape(part, rows.get(Number(id))![part]);
  });
}

function shape(part: AccountPart, value: unknown): unknown {
  switch (part) {
    case "amountDue":
      return amountDueOf(value as AmountDueRow | null);
    case "notices":
      for (const n of value as { createdAt: unknown }[]) n.createdAt = new Date(n.createdAt as string);
      return value;
    default:
      return value;
  }
}
