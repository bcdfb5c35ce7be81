import { graphql } from "../../../../gql";

/** «Автоплатежи» of «Оплата»: the active account's autopay and the viewer's saved cards. */
export const AutopayBlockQuery = graphql(`
  query AutopayBlock($id: ID!) {
    viewer { id cards(first: 100) { nodes { id maskedPan brand expiry expired } } }
    node(id: $id) {
      __typename
      id
      ... on Account { number autopay { ...AutopayFields } }
    }
  }
`);
