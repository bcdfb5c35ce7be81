// GraphQL documents of «Заявления» shared by the customer's section and the operators'
// console: an appeal's details (figure 31) and the signed link to one of its files.
import { graphql } from "../../gql";
import type { AppealDetailsFieldsFragment, AppealFileFieldsFragment } from "../../gql/graphql";

export const AppealFileFields = graphql(`
  fragment AppealFileFields on AppealFile {
    id
    fileName
    size
    kind
    mimeType
    slotCode
    slotLabel
  }
`);

export const AppealDetailsFields = graphql(`
  fragment AppealDetailsFields on Appeal {
    id
    number
    createdAt
    title
    topicTitle
    isQuestion
    status
    statusText
    dueDate
    processingTimeText
    overdue
    account { id number address }
    applicant { name address email phone }
    text
    fields { code label kind section value }
    attachedFiles { nodes { ...AppealFileFields } }
    answer
    answeredAt
    answerFiles { ...AppealFileFields }
    rating
    ratingText
    ratedAt
    canRate
    statusChanges { nodes { fromStatus toStatus toStatusText at comment byStaff staffName } }
  }
`);

export const AppealFileLinkCreate = graphql(`
  mutation AppealFileLinkCreate($input: AppealFileLinkCreateInput!) {
    appealFileLinkCreate(input: $input) {
      link { url expiresAt }
      userErrors { field message code }
    }
  }
`);

export type AppealDetails = AppealDetailsFieldsFragment;
export type AppealFileItem = AppealFileFieldsFragment;
