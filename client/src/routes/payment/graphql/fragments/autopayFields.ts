import { graphql } from "../../../../gql";

/** One account's autopay as every autopay view shows it. */
export const AutopayFields = graphql(`
  fragment AutopayFields on Autopay {
    id
    status
    connected
    statusText
    connectedByOtherUser
    mode
    modeText
    day
    maxAmount
    nextChargeOn
    card { id maskedPan brand expiry expired }
    cardVerification { id status failureReason }
    lastRun { period status statusText amount reason createdAt }
  }
`);
