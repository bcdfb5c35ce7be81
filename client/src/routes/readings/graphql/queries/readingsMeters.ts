import { graphql } from "../../../../gql";

/** «Передача показаний»: the window of days and the active account's meters with their last values. */
export const ReadingsMeters = graphql(`
  query ReadingsMeters {
    readingsWindow { open text }
    readingPhotoRules { accept maxBytes }
    viewer {
      id
      activeAccount {
        id
        meters {
          id
          number
          resource
          unit
          digits
          zones
          status
          statusText
          blockedReason
          nextVerificationDate
          lastAccepted { zone value submittedAt acceptedAt }
          lastSubmitted { zone value submittedAt sourceText }
        }
      }
    }
  }
`);
