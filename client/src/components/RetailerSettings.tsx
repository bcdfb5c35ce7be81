// The retailer's settings every page formats by (its timezone, from Query.retailer) arrive
// before any page renders, so no date is ever shown on the browser's clock and then changed.
// If the API cannot be reached the pages render anyway and say so themselves.
import { Show, createMemo, type ParentProps } from "solid-js";
import { createQuery } from "@urql/solid";
import { graphql } from "../gql";
import { setRetailerTimeZone } from "../lib/format";

const RetailerQuery = graphql(`
  query Retailer {
    retailer { timezone }
  }
`);

export function RetailerSettings(props: ParentProps) {
  const [result] = createQuery({ query: RetailerQuery });
  const ready = createMemo(() => {
    const timezone = result.data?.retailer.timezone;
    if (timezone) setRetailerTimeZone(timezone);
    return !!timezone || !!result.error;
  });
  return <Show when={ready()}>{props.children}</Show>;
}
