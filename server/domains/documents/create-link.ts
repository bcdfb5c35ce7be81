// The one way a document's link is handed to a caller («Сохранить в PDF», «Квитанция», «Чек»):
// a signed-in customer, the kind's own check that the document is theirs, then a short-lived
// signed link (documents/links.ts) that GET /documents/<kind>.pdf renders without other auth.
import type { Context } from "../../context.js";
import { requireUser } from "../../graphql/require-user.js";
import type { DocumentKind } from "./kinds.js";
import { linkBase, signDocumentLink } from "./links.js";
import { DOCUMENTS, type DocumentRequest } from "./registry.js";
import type { DocumentLinkShape } from "./schema.js";

export async function createDocumentLink<K extends DocumentKind>(ctx: Context, kind: K, request: DocumentRequest<K>): Promise<DocumentLinkShape> {
  requireUser(ctx);
  const grant = DOCUMENTS[kind].grant as (ctx: Context, request: DocumentRequest<K>) => ReturnType<(typeof DOCUMENTS)[K]["grant"]>;
  const params = await grant(ctx, request);
  return signDocumentLink(ctx.config.jwtSecret, linkBase(ctx), { kind, params }, ctx.clock.now());
}
