import { graphql } from "../../../../gql";

/** «Оспорить показания»: the appeal with the photo of the display (a multipart request). */
export const ReadingDisputeSubmit = graphql(`
  mutation ReadingDisputeSubmit($input: ReadingDisputeSubmitInput!) {
    readingDisputeSubmit(input: $input) {
      appeal { id number statusText }
      userErrors { field message code }
    }
  }
`);
