import { graphql } from "../../../../gql";

/** The bank's news about the 1 ₽ verification arrives by webhook: the panel refetches on it. */
export const AutopayCardChecked = graphql(`
  subscription AutopayCardChecked {
    paymentStatusChanged { id status }
  }
`);
