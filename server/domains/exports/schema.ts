// GraphQL surface of the exports: Account.chargesExport, readingHistoryExport and
// paymentHistoryExport — the file's content for programs (personal tokens, tokens/reach.ts) and a
// short-lived signed link for browsers. Each is made only when its field is selected.
import type { Context } from "../../context.js";
import { builder } from "../../graphql/builder.js";
import { checkMonthRange } from "../../shared/month-range.js";
import { AccountRef } from "../accounts/schema.js";
import { DocumentLinkRef } from "../documents/schema.js";
import { exportFile, exportFilename, MEDIA_TYPE, type ExportFormat, type ExportKind, type ExportParams } from "./kinds.js";
import { signExportLink } from "./links.js";

interface ExportRequest {
  kind: ExportKind;
  format: ExportFormat;
  params: ExportParams;
}

const ExportFormatEnum = builder.enumType("ExportFormat", {
  description: "The file format of an export",
  values: {
    CSV: { value: "csv", description: "For Excel: UTF-8 with a BOM, «;» between fields, dates ДД.ММ.ГГГГ (the retailer's calendar), decimals with a comma" },
    JSON: {
      value: "json",
      description: 'For programs: `{ title, account, from, to, createdAt, rows: [...] }`, ISO 8601 dates, decimals as exact strings ("1234.50")',
    },
  } as const,
});

const ExportFileRef = builder.objectRef<ExportRequest>("ExportFile").implement({
  description: "An exported table: its content, or a link to download it (valid a few minutes)",
  fields: (t) => ({
    filename: t.string({ description: "The file name, e.g. nachisleniya-2026-01-2026-11.csv", resolve: (r) => exportFilename(r.kind, r.params, r.format) }),
    mediaType: t.string({ description: "The content's media type: text/csv or application/json, UTF-8", resolve: (r) => MEDIA_TYPE[r.format] }),
    content: t.string({
      description: "The whole file as text (the CSV starts with the BOM U+FEFF)",
      resolve: async (r, _a, ctx) => (await exportFile(ctx, r.kind, r.params, r.format)).content,
    }),
    link: t.field({
      type: DocumentLinkRef,
      description: "A signed link to the same file: GET it before `expiresAt`, no other auth needed",
      resolve: (r, _a, ctx) => signExportLink(ctx, r.kind, r.params, r.format),
    }),
  }),
});

function request(kind: ExportKind, accountId: number, args: { from: Date; to: Date; format: ExportFormat; acceptedOnly?: boolean | null }): ExportRequest {
  checkMonthRange(args.from, args.to);
  return { kind, format: args.format, params: { accountId, from: args.from, to: args.to, ...(args.acceptedOnly ? { acceptedOnly: true } : {}) } };
}

type Exported = { kind: ExportKind; name: string; description: string; withAcceptedOnly?: boolean };

const EXPORTS: Exported[] = [
  {
    kind: "export-charges",
    name: "chargesExport",
    description: "«Начисления» of the range as a file: one row per service line and month, oldest first, every column",
  },
  {
    kind: "export-readings",
    name: "readingHistoryExport",
    description: "«История показаний» of the range as a file: one row per reading, oldest first",
    withAcceptedOnly: true,
  },
  {
    kind: "export-payments",
    name: "paymentHistoryExport",
    description: "«История платежей» of the range (months of the day paid) as a file: one row per payment, oldest first",
  },
];

for (const e of EXPORTS) {
  builder.prismaObjectField(AccountRef, e.name, (t) =>
    t.field({
      type: ExportFileRef,
      description: e.description,
      extensions: { workCost: { perMonth: 20 } }, // graphql/work-cost.ts: as the section's own field
      select: { id: true },
      args: {
        from: t.arg({ type: "Period", required: true, description: "«с»: first month, inclusive" }),
        to: t.arg({ type: "Period", required: true, description: "«по»: last month, inclusive; at most 36 months after `from` (else INVALID_RANGE)" }),
        format: t.arg({ type: ExportFormatEnum, required: true, description: "CSV or JSON" }),
        ...(e.withAcceptedOnly ? { acceptedOnly: t.arg.boolean({ required: false, defaultValue: false, description: "«Только принятые к расчету»" }) } : {}),
      },
      resolve: (a, args, _ctx: Context) => request(e.kind, a.id, args as Parameters<typeof request>[2]),
    }),
  );
}
