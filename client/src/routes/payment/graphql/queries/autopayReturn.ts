import { graphql } from "../../../../gql";

/** The verification the bank returned from: which account it was for. */
export const AutopayReturnQuery = graphql(`
  query AutopayReturn($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Payment { account { id } }
    }
  }
`);
