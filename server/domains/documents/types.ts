import { builder } from "../../graphql/builder.js";

export interface DocumentLinkShape {
  url: string;
  expiresAt: Date;
}

export const DocumentLinkRef = builder.objectRef<DocumentLinkShape>("DocumentLink").implement({
  description: "A short-lived signed link to a PDF (valid a few minutes; fetch it without other auth)",
  fields: (t) => ({
    url: t.exposeString("url"),
    expiresAt: t.field({ type: "DateTime", resolve: (l) => l.expiresAt }),
  }),
});
