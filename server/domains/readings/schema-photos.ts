// GraphQL surface of the photos of meters' displays attached to readings (photo-store.ts): a
// reading's photo and a short-lived signed link to it, for the account's customers and staff.
import { builder } from "../../graphql/builder.js";
import { mutationPayload, payloadType } from "../../graphql/user-errors.js";
import { notSignedIn } from "../../shared/errors.js";
import { visibleAccounts } from "../accounts/access.js";
import { signFileLink } from "../appeals/file-links.js";
import { linkBase } from "../documents/links.js";
import { DocumentLinkRef, type DocumentLinkShape } from "../documents/schema.js";
import { userError } from "./errors.js";
import { MeterReadingRef } from "./schema.js";

export const ReadingPhotoRef = builder.prismaNode("ReadingPhoto", {
  description: "A photo of a meter's display sent with readings (a JPEG without the camera's metadata); get it with readingPhotoLinkCreate",
  id: { field: "id" },
  nullable: true, // another account's photo reads as missing
  findUnique: (id, ctx) => ({ id: Number(id), AND: [{ meter: { account: visibleAccounts(ctx) } }] }),
  fields: (t) => ({
    fileName: t.exposeString("fileName", { description: "The name to save it under" }),
    size: t.exposeInt("size", { description: "Bytes" }),
    width: t.exposeInt("width", { description: "Pixels across, as shown (the camera's orientation applied)" }),
    height: t.exposeInt("height", { description: "Pixels down" }),
    uploadedAt: t.expose("uploadedAt", { type: "DateTime", description: "When it was sent" }),
  }),
});

builder.prismaObjectField(MeterReadingRef, "photo", (t) =>
  t.field({
    type: ReadingPhotoRef,
    nullable: true,
    description: "The photo of the display sent with this reading; null when none was",
    select: { meterId: true, submissionId: true },
    resolve: (r, _a, ctx) => (r.submissionId ? ctx.db.readingPhoto.findFirst({ where: { meterId: r.meterId, submissionId: r.submissionId } }) : null),
  }),
);

builder.mutationField("readingPhotoLinkCreate", (t) =>
  t.field({
    type: payloadType<{ link: DocumentLinkShape }>("ReadingPhotoLinkCreatePayload", (p) => ({
      link: p.field({
        description: "The signed link to the photo (valid for minutes: see `expiresAt`)",
        type: DocumentLinkRef,
        nullable: true,
        resolve: (r) => r.link,
      }),
    })),
    description: "A short-lived signed link to a photo of a meter's display: the account's customers, and staff",
    args: {
      input: t.arg({
        type: builder.inputType("ReadingPhotoLinkCreateInput", {
          fields: (f) => ({ photoId: f.globalID({ for: [ReadingPhotoRef], description: "The photo (`ReadingPhoto.id`)" }) }),
        }),
        required: true,
      }),
    },
    resolve: (_r, { input }, ctx) =>
      mutationPayload(async () => {
        if (ctx.auth.kind !== "user" && ctx.auth.kind !== "staff") throw notSignedIn();
        const photo = await ctx.db.readingPhoto.findFirst({ where: { id: Number(input.photoId.id), meter: { account: visibleAccounts(ctx) } } });
        if (!photo) throw userError("PHOTO_NOT_FOUND", ["input", "photoId"]);
        return { link: await signFileLink("readingPhoto", ctx.config.jwtSecret, linkBase(ctx), photo, ctx.clock.now()) };
      }),
  }),
);
