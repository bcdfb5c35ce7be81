import { graphql } from "../../../../gql";

export const MeterReadingsSubmit = graphql(`
  mutation MeterReadingsSubmit($input: MeterReadingsSubmitInput!) {
    meterReadingsSubmit(input: $input) {
      readings { zone value status }
      warnings { meterId zone consumption message }
      userErrors { field message code }
    }
  }
`);
