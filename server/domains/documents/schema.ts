import { builder } from "../../graphql/builder.js";

export interface DocumentLinkShape {
  url: string;
  expiresAt: Date;
}

export const DocumentLinkRef = builder.objectRef<DocumentLinkShape>("DocumentLink").implement({
  description: "A short-lived signed link to a PDF (valid a few minutes; fetch it without other auth)",
  fields: (t) => ({
    url: t.exposeString("url", { description: "Absolute URL of the document: GET it (no Authorization header needed) before `expiresAt`" }),
    expiresAt: t.field({ type: "DateTime", description: "When the link stops working; create a new one after that", resolve: (l) => l.expiresAt }),
  }),
});
