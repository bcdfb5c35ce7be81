// Signed links to export files: the documents' short-lived links (documents/links.ts: the same
// key, audience and lifetime), served by documents-route.ts at /documents/<kind>.csv|json.
import type { Context } from "../../context.js";
import { signDocumentLink } from "../documents/links.js";
import type { DocumentLinkShape } from "../documents/schema.js";
import { claimsOf, type ExportFormat, type ExportKind, type ExportParams } from "./kinds.js";

/**
 * A browser gets a link relative to its page (documents/links.ts linkBase); a program — a
 * partner's or a personal token's — has no page, so it gets PUBLIC_URL.
 */
const baseOf = (ctx: Pick<Context, "caller" | "config">) => (ctx.caller.kind === "web" ? "" : ctx.config.publicUrl);

export async function signExportLink(
  ctx: Pick<Context, "caller" | "config" | "clock">,
  kind: ExportKind,
  p: ExportParams,
  format: ExportFormat,
): Promise<DocumentLinkShape> {
  const base = baseOf(ctx);
  const signed = await signDocumentLink(ctx.config.jwtSecret, base, { kind, params: claimsOf(p, format) }, ctx.clock.now());
  // signDocumentLink names the PDF path; the token is what matters, under the file's own extension.
  const token = new URL(signed.url, "http://x").searchParams.get("token")!;
  return { url: `${base}/documents/${kind}.${format}?token=${token}`, expiresAt: signed.expiresAt };
}
