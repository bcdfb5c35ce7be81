// GraphQL surface of meter blocking for the operators' console: find an account by number,
// see its meters, block or unblock one with a reason the customer sees.
import type { Meter } from "../../db/generated/prisma/client.js";
import type { Context } from "../../context.js";
import { builder } from "../../graphql/builder.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { forbidden } from "../../shared/errors.js";
import { MeterRef } from "./schema.js";
import { blockMeter, unblockMeter, type MeterBlockDeps } from "./meter-blocking.js";

const deps = (ctx: Context): MeterBlockDeps => ({ db: ctx.db, clock: ctx.clock, clientAddress: ctx.clientAddress });

function staffId(ctx: Context): number {
  if (ctx.auth.kind !== "staff") throw forbidden();
  return ctx.auth.staffId;
}

builder.prismaObjectField(MeterRef, "operatorBlockReason", (t) =>
  t.exposeString("blockedReason", { nullable: true, description: "The reason an operator blocked readings with (raw; null when not blocked)" }),
);

builder.queryField("staffAccount", (t) =>
  t.prismaField({
    type: "Account",
    nullable: true,
    authScopes: { staff: true },
    description: "Staff: an account (ЛС) by its 10-digit number, e.g. to reach its meters",
    args: { number: t.arg.string({ required: true, description: "The personal account's number: 10 digits" }) },
    resolve: (query, _r, args, ctx) => ctx.db.account.findUnique({ ...query, where: { number: args.number.trim() } }),
  }),
);

const MeterPayload = (name: string) =>
  payloadType<{ meter: Meter }>(name, (p) => ({
    meter: p.field({ type: MeterRef, nullable: true, description: "The meter as it is now", resolve: (r) => r.meter ?? null }),
  }));

builder.mutationField("meterBlock", (t) =>
  t.field({
    type: MeterPayload("MeterBlockPayload"),
    authScopes: { staff: true },
    description: "Staff: stops readings for a meter; the customer sees «Прием показаний по прибору учета заблокирован: <reason>»",
    args: {
      input: t.arg({
        type: builder.inputType("MeterBlockInput", {
          fields: (f) => ({
            meterId: f.globalID({ for: [MeterRef], description: "The meter (`Meter.id`)" }),
            reason: f.string({ description: "Why, as the customer will read it (Russian, up to 500 characters)" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => ({ meter: await blockMeter(deps(ctx), staffId(ctx), Number(input.meterId.id), input.reason) })),
  }),
);

builder.mutationField("meterUnblock", (t) =>
  t.field({
    type: MeterPayload("MeterUnblockPayload"),
    authScopes: { staff: true },
    description: "Staff: accepts readings for a blocked meter again",
    args: {
      input: t.arg({
        type: builder.inputType("MeterUnblockInput", {
          fields: (f) => ({ meterId: f.globalID({ for: [MeterRef], description: "The blocked meter (`Meter.id`)" }) }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) => mutationPayload(async () => ({ meter: await unblockMeter(deps(ctx), staffId(ctx), Number(input.meterId.id)) })),
  }),
);
