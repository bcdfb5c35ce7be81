import { graphql } from "../../../../gql";

/** What the dispute form shows: the photo's rules and the consents' wording, as the server records them. */
export const ReadingDisputeForm = graphql(`
  query ReadingDisputeForm {
    readingPhotoRules { maxBytes accept hint }
    appealConsents { version personalData simpleSignature }
    viewer { id appealsAccess { allowed reason } }
  }
`);
