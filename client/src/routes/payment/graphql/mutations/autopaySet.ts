import { graphql } from "../../../../gql";

export const AutopaySetMutation = graphql(`
  mutation AutopaySet($input: AutopaySetInput!) {
    autopaySet(input: $input) {
      confirmationUrl
      autopay { ...AutopayFields }
      account { id }
      userErrors { field message code }
    }
  }
`);
