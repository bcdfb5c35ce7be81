// The retailer's settings every page formats by (its timezone, from Query.retailer) arrive
// before any page that shows a date renders, so no date is ever shown on the browser's clock and
// then changed. The sign-in forms show none and do not wait: on a slow link that is a round trip
// off a first visit. If the API cannot be reached the pages render anyway and say so themselves.
import { Show, createContext, createMemo, useContext, type Accessor, type ParentProps } from "solid-js";
import type { RouteSectionProps } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { graphql } from "../gql";
import { setRetailerTimeZone } from "../lib/format";

const RetailerQuery = graphql(`
  query Retailer {
    retailer { timezone }
  }
`);

const RetailerReady = createContext<Accessor<boolean>>(() => true);

/** Asks for the settings as the app starts. */
export function RetailerSettings(props: ParentProps) {
  const [result] = createQuery({ query: RetailerQuery });
  const ready = createMemo(() => {
    const timezone = result.data?.retailer.timezone;
    if (timezone) setRetailerTimeZone(timezone);
    return !!timezone || !!result.error;
  });
  return <RetailerReady.Provider value={ready}>{props.children}</RetailerReady.Provider>;
}

/** Pages without a date on them. */
const DATELESS = new Set(["/login", "/operator/login"]);

/** The router's root: holds back the pages that show dates until the settings are there. */
export function RetailerGate(props: RouteSectionProps) {
  const ready = useContext(RetailerReady);
  return <Show when={ready() || DATELESS.has(props.location.pathname)}>{props.children}</Show>;
}
