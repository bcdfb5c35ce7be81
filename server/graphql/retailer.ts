// The retailer's settings a client needs to show things as the server counts them: the clock
// days and billing months are read on. Public: the sign-in page shows dates too. The readings
// window has its own query (`readingsWindow`, with whether it is open now).
import { builder } from "./builder.js";

const RetailerRef = builder.objectRef<{ timezone: string }>("Retailer").implement({
  description: "The retailer running this cabinet: the settings clients need to show dates as the server counts them",
  fields: (t) => ({
    timezone: t.exposeString("timezone", {
      description:
        "The retailer's IANA time zone (TZ_RETAILER), e.g. Asia/Yekaterinburg: days, billing months and times of day are counted and shown on its clock, not the browser's",
    }),
  }),
});

builder.queryField("retailer", (t) =>
  t.field({
    type: RetailerRef,
    description: "The retailer's settings clients show dates by (its time zone); needs no sign-in",
    resolve: (_r, _a, ctx) => ({ timezone: ctx.config.timezone }),
  }),
);
