import { graphql } from "../../../../gql";

export const AutopayDisableMutation = graphql(`
  mutation AutopayDisable($input: AutopayDisableInput!) {
    autopayDisable(input: $input) {
      autopay { ...AutopayFields }
      account { id }
      userErrors { field message code }
    }
  }
`);
