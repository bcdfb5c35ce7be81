/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsumptionComparison($accountId: ID!, $period: Period) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        consumptionComparison(period: $period) {\n          period\n          yearAgo\n          services {\n            service\n            serviceCode\n            unit\n            current { period volume basis }\n            yearAgo { period volume basis }\n            months { period volume basis }\n            norm { volume }\n            changeFromYearAgoPercent\n            changeFromNormPercent\n            yearAgoText\n            normText\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsumptionComparisonDocument,
    "\n  mutation ViewerPasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ViewerPasswordChangeDocument,
    "\n  mutation ContactCodeSend($input: ContactCodeSendInput!) {\n    contactCodeSend(input: $input) {\n      sent\n      userErrors { field message code }\n    }\n  }\n": typeof types.ContactCodeSendDocument,
    "\n  mutation PhoneConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id phone phoneConfirmed profileCompleteness }\n      userErrors { field message code }\n    }\n  }\n": typeof types.PhoneConfirmDocument,
    "\n  query Retailer {\n    retailer { timezone }\n  }\n": typeof types.RetailerDocument,
    "\n  mutation ViewerActiveAccountSet($input: ViewerActiveAccountSetInput!) {\n    viewerActiveAccountSet(input: $input) {\n      viewer { id activeAccount { id } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ViewerActiveAccountSetDocument,
    "\n  query AppViewer {\n    viewer {\n      id\n      login\n      unreadNotificationCount\n      accounts { id number address }\n      activeAccount {\n        id\n        number\n        ownerFullName\n        address\n        amountDue { asOf total penalty }\n      }\n    }\n  }\n": typeof types.AppViewerDocument,
    "\n  mutation SessionRefresh {\n    sessionRefresh {\n      session { accessToken accessTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.SessionRefreshDocument,
    "\n  mutation SessionRevoke {\n    sessionRevoke { revoked userErrors { code } }\n  }\n": typeof types.SessionRevokeDocument,
    "\n  mutation StaffSessionRefresh {\n    staffSessionRefresh {\n      session { accessToken accessTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.StaffSessionRefreshDocument,
    "\n  mutation StaffSessionRevoke {\n    staffSessionRevoke { revoked userErrors { code } }\n  }\n": typeof types.StaffSessionRevokeDocument,
    "\n  query AppealsAccess {\n    viewer {\n      id\n      appealsAccess { allowed code reason }\n    }\n  }\n": typeof types.AppealsAccessDocument,
    "\n  query AppealsJournal($first: Int!) {\n    viewer {\n      id\n      appeals(first: $first) {\n        totalCount\n        pageInfo { hasNextPage }\n        nodes {\n          id\n          number\n          createdAt\n          title\n          status\n          statusText\n          account { id number }\n        }\n      }\n    }\n  }\n": typeof types.AppealsJournalDocument,
    "\n  query AppealDetails($id: ID!) {\n    appealRatingOptions { value label }\n    node(id: $id) {\n      __typename\n      id\n      ... on Appeal { ...AppealDetailsFields }\n    }\n  }\n": typeof types.AppealDetailsDocument,
    "\n  mutation AppealRate($input: AppealRateInput!) {\n    appealRate(input: $input) {\n      appeal { ...AppealDetailsFields }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AppealRateDocument,
    "\n  subscription AppealStatusChanged {\n    appealStatusChanged { id number status statusText }\n  }\n": typeof types.AppealStatusChangedDocument,
    "\n  mutation AppealQuestionSubmit($input: AppealQuestionSubmitInput!) {\n    appealQuestionSubmit(input: $input) {\n      appeal { id number }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AppealQuestionSubmitDocument,
    "\n  mutation AppealSubmit($input: AppealSubmitInput!) {\n    appealSubmit(input: $input) {\n      appeal { id number }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AppealSubmitDocument,
    "\n  fragment AppealFileFields on AppealFile {\n    id\n    fileName\n    size\n    kind\n    mimeType\n    slotCode\n    slotLabel\n  }\n": typeof types.AppealFileFieldsFragmentDoc,
    "\n  fragment AppealDetailsFields on Appeal {\n    id\n    number\n    createdAt\n    title\n    topicTitle\n    isQuestion\n    status\n    statusText\n    dueDate\n    processingTimeText\n    overdue\n    account { id number address }\n    applicant { name address email phone }\n    text\n    fields { code label kind section value }\n    attachedFiles { nodes { ...AppealFileFields } }\n    answer\n    answeredAt\n    answerFiles { ...AppealFileFields }\n    rating\n    ratingText\n    ratedAt\n    canRate\n    statusChanges { nodes { fromStatus toStatus toStatusText at comment byStaff staffName } }\n  }\n": typeof types.AppealDetailsFieldsFragmentDoc,
    "\n  mutation AppealFileLinkCreate($input: AppealFileLinkCreateInput!) {\n    appealFileLinkCreate(input: $input) {\n      link { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AppealFileLinkCreateDocument,
    "\n  query AppealForm($includeQuestions: Boolean!) {\n    appealTopics(includeQuestions: $includeQuestions) {\n      id\n      code\n      title\n      types {\n        id\n        code\n        title\n        topicTitle\n        processingDays\n        maxProcessingDays\n        processingTimeText\n        isQuestion\n        fields { code label kind required section prefillKey sortOrder }\n        fileSlots { code label required multiple sortOrder }\n      }\n    }\n    appealUploadRules { maxTotalBytes maxFiles allowedExtensions accept hint }\n    appealConsents { version personalData simpleSignature }\n    viewer {\n      id\n      activeAccount { id }\n      accounts {\n        id\n        number\n        address\n        appealApplicant { accountNumber name address email phone prefill { key value } }\n      }\n    }\n  }\n": typeof types.AppealFormDocument,
    "\n  query ChargeHistory($accountId: ID!, $from: Period!, $to: Period!) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        charges(from: $from, to: $to) {\n          from\n          to\n          emptyColumns\n          months {\n            period\n            billed\n            totals { openingBalance charged paid recalculation penalty closingBalance }\n            lines {\n              service\n              zone\n              supplier\n              lossesPercent\n              transformationRatio\n              openingBalance\n              method\n              methodText\n              norm\n              volume\n              unit\n              tariff\n              charged\n              paid\n              recalculation\n              penalty\n              closingBalance\n              explanation { steps { label formula value } total }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChargeHistoryDocument,
    "\n  mutation ChargesPdfCreate($input: ChargesPdfCreateInput!) {\n    chargesPdfCreate(input: $input) {\n      document { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ChargesPdfCreateDocument,
    "\n  query ChargesExport($accountId: ID!, $from: Period!, $to: Period!, $format: ExportFormat!) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        chargesExport(from: $from, to: $to, format: $format) { link { url expiresAt } }\n      }\n    }\n  }\n": typeof types.ChargesExportDocument,
    "\n  mutation EmailConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.EmailConfirmDocument,
    "\n  query Faq($search: String) {\n    faq(search: $search) { id topic question answer }\n  }\n": typeof types.FaqDocument,
    "\n  query HomeAccount {\n    viewer {\n      id\n      activeAccount {\n        id\n        objectParameters { label value url }\n        tariffs { service rate unit }\n        documents { title status statusText }\n        activeNotices(first: 100) { nodes { kind text createdAt } }\n      }\n    }\n  }\n": typeof types.HomeAccountDocument,
    "\n  query HomeNews {\n    companyNews(first: 4) { nodes { id title url publishedAt } }\n  }\n": typeof types.HomeNewsDocument,
    "\n  query QuickLinksWindow {\n    readingsWindow { fromDay toDay }\n  }\n": typeof types.QuickLinksWindowDocument,
    "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt }\n      passwordChangeRequired\n      userErrors { field message code }\n    }\n  }\n": typeof types.SessionCreateDocument,
    "\n  query NotificationsList($first: Int!, $after: String) {\n    viewer {\n      id\n      unreadNotificationCount\n      notifications(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id kind title body createdAt read accessNotice { id reported appeal { number } } }\n      }\n    }\n  }\n": typeof types.NotificationsListDocument,
    "\n  mutation NotificationsMarkAllRead($upToId: ID) {\n    notificationsMarkAllRead(input: { upToId: $upToId }) {\n      markedCount\n      viewer { id unreadNotificationCount }\n      userErrors { code message }\n    }\n  }\n": typeof types.NotificationsMarkAllReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded { id kind title body createdAt read accessNotice { id reported appeal { number } } }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation AccountAccessReport($id: ID!) {\n    accountAccessReport(input: { noticeId: $id }) {\n      newcomerRemoved\n      notice { id reported appeal { number } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AccountAccessReportDocument,
    "\n  mutation OperatorAppealTake($input: AppealTakeInput!) {\n    appealTake(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OperatorAppealTakeDocument,
    "\n  mutation OperatorAppealAnswer($input: AppealAnswerInput!) {\n    appealAnswer(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OperatorAppealAnswerDocument,
    "\n  mutation OperatorAppealReject($input: AppealRejectInput!) {\n    appealReject(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OperatorAppealRejectDocument,
    "\n  mutation OperatorAppealDueDateExtend($input: AppealDueDateExtendInput!) {\n    appealDueDateExtend(input: $input) {\n      appeal { id dueDate }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OperatorAppealDueDateExtendDocument,
    "\n  query ContactCentreSearch($query: String!) {\n    contactCentreUserSearch(query: $query) { userId login email phone accountNumbers deletionRequested }\n  }\n": typeof types.ContactCentreSearchDocument,
    "\n  fragment ContactCentreCardFields on ContactCentreUserCard {\n    userId login email emailConfirmedAt phone phoneConfirmedAt registeredAt deletionRequestedAt\n    accounts { number address linkedAt }\n    sessions { startedAt lastUsedAt clientAddress userAgent endedAt endReason }\n  }\n": typeof types.ContactCentreCardFieldsFragmentDoc,
    "\n  mutation ContactCentreUserOpen($input: ContactCentreUserOpenInput!) {\n    contactCentreUserOpen(input: $input) { user { ...ContactCentreCardFields } userErrors { field message code } }\n  }\n": typeof types.ContactCentreUserOpenDocument,
    "\n  mutation ContactCentreUserSignOut($input: ContactCentreUserSignOutInput!) {\n    contactCentreUserSignOut(input: $input) { sessionsEnded userErrors { field message code } }\n  }\n": typeof types.ContactCentreUserSignOutDocument,
    "\n  mutation ContactCentreUserReset($input: ContactCentreUserResetInput!) {\n    contactCentreUserReset(input: $input) { login accountNumbers userErrors { field message code } }\n  }\n": typeof types.ContactCentreUserResetDocument,
    "\n  mutation ContactCentreConfirmationResend($input: ContactCentreConfirmationResendInput!) {\n    contactCentreConfirmationResend(input: $input) { sent userErrors { field message code } }\n  }\n": typeof types.ContactCentreConfirmationResendDocument,
    "\n  query StaffReadingDispute($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Appeal {\n        readingDispute {\n          meter { id number unit resource digits zones }\n          entered { zone value }\n          accepted { zone value }\n          photo { id fileName }\n          correctedAt\n          correction { zone value sourceText }\n          meterHistory { zone value period submittedAt sourceText status photo { id } }\n        }\n      }\n    }\n  }\n": typeof types.StaffReadingDisputeDocument,
    "\n  mutation OperatorReadingDisputeAccept($input: ReadingDisputeAcceptInput!) {\n    readingDisputeAccept(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OperatorReadingDisputeAcceptDocument,
    "\n  mutation OperatorReadingPhotoLinkCreate($input: ReadingPhotoLinkCreateInput!) {\n    readingPhotoLinkCreate(input: $input) {\n      link { url }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OperatorReadingPhotoLinkCreateDocument,
    "\n  query OperatorFaq($search: String) {\n    staffFaq(search: $search) { id topic question answer position published updatedAt }\n  }\n": typeof types.OperatorFaqDocument,
    "\n  mutation OperatorFaqCreate($input: FaqEntryCreateInput!) {\n    faqEntryCreate(input: $input) {\n      entry { id topic question answer position published updatedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OperatorFaqCreateDocument,
    "\n  mutation OperatorFaqUpdate($input: FaqEntryUpdateInput!) {\n    faqEntryUpdate(input: $input) {\n      entry { id topic question answer position published updatedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OperatorFaqUpdateDocument,
    "\n  query OperatorAccountMeters($number: String!) {\n    staffAccount(number: $number) {\n      id\n      number\n      ownerFullName\n      address\n      meters { id number resource statusText operatorBlockReason blockedReason }\n    }\n  }\n": typeof types.OperatorAccountMetersDocument,
    "\n  mutation OperatorMeterBlock($input: MeterBlockInput!) {\n    meterBlock(input: $input) {\n      meter { id operatorBlockReason blockedReason }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OperatorMeterBlockDocument,
    "\n  mutation OperatorMeterUnblock($input: MeterUnblockInput!) {\n    meterUnblock(input: $input) {\n      meter { id operatorBlockReason blockedReason }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OperatorMeterUnblockDocument,
    "\n  query OperatorNews($first: Int!, $published: Boolean) {\n    staffNews(first: $first, published: $published) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes { id title body url published publishedAt }\n    }\n  }\n": typeof types.OperatorNewsDocument,
    "\n  mutation OperatorNewsCreate($input: NewsCreateInput!) {\n    newsCreate(input: $input) {\n      news { id title published }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OperatorNewsCreateDocument,
    "\n  mutation OperatorNewsUpdate($input: NewsUpdateInput!) {\n    newsUpdate(input: $input) {\n      news { id title body url published publishedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OperatorNewsUpdateDocument,
    "\n  mutation OperatorNewsPublish($input: NewsIdInput!) {\n    newsPublish(input: $input) {\n      news { id published publishedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OperatorNewsPublishDocument,
    "\n  mutation OperatorNewsUnpublish($input: NewsIdInput!) {\n    newsUnpublish(input: $input) {\n      news { id published publishedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.OperatorNewsUnpublishDocument,
    "\n  query OperatorViewer {\n    staffViewer { id login fullName role }\n  }\n": typeof types.OperatorViewerDocument,
    "\n  mutation StaffSessionCreate($input: StaffSessionCreateInput!) {\n    staffSessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt }\n      staff { id login fullName role }\n      userErrors { field message code }\n    }\n  }\n": typeof types.StaffSessionCreateDocument,
    "\n  query StaffQueue($status: [AppealStatus!], $overdueOnly: Boolean, $number: String, $accountNumber: String, $first: Int!) {\n    staffAppealCounts { accepted inProgress overdue }\n    staffAppeals(status: $status, overdueOnly: $overdueOnly, number: $number, accountNumber: $accountNumber, first: $first) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes {\n        id\n        number\n        createdAt\n        title\n        isQuestion\n        status\n        statusText\n        dueDate\n        overdue\n        account { id number }\n        operator { login fullName }\n      }\n    }\n  }\n": typeof types.StaffQueueDocument,
    "\n  query StaffAppealDetails($id: ID!) {\n    appealUploadRules { maxTotalBytes maxFiles }\n    node(id: $id) {\n      __typename\n      id\n      ... on Appeal {\n        ...AppealDetailsFields\n        operator { login fullName }\n        type { id processingDays maxProcessingDays }\n        readingDispute { correctedAt }\n      }\n    }\n  }\n": typeof types.StaffAppealDetailsDocument,
    "\n  subscription StaffAppealQueueChanged {\n    staffAppealQueueChanged { id number status statusText }\n  }\n": typeof types.StaffAppealQueueChangedDocument,
    "\n  query PasswordChangeState {\n    viewer { id }\n  }\n": typeof types.PasswordChangeStateDocument,
    "\n  mutation SavedCardDelete($input: SavedCardDeleteInput!) {\n    savedCardDelete(input: $input) {\n      deletedCardId\n      disabledAutopays\n      viewer { id cards(first: 100) { nodes { id maskedPan brand expiry expired } } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.SavedCardDeleteDocument,
    "\n  query PaymentHistory($first: Int!) {\n    viewer {\n      id\n      activeAccount {\n        id\n        paymentHistory(first: $first) {\n          totalCount\n          pageInfo { hasNextPage }\n          nodes {\n            id\n            paidAt\n            amount\n            channelText\n            status\n            receipt { ...ReceiptFields }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PaymentHistoryDocument,
    "\n  query PaymentHistoryExport($from: Period!, $to: Period!, $format: ExportFormat!) {\n    viewer {\n      id\n      activeAccount {\n        id\n        paymentHistoryExport(from: $from, to: $to, format: $format) { link { url expiresAt } }\n      }\n    }\n  }\n": typeof types.PaymentHistoryExportDocument,
    "\n  query InvoiceList($accountId: ID!) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        number\n        invoices(first: 36) {\n          nodes { id number period dueDate amountToPay penalty totalDue }\n        }\n      }\n    }\n  }\n": typeof types.InvoiceListDocument,
    "\n  mutation InvoicePdfCreate($input: InvoicePdfCreateInput!) {\n    invoicePdfCreate(input: $input) {\n      document { url expiresAt }\n      htmlView { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.InvoicePdfCreateDocument,
    "\n  mutation PaymentCreate($input: PaymentCreateInput!) {\n    paymentCreate(input: $input) {\n      confirmationUrl\n      payment { id status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.PaymentCreateDocument,
    "\n  query PaymentPage {\n    viewer {\n      id\n      cards(first: 100) { nodes { id maskedPan brand expiry expired } }\n      activeAccount {\n        id\n        number\n        amountDueBySupplier { supplier { id name kind separatePayment } asOf total penalty }\n      }\n    }\n  }\n": typeof types.PaymentPageDocument,
    "\n  query PaymentResult($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Payment {\n        status\n        statusText\n        amount\n        purpose\n        failureReason\n        paidAt\n        account { id number }\n        card { id maskedPan }\n        receipt { ...ReceiptFields }\n      }\n    }\n  }\n": typeof types.PaymentResultDocument,
    "\n  subscription PaymentStatusChanged($id: ID) {\n    paymentStatusChanged(paymentId: $id) { id status statusText failureReason paidAt }\n  }\n": typeof types.PaymentStatusChangedDocument,
    "\n  fragment ReceiptFields on PaymentReceipt {\n    number\n    shiftNumber\n    issuedAt\n    operation\n    taxation\n    total\n    lines { name price quantity amount vat vatRate vatAmount paymentMethod paymentObject supplierInn }\n    vatTotals { vatRate label amount vatAmount }\n    fnNumber\n    fiscalDocumentNumber\n    fiscalSign\n    kktRegNumber\n    buyerContact\n    siteUrl\n    placeOfSettlement\n    qrText\n    seller { name inn address }\n  }\n": typeof types.ReceiptFieldsFragmentDoc,
    "\n  mutation PaymentReceiptPdfCreate($input: PaymentReceiptPdfCreateInput!) {\n    paymentReceiptPdfCreate(input: $input) {\n      document { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.PaymentReceiptPdfCreateDocument,
    "\n  fragment AutopayFields on Autopay {\n    id\n    status\n    connected\n    statusText\n    connectedByOtherUser\n    mode\n    modeText\n    day\n    maxAmount\n    nextChargeOn\n    card { id maskedPan brand expiry expired }\n    cardVerification { id status failureReason }\n    lastRun { period status statusText amount reason createdAt }\n  }\n": typeof types.AutopayFieldsFragmentDoc,
    "\n  mutation AutopayDisable($input: AutopayDisableInput!) {\n    autopayDisable(input: $input) {\n      autopay { ...AutopayFields }\n      account { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AutopayDisableDocument,
    "\n  mutation AutopaySet($input: AutopaySetInput!) {\n    autopaySet(input: $input) {\n      confirmationUrl\n      autopay { ...AutopayFields }\n      account { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AutopaySetDocument,
    "\n  query AutopayBlock($id: ID!) {\n    viewer { id cards(first: 100) { nodes { id maskedPan brand expiry expired } } }\n    node(id: $id) {\n      __typename\n      id\n      ... on Account { number autopay { ...AutopayFields } }\n    }\n  }\n": typeof types.AutopayBlockDocument,
    "\n  query AutopayReturn($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Payment { account { id } }\n    }\n  }\n": typeof types.AutopayReturnDocument,
    "\n  subscription AutopayCardChecked {\n    paymentStatusChanged { id status }\n  }\n": typeof types.AutopayCardCheckedDocument,
    "\n  mutation AccountLink($input: AccountLinkInput!) {\n    accountLink(input: $input) {\n      account { id number }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AccountLinkDocument,
    "\n  mutation AccountUnlink($input: AccountUnlinkInput!) {\n    accountUnlink(input: $input) {\n      deletionScheduled\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AccountUnlinkDocument,
    "\n  query ApiTokens {\n    viewer {\n      id\n      apiTokens { id name prefix scopes createdAt expiresAt lastUsedAt state stateText }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation ApiTokenCreate($input: ApiTokenCreateInput!) {\n    apiTokenCreate(input: $input) {\n      secret\n      token { id name }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ApiTokenCreateDocument,
    "\n  mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {\n    apiTokenRevoke(input: $input) {\n      token { id state stateText }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ApiTokenRevokeDocument,
    "\n  query AutopayTab {\n    viewer {\n      id\n      emailConfirmed\n      cards(first: 100) { nodes { id maskedPan brand expiry expired } }\n      accounts { id number address autopay { ...AutopayFields } }\n    }\n  }\n": typeof types.AutopayTabDocument,
    "\n  mutation ViewerContactsUpdate($input: ViewerContactsUpdateInput!) {\n    viewerContactsUpdate(input: $input) {\n      emailConfirmationSent\n      phoneConfirmationRequired\n      viewer { id email emailConfirmed phone phoneConfirmed profileCompleteness subscriptions { eInvoice info } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ViewerContactsUpdateDocument,
    "\n  mutation ViewerLoginChange($input: ViewerLoginChangeInput!) {\n    viewerLoginChange(input: $input) {\n      viewer { id login }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ViewerLoginChangeDocument,
    "\n  query PushState($endpoint: String!) {\n    webPushPublicKey\n    viewer { id pushSubscription(endpoint: $endpoint) { endpoint readingReminders paymentReminders appealAnswers } }\n  }\n": typeof types.PushStateDocument,
    "\n  mutation ViewerPushSubscribe($input: ViewerPushSubscribeInput!) {\n    viewerPushSubscribe(input: $input) {\n      subscription { endpoint readingReminders paymentReminders appealAnswers }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ViewerPushSubscribeDocument,
    "\n  mutation ViewerPushUnsubscribe($input: ViewerPushUnsubscribeInput!) {\n    viewerPushUnsubscribe(input: $input) {\n      userErrors { field message code }\n    }\n  }\n": typeof types.ViewerPushUnsubscribeDocument,
    "\n  mutation SessionRevokeAll {\n    sessionRevokeAll {\n      revoked\n      userErrors { field message code }\n    }\n  }\n": typeof types.SessionRevokeAllDocument,
    "\n  mutation ViewerSubscriptionsUpdate($input: ViewerSubscriptionsUpdateInput!) {\n    viewerSubscriptionsUpdate(input: $input) {\n      viewer { id subscriptions { eInvoice info } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ViewerSubscriptionsUpdateDocument,
    "\n  query ProfileViewer {\n    viewer {\n      id\n      login\n      email\n      emailConfirmed\n      phone\n      phoneConfirmed\n      profileCompleteness\n      subscriptions { eInvoice info }\n      accounts { id number ownerFullName address }\n      activeAccount { id }\n    }\n  }\n": typeof types.ProfileViewerDocument,
    "\n  query PreliminaryCalculation {\n    viewer {\n      id\n      activeAccount {\n        id\n        number\n        preliminaryCalculation {\n          period\n          lines { service method tariff norm volume amount }\n          currentTotal\n          previousDebt\n          total\n          warning\n          acknowledgment\n        }\n      }\n    }\n  }\n": typeof types.PreliminaryCalculationDocument,
    "\n  query ReadingHistory($from: Period!, $to: Period!, $acceptedOnly: Boolean) {\n    viewer {\n      id\n      activeAccount {\n        id\n        readingHistory(from: $from, to: $to, acceptedOnly: $acceptedOnly) {\n          period\n          rows {\n            submittedAt\n            resource\n            meterNumber\n            meterStatusText\n            zone\n            value\n            difference\n            unit\n            sourceText\n            accepted\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReadingHistoryDocument,
    "\n  mutation ReadingHistoryPdfCreate($input: ReadingHistoryPdfCreateInput!) {\n    readingHistoryPdfCreate(input: $input) {\n      document { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ReadingHistoryPdfCreateDocument,
    "\n  query ReadingHistoryExport($from: Period!, $to: Period!, $acceptedOnly: Boolean, $format: ExportFormat!) {\n    viewer {\n      id\n      activeAccount {\n        id\n        readingHistoryExport(from: $from, to: $to, acceptedOnly: $acceptedOnly, format: $format) { link { url expiresAt } }\n      }\n    }\n  }\n": typeof types.ReadingHistoryExportDocument,
    "\n  mutation MeterReadingsSubmit($input: MeterReadingsSubmitInput!) {\n    meterReadingsSubmit(input: $input) {\n      readings { zone value status }\n      warnings { meterId zone consumption message }\n      userErrors { field message code }\n    }\n  }\n": typeof types.MeterReadingsSubmitDocument,
    "\n  mutation ReadingDisputeSubmit($input: ReadingDisputeSubmitInput!) {\n    readingDisputeSubmit(input: $input) {\n      appeal { id number statusText }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ReadingDisputeSubmitDocument,
    "\n  query ReadingDisputeForm {\n    readingPhotoRules { maxBytes accept hint }\n    appealConsents { version personalData simpleSignature }\n    viewer { id appealsAccess { allowed reason } }\n  }\n": typeof types.ReadingDisputeFormDocument,
    "\n  query ReadingsMeters {\n    readingsWindow { open text }\n    readingPhotoRules { accept maxBytes }\n    viewer {\n      id\n      activeAccount {\n        id\n        meters {\n          id\n          number\n          resource\n          unit\n          digits\n          zones\n          status\n          statusText\n          blockedReason\n          nextVerificationDate\n          lastAccepted { zone value submittedAt acceptedAt }\n          lastSubmitted { zone value submittedAt sourceText }\n        }\n      }\n    }\n  }\n": typeof types.ReadingsMetersDocument,
    "\n  mutation PasswordResetRequest($input: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $input) {\n      sentTo\n      userErrors { field message code }\n    }\n  }\n": typeof types.PasswordResetRequestDocument,
    "\n  mutation PasswordReset($input: PasswordResetInput!) {\n    passwordReset(input: $input) {\n      userErrors { field message code }\n    }\n  }\n": typeof types.PasswordResetDocument,
    "\n  mutation UserRegister($input: UserRegisterInput!) {\n    userRegister(input: $input) {\n      session { accessToken accessTokenExpiresAt }\n      viewer { id login email phone }\n      emailConfirmationSent\n      phoneConfirmationRequired\n      userErrors { field message code }\n    }\n  }\n": typeof types.UserRegisterDocument,
    "\n  query ReminderLink($token: String!) {\n    readingsWindow { open text }\n    reminderLink(token: $token) {\n      problem\n      problemCode\n      page {\n        address\n        expiresAt\n        windowOpen\n        meters {\n          id\n          number\n          resource\n          unit\n          digits\n          zones\n          status\n          statusText\n          blockedReason\n          nextVerificationDate\n          lastAccepted { zone value submittedAt acceptedAt }\n          lastSubmitted { zone value submittedAt sourceText }\n        }\n      }\n    }\n  }\n": typeof types.ReminderLinkDocument,
    "\n  mutation ReminderReadingsSubmit($input: ReminderReadingsSubmitInput!) {\n    reminderReadingsSubmit(input: $input) {\n      readings { zone value status }\n      warnings { meterId zone consumption message }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ReminderReadingsSubmitDocument,
};
const documents: Documents = {
    "\n  query ConsumptionComparison($accountId: ID!, $period: Period) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        consumptionComparison(period: $period) {\n          period\n          yearAgo\n          services {\n            service\n            serviceCode\n            unit\n            current { period volume basis }\n            yearAgo { period volume basis }\n            months { period volume basis }\n            norm { volume }\n            changeFromYearAgoPercent\n            changeFromNormPercent\n            yearAgoText\n            normText\n          }\n        }\n      }\n    }\n  }\n": types.ConsumptionComparisonDocument,
    "\n  mutation ViewerPasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n": types.ViewerPasswordChangeDocument,
    "\n  mutation ContactCodeSend($input: ContactCodeSendInput!) {\n    contactCodeSend(input: $input) {\n      sent\n      userErrors { field message code }\n    }\n  }\n": types.ContactCodeSendDocument,
    "\n  mutation PhoneConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id phone phoneConfirmed profileCompleteness }\n      userErrors { field message code }\n    }\n  }\n": types.PhoneConfirmDocument,
    "\n  query Retailer {\n    retailer { timezone }\n  }\n": types.RetailerDocument,
    "\n  mutation ViewerActiveAccountSet($input: ViewerActiveAccountSetInput!) {\n    viewerActiveAccountSet(input: $input) {\n      viewer { id activeAccount { id } }\n      userErrors { field message code }\n    }\n  }\n": types.ViewerActiveAccountSetDocument,
    "\n  query AppViewer {\n    viewer {\n      id\n      login\n      unreadNotificationCount\n      accounts { id number address }\n      activeAccount {\n        id\n        number\n        ownerFullName\n        address\n        amountDue { asOf total penalty }\n      }\n    }\n  }\n": types.AppViewerDocument,
    "\n  mutation SessionRefresh {\n    sessionRefresh {\n      session { accessToken accessTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n": types.SessionRefreshDocument,
    "\n  mutation SessionRevoke {\n    sessionRevoke { revoked userErrors { code } }\n  }\n": types.SessionRevokeDocument,
    "\n  mutation StaffSessionRefresh {\n    staffSessionRefresh {\n      session { accessToken accessTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n": types.StaffSessionRefreshDocument,
    "\n  mutation StaffSessionRevoke {\n    staffSessionRevoke { revoked userErrors { code } }\n  }\n": types.StaffSessionRevokeDocument,
    "\n  query AppealsAccess {\n    viewer {\n      id\n      appealsAccess { allowed code reason }\n    }\n  }\n": types.AppealsAccessDocument,
    "\n  query AppealsJournal($first: Int!) {\n    viewer {\n      id\n      appeals(first: $first) {\n        totalCount\n        pageInfo { hasNextPage }\n        nodes {\n          id\n          number\n          createdAt\n          title\n          status\n          statusText\n          account { id number }\n        }\n      }\n    }\n  }\n": types.AppealsJournalDocument,
    "\n  query AppealDetails($id: ID!) {\n    appealRatingOptions { value label }\n    node(id: $id) {\n      __typename\n      id\n      ... on Appeal { ...AppealDetailsFields }\n    }\n  }\n": types.AppealDetailsDocument,
    "\n  mutation AppealRate($input: AppealRateInput!) {\n    appealRate(input: $input) {\n      appeal { ...AppealDetailsFields }\n      userErrors { field message code }\n    }\n  }\n": types.AppealRateDocument,
    "\n  subscription AppealStatusChanged {\n    appealStatusChanged { id number status statusText }\n  }\n": types.AppealStatusChangedDocument,
    "\n  mutation AppealQuestionSubmit($input: AppealQuestionSubmitInput!) {\n    appealQuestionSubmit(input: $input) {\n      appeal { id number }\n      userErrors { field message code }\n    }\n  }\n": types.AppealQuestionSubmitDocument,
    "\n  mutation AppealSubmit($input: AppealSubmitInput!) {\n    appealSubmit(input: $input) {\n      appeal { id number }\n      userErrors { field message code }\n    }\n  }\n": types.AppealSubmitDocument,
    "\n  fragment AppealFileFields on AppealFile {\n    id\n    fileName\n    size\n    kind\n    mimeType\n    slotCode\n    slotLabel\n  }\n": types.AppealFileFieldsFragmentDoc,
    "\n  fragment AppealDetailsFields on Appeal {\n    id\n    number\n    createdAt\n    title\n    topicTitle\n    isQuestion\n    status\n    statusText\n    dueDate\n    processingTimeText\n    overdue\n    account { id number address }\n    applicant { name address email phone }\n    text\n    fields { code label kind section value }\n    attachedFiles { nodes { ...AppealFileFields } }\n    answer\n    answeredAt\n    answerFiles { ...AppealFileFields }\n    rating\n    ratingText\n    ratedAt\n    canRate\n    statusChanges { nodes { fromStatus toStatus toStatusText at comment byStaff staffName } }\n  }\n": types.AppealDetailsFieldsFragmentDoc,
    "\n  mutation AppealFileLinkCreate($input: AppealFileLinkCreateInput!) {\n    appealFileLinkCreate(input: $input) {\n      link { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n": types.AppealFileLinkCreateDocument,
    "\n  query AppealForm($includeQuestions: Boolean!) {\n    appealTopics(includeQuestions: $includeQuestions) {\n      id\n      code\n      title\n      types {\n        id\n        code\n        title\n        topicTitle\n        processingDays\n        maxProcessingDays\n        processingTimeText\n        isQuestion\n        fields { code label kind required section prefillKey sortOrder }\n        fileSlots { code label required multiple sortOrder }\n      }\n    }\n    appealUploadRules { maxTotalBytes maxFiles allowedExtensions accept hint }\n    appealConsents { version personalData simpleSignature }\n    viewer {\n      id\n      activeAccount { id }\n      accounts {\n        id\n        number\n        address\n        appealApplicant { accountNumber name address email phone prefill { key value } }\n      }\n    }\n  }\n": types.AppealFormDocument,
    "\n  query ChargeHistory($accountId: ID!, $from: Period!, $to: Period!) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        charges(from: $from, to: $to) {\n          from\n          to\n          emptyColumns\n          months {\n            period\n            billed\n            totals { openingBalance charged paid recalculation penalty closingBalance }\n            lines {\n              service\n              zone\n              supplier\n              lossesPercent\n              transformationRatio\n              openingBalance\n              method\n              methodText\n              norm\n              volume\n              unit\n              tariff\n              charged\n              paid\n              recalculation\n              penalty\n              closingBalance\n              explanation { steps { label formula value } total }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ChargeHistoryDocument,
    "\n  mutation ChargesPdfCreate($input: ChargesPdfCreateInput!) {\n    chargesPdfCreate(input: $input) {\n      document { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n": types.ChargesPdfCreateDocument,
    "\n  query ChargesExport($accountId: ID!, $from: Period!, $to: Period!, $format: ExportFormat!) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        chargesExport(from: $from, to: $to, format: $format) { link { url expiresAt } }\n      }\n    }\n  }\n": types.ChargesExportDocument,
    "\n  mutation EmailConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n": types.EmailConfirmDocument,
    "\n  query Faq($search: String) {\n    faq(search: $search) { id topic question answer }\n  }\n": types.FaqDocument,
    "\n  query HomeAccount {\n    viewer {\n      id\n      activeAccount {\n        id\n        objectParameters { label value url }\n        tariffs { service rate unit }\n        documents { title status statusText }\n        activeNotices(first: 100) { nodes { kind text createdAt } }\n      }\n    }\n  }\n": types.HomeAccountDocument,
    "\n  query HomeNews {\n    companyNews(first: 4) { nodes { id title url publishedAt } }\n  }\n": types.HomeNewsDocument,
    "\n  query QuickLinksWindow {\n    readingsWindow { fromDay toDay }\n  }\n": types.QuickLinksWindowDocument,
    "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt }\n      passwordChangeRequired\n      userErrors { field message code }\n    }\n  }\n": types.SessionCreateDocument,
    "\n  query NotificationsList($first: Int!, $after: String) {\n    viewer {\n      id\n      unreadNotificationCount\n      notifications(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id kind title body createdAt read accessNotice { id reported appeal { number } } }\n      }\n    }\n  }\n": types.NotificationsListDocument,
    "\n  mutation NotificationsMarkAllRead($upToId: ID) {\n    notificationsMarkAllRead(input: { upToId: $upToId }) {\n      markedCount\n      viewer { id unreadNotificationCount }\n      userErrors { code message }\n    }\n  }\n": types.NotificationsMarkAllReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded { id kind title body createdAt read accessNotice { id reported appeal { number } } }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation AccountAccessReport($id: ID!) {\n    accountAccessReport(input: { noticeId: $id }) {\n      newcomerRemoved\n      notice { id reported appeal { number } }\n      userErrors { field message code }\n    }\n  }\n": types.AccountAccessReportDocument,
    "\n  mutation OperatorAppealTake($input: AppealTakeInput!) {\n    appealTake(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n": types.OperatorAppealTakeDocument,
    "\n  mutation OperatorAppealAnswer($input: AppealAnswerInput!) {\n    appealAnswer(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n": types.OperatorAppealAnswerDocument,
    "\n  mutation OperatorAppealReject($input: AppealRejectInput!) {\n    appealReject(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n": types.OperatorAppealRejectDocument,
    "\n  mutation OperatorAppealDueDateExtend($input: AppealDueDateExtendInput!) {\n    appealDueDateExtend(input: $input) {\n      appeal { id dueDate }\n      userErrors { field message code }\n    }\n  }\n": types.OperatorAppealDueDateExtendDocument,
    "\n  query ContactCentreSearch($query: String!) {\n    contactCentreUserSearch(query: $query) { userId login email phone accountNumbers deletionRequested }\n  }\n": types.ContactCentreSearchDocument,
    "\n  fragment ContactCentreCardFields on ContactCentreUserCard {\n    userId login email emailConfirmedAt phone phoneConfirmedAt registeredAt deletionRequestedAt\n    accounts { number address linkedAt }\n    sessions { startedAt lastUsedAt clientAddress userAgent endedAt endReason }\n  }\n": types.ContactCentreCardFieldsFragmentDoc,
    "\n  mutation ContactCentreUserOpen($input: ContactCentreUserOpenInput!) {\n    contactCentreUserOpen(input: $input) { user { ...ContactCentreCardFields } userErrors { field message code } }\n  }\n": types.ContactCentreUserOpenDocument,
    "\n  mutation ContactCentreUserSignOut($input: ContactCentreUserSignOutInput!) {\n    contactCentreUserSignOut(input: $input) { sessionsEnded userErrors { field message code } }\n  }\n": types.ContactCentreUserSignOutDocument,
    "\n  mutation ContactCentreUserReset($input: ContactCentreUserResetInput!) {\n    contactCentreUserReset(input: $input) { login accountNumbers userErrors { field message code } }\n  }\n": types.ContactCentreUserResetDocument,
    "\n  mutation ContactCentreConfirmationResend($input: ContactCentreConfirmationResendInput!) {\n    contactCentreConfirmationResend(input: $input) { sent userErrors { field message code } }\n  }\n": types.ContactCentreConfirmationResendDocument,
    "\n  query StaffReadingDispute($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Appeal {\n        readingDispute {\n          meter { id number unit resource digits zones }\n          entered { zone value }\n          accepted { zone value }\n          photo { id fileName }\n          correctedAt\n          correction { zone value sourceText }\n          meterHistory { zone value period submittedAt sourceText status photo { id } }\n        }\n      }\n    }\n  }\n": types.StaffReadingDisputeDocument,
    "\n  mutation OperatorReadingDisputeAccept($input: ReadingDisputeAcceptInput!) {\n    readingDisputeAccept(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n": types.OperatorReadingDisputeAcceptDocument,
    "\n  mutation OperatorReadingPhotoLinkCreate($input: ReadingPhotoLinkCreateInput!) {\n    readingPhotoLinkCreate(input: $input) {\n      link { url }\n      userErrors { field message code }\n    }\n  }\n": types.OperatorReadingPhotoLinkCreateDocument,
    "\n  query OperatorFaq($search: String) {\n    staffFaq(search: $search) { id topic question answer position published updatedAt }\n  }\n": types.OperatorFaqDocument,
    "\n  mutation OperatorFaqCreate($input: FaqEntryCreateInput!) {\n    faqEntryCreate(input: $input) {\n      entry { id topic question answer position published updatedAt }\n      userErrors { field message code }\n    }\n  }\n": types.OperatorFaqCreateDocument,
    "\n  mutation OperatorFaqUpdate($input: FaqEntryUpdateInput!) {\n    faqEntryUpdate(input: $input) {\n      entry { id topic question answer position published updatedAt }\n      userErrors { field message code }\n    }\n  }\n": types.OperatorFaqUpdateDocument,
    "\n  query OperatorAccountMeters($number: String!) {\n    staffAccount(number: $number) {\n      id\n      number\n      ownerFullName\n      address\n      meters { id number resource statusText operatorBlockReason blockedReason }\n    }\n  }\n": types.OperatorAccountMetersDocument,
    "\n  mutation OperatorMeterBlock($input: MeterBlockInput!) {\n    meterBlock(input: $input) {\n      meter { id operatorBlockReason blockedReason }\n      userErrors { field message code }\n    }\n  }\n": types.OperatorMeterBlockDocument,
    "\n  mutation OperatorMeterUnblock($input: MeterUnblockInput!) {\n    meterUnblock(input: $input) {\n      meter { id operatorBlockReason blockedReason }\n      userErrors { field message code }\n    }\n  }\n": types.OperatorMeterUnblockDocument,
    "\n  query OperatorNews($first: Int!, $published: Boolean) {\n    staffNews(first: $first, published: $published) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes { id title body url published publishedAt }\n    }\n  }\n": types.OperatorNewsDocument,
    "\n  mutation OperatorNewsCreate($input: NewsCreateInput!) {\n    newsCreate(input: $input) {\n      news { id title published }\n      userErrors { field message code }\n    }\n  }\n": types.OperatorNewsCreateDocument,
    "\n  mutation OperatorNewsUpdate($input: NewsUpdateInput!) {\n    newsUpdate(input: $input) {\n      news { id title body url published publishedAt }\n      userErrors { field message code }\n    }\n  }\n": types.OperatorNewsUpdateDocument,
    "\n  mutation OperatorNewsPublish($input: NewsIdInput!) {\n    newsPublish(input: $input) {\n      news { id published publishedAt }\n      userErrors { field message code }\n    }\n  }\n": types.OperatorNewsPublishDocument,
    "\n  mutation OperatorNewsUnpublish($input: NewsIdInput!) {\n    newsUnpublish(input: $input) {\n      news { id published publishedAt }\n      userErrors { field message code }\n    }\n  }\n": types.OperatorNewsUnpublishDocument,
    "\n  query OperatorViewer {\n    staffViewer { id login fullName role }\n  }\n": types.OperatorViewerDocument,
    "\n  mutation StaffSessionCreate($input: StaffSessionCreateInput!) {\n    staffSessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt }\n      staff { id login fullName role }\n      userErrors { field message code }\n    }\n  }\n": types.StaffSessionCreateDocument,
    "\n  query StaffQueue($status: [AppealStatus!], $overdueOnly: Boolean, $number: String, $accountNumber: String, $first: Int!) {\n    staffAppealCounts { accepted inProgress overdue }\n    staffAppeals(status: $status, overdueOnly: $overdueOnly, number: $number, accountNumber: $accountNumber, first: $first) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes {\n        id\n        number\n        createdAt\n        title\n        isQuestion\n        status\n        statusText\n        dueDate\n        overdue\n        account { id number }\n        operator { login fullName }\n      }\n    }\n  }\n": types.StaffQueueDocument,
    "\n  query StaffAppealDetails($id: ID!) {\n    appealUploadRules { maxTotalBytes maxFiles }\n    node(id: $id) {\n      __typename\n      id\n      ... on Appeal {\n        ...AppealDetailsFields\n        operator { login fullName }\n        type { id processingDays maxProcessingDays }\n        readingDispute { correctedAt }\n      }\n    }\n  }\n": types.StaffAppealDetailsDocument,
    "\n  subscription StaffAppealQueueChanged {\n    staffAppealQueueChanged { id number status statusText }\n  }\n": types.StaffAppealQueueChangedDocument,
    "\n  query PasswordChangeState {\n    viewer { id }\n  }\n": types.PasswordChangeStateDocument,
    "\n  mutation SavedCardDelete($input: SavedCardDeleteInput!) {\n    savedCardDelete(input: $input) {\n      deletedCardId\n      disabledAutopays\n      viewer { id cards(first: 100) { nodes { id maskedPan brand expiry expired } } }\n      userErrors { field message code }\n    }\n  }\n": types.SavedCardDeleteDocument,
    "\n  query PaymentHistory($first: Int!) {\n    viewer {\n      id\n      activeAccount {\n        id\n        paymentHistory(first: $first) {\n          totalCount\n          pageInfo { hasNextPage }\n          nodes {\n            id\n            paidAt\n            amount\n            channelText\n            status\n            receipt { ...ReceiptFields }\n          }\n        }\n      }\n    }\n  }\n": types.PaymentHistoryDocument,
    "\n  query PaymentHistoryExport($from: Period!, $to: Period!, $format: ExportFormat!) {\n    viewer {\n      id\n      activeAccount {\n        id\n        paymentHistoryExport(from: $from, to: $to, format: $format) { link { url expiresAt } }\n      }\n    }\n  }\n": types.PaymentHistoryExportDocument,
    "\n  query InvoiceList($accountId: ID!) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        number\n        invoices(first: 36) {\n          nodes { id number period dueDate amountToPay penalty totalDue }\n        }\n      }\n    }\n  }\n": types.InvoiceListDocument,
    "\n  mutation InvoicePdfCreate($input: InvoicePdfCreateInput!) {\n    invoicePdfCreate(input: $input) {\n      document { url expiresAt }\n      htmlView { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n": types.InvoicePdfCreateDocument,
    "\n  mutation PaymentCreate($input: PaymentCreateInput!) {\n    paymentCreate(input: $input) {\n      confirmationUrl\n      payment { id status }\n      userErrors { field message code }\n    }\n  }\n": types.PaymentCreateDocument,
    "\n  query PaymentPage {\n    viewer {\n      id\n      cards(first: 100) { nodes { id maskedPan brand expiry expired } }\n      activeAccount {\n        id\n        number\n        amountDueBySupplier { supplier { id name kind separatePayment } asOf total penalty }\n      }\n    }\n  }\n": types.PaymentPageDocument,
    "\n  query PaymentResult($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Payment {\n        status\n        statusText\n        amount\n        purpose\n        failureReason\n        paidAt\n        account { id number }\n        card { id maskedPan }\n        receipt { ...ReceiptFields }\n      }\n    }\n  }\n": types.PaymentResultDocument,
    "\n  subscription PaymentStatusChanged($id: ID) {\n    paymentStatusChanged(paymentId: $id) { id status statusText failureReason paidAt }\n  }\n": types.PaymentStatusChangedDocument,
    "\n  fragment ReceiptFields on PaymentReceipt {\n    number\n    shiftNumber\n    issuedAt\n    operation\n    taxation\n    total\n    lines { name price quantity amount vat vatRate vatAmount paymentMethod paymentObject supplierInn }\n    vatTotals { vatRate label amount vatAmount }\n    fnNumber\n    fiscalDocumentNumber\n    fiscalSign\n    kktRegNumber\n    buyerContact\n    siteUrl\n    placeOfSettlement\n    qrText\n    seller { name inn address }\n  }\n": types.ReceiptFieldsFragmentDoc,
    "\n  mutation PaymentReceiptPdfCreate($input: PaymentReceiptPdfCreateInput!) {\n    paymentReceiptPdfCreate(input: $input) {\n      document { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n": types.PaymentReceiptPdfCreateDocument,
    "\n  fragment AutopayFields on Autopay {\n    id\n    status\n    connected\n    statusText\n    connectedByOtherUser\n    mode\n    modeText\n    day\n    maxAmount\n    nextChargeOn\n    card { id maskedPan brand expiry expired }\n    cardVerification { id status failureReason }\n    lastRun { period status statusText amount reason createdAt }\n  }\n": types.AutopayFieldsFragmentDoc,
    "\n  mutation AutopayDisable($input: AutopayDisableInput!) {\n    autopayDisable(input: $input) {\n      autopay { ...AutopayFields }\n      account { id }\n      userErrors { field message code }\n    }\n  }\n": types.AutopayDisableDocument,
    "\n  mutation AutopaySet($input: AutopaySetInput!) {\n    autopaySet(input: $input) {\n      confirmationUrl\n      autopay { ...AutopayFields }\n      account { id }\n      userErrors { field message code }\n    }\n  }\n": types.AutopaySetDocument,
    "\n  query AutopayBlock($id: ID!) {\n    viewer { id cards(first: 100) { nodes { id maskedPan brand expiry expired } } }\n    node(id: $id) {\n      __typename\n      id\n      ... on Account { number autopay { ...AutopayFields } }\n    }\n  }\n": types.AutopayBlockDocument,
    "\n  query AutopayReturn($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Payment { account { id } }\n    }\n  }\n": types.AutopayReturnDocument,
    "\n  subscription AutopayCardChecked {\n    paymentStatusChanged { id status }\n  }\n": types.AutopayCardCheckedDocument,
    "\n  mutation AccountLink($input: AccountLinkInput!) {\n    accountLink(input: $input) {\n      account { id number }\n      userErrors { field message code }\n    }\n  }\n": types.AccountLinkDocument,
    "\n  mutation AccountUnlink($input: AccountUnlinkInput!) {\n    accountUnlink(input: $input) {\n      deletionScheduled\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n": types.AccountUnlinkDocument,
    "\n  query ApiTokens {\n    viewer {\n      id\n      apiTokens { id name prefix scopes createdAt expiresAt lastUsedAt state stateText }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation ApiTokenCreate($input: ApiTokenCreateInput!) {\n    apiTokenCreate(input: $input) {\n      secret\n      token { id name }\n      userErrors { field message code }\n    }\n  }\n": types.ApiTokenCreateDocument,
    "\n  mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {\n    apiTokenRevoke(input: $input) {\n      token { id state stateText }\n      userErrors { field message code }\n    }\n  }\n": types.ApiTokenRevokeDocument,
    "\n  query AutopayTab {\n    viewer {\n      id\n      emailConfirmed\n      cards(first: 100) { nodes { id maskedPan brand expiry expired } }\n      accounts { id number address autopay { ...AutopayFields } }\n    }\n  }\n": types.AutopayTabDocument,
    "\n  mutation ViewerContactsUpdate($input: ViewerContactsUpdateInput!) {\n    viewerContactsUpdate(input: $input) {\n      emailConfirmationSent\n      phoneConfirmationRequired\n      viewer { id email emailConfirmed phone phoneConfirmed profileCompleteness subscriptions { eInvoice info } }\n      userErrors { field message code }\n    }\n  }\n": types.ViewerContactsUpdateDocument,
    "\n  mutation ViewerLoginChange($input: ViewerLoginChangeInput!) {\n    viewerLoginChange(input: $input) {\n      viewer { id login }\n      userErrors { field message code }\n    }\n  }\n": types.ViewerLoginChangeDocument,
    "\n  query PushState($endpoint: String!) {\n    webPushPublicKey\n    viewer { id pushSubscription(endpoint: $endpoint) { endpoint readingReminders paymentReminders appealAnswers } }\n  }\n": types.PushStateDocument,
    "\n  mutation ViewerPushSubscribe($input: ViewerPushSubscribeInput!) {\n    viewerPushSubscribe(input: $input) {\n      subscription { endpoint readingReminders paymentReminders appealAnswers }\n      userErrors { field message code }\n    }\n  }\n": types.ViewerPushSubscribeDocument,
    "\n  mutation ViewerPushUnsubscribe($input: ViewerPushUnsubscribeInput!) {\n    viewerPushUnsubscribe(input: $input) {\n      userErrors { field message code }\n    }\n  }\n": types.ViewerPushUnsubscribeDocument,
    "\n  mutation SessionRevokeAll {\n    sessionRevokeAll {\n      revoked\n      userErrors { field message code }\n    }\n  }\n": types.SessionRevokeAllDocument,
    "\n  mutation ViewerSubscriptionsUpdate($input: ViewerSubscriptionsUpdateInput!) {\n    viewerSubscriptionsUpdate(input: $input) {\n      viewer { id subscriptions { eInvoice info } }\n      userErrors { field message code }\n    }\n  }\n": types.ViewerSubscriptionsUpdateDocument,
    "\n  query ProfileViewer {\n    viewer {\n      id\n      login\n      email\n      emailConfirmed\n      phone\n      phoneConfirmed\n      profileCompleteness\n      subscriptions { eInvoice info }\n      accounts { id number ownerFullName address }\n      activeAccount { id }\n    }\n  }\n": types.ProfileViewerDocument,
    "\n  query PreliminaryCalculation {\n    viewer {\n      id\n      activeAccount {\n        id\n        number\n        preliminaryCalculation {\n          period\n          lines { service method tariff norm volume amount }\n          currentTotal\n          previousDebt\n          total\n          warning\n          acknowledgment\n        }\n      }\n    }\n  }\n": types.PreliminaryCalculationDocument,
    "\n  query ReadingHistory($from: Period!, $to: Period!, $acceptedOnly: Boolean) {\n    viewer {\n      id\n      activeAccount {\n        id\n        readingHistory(from: $from, to: $to, acceptedOnly: $acceptedOnly) {\n          period\n          rows {\n            submittedAt\n            resource\n            meterNumber\n            meterStatusText\n            zone\n            value\n            difference\n            unit\n            sourceText\n            accepted\n          }\n        }\n      }\n    }\n  }\n": types.ReadingHistoryDocument,
    "\n  mutation ReadingHistoryPdfCreate($input: ReadingHistoryPdfCreateInput!) {\n    readingHistoryPdfCreate(input: $input) {\n      document { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n": types.ReadingHistoryPdfCreateDocument,
    "\n  query ReadingHistoryExport($from: Period!, $to: Period!, $acceptedOnly: Boolean, $format: ExportFormat!) {\n    viewer {\n      id\n      activeAccount {\n        id\n        readingHistoryExport(from: $from, to: $to, acceptedOnly: $acceptedOnly, format: $format) { link { url expiresAt } }\n      }\n    }\n  }\n": types.ReadingHistoryExportDocument,
    "\n  mutation MeterReadingsSubmit($input: MeterReadingsSubmitInput!) {\n    meterReadingsSubmit(input: $input) {\n      readings { zone value status }\n      warnings { meterId zone consumption message }\n      userErrors { field message code }\n    }\n  }\n": types.MeterReadingsSubmitDocument,
    "\n  mutation ReadingDisputeSubmit($input: ReadingDisputeSubmitInput!) {\n    readingDisputeSubmit(input: $input) {\n      appeal { id number statusText }\n      userErrors { field message code }\n    }\n  }\n": types.ReadingDisputeSubmitDocument,
    "\n  query ReadingDisputeForm {\n    readingPhotoRules { maxBytes accept hint }\n    appealConsents { version personalData simpleSignature }\n    viewer { id appealsAccess { allowed reason } }\n  }\n": types.ReadingDisputeFormDocument,
    "\n  query ReadingsMeters {\n    readingsWindow { open text }\n    readingPhotoRules { accept maxBytes }\n    viewer {\n      id\n      activeAccount {\n        id\n        meters {\n          id\n          number\n          resource\n          unit\n          digits\n          zones\n          status\n          statusText\n          blockedReason\n          nextVerificationDate\n          lastAccepted { zone value submittedAt acceptedAt }\n          lastSubmitted { zone value submittedAt sourceText }\n        }\n      }\n    }\n  }\n": types.ReadingsMetersDocument,
    "\n  mutation PasswordResetRequest($input: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $input) {\n      sentTo\n      userErrors { field message code }\n    }\n  }\n": types.PasswordResetRequestDocument,
    "\n  mutation PasswordReset($input: PasswordResetInput!) {\n    passwordReset(input: $input) {\n      userErrors { field message code }\n    }\n  }\n": types.PasswordResetDocument,
    "\n  mutation UserRegister($input: UserRegisterInput!) {\n    userRegister(input: $input) {\n      session { accessToken accessTokenExpiresAt }\n      viewer { id login email phone }\n      emailConfirmationSent\n      phoneConfirmationRequired\n      userErrors { field message code }\n    }\n  }\n": types.UserRegisterDocument,
    "\n  query ReminderLink($token: String!) {\n    readingsWindow { open text }\n    reminderLink(token: $token) {\n      problem\n      problemCode\n      page {\n        address\n        expiresAt\n        windowOpen\n        meters {\n          id\n          number\n          resource\n          unit\n          digits\n          zones\n          status\n          statusText\n          blockedReason\n          nextVerificationDate\n          lastAccepted { zone value submittedAt acceptedAt }\n          lastSubmitted { zone value submittedAt sourceText }\n        }\n      }\n    }\n  }\n": types.ReminderLinkDocument,
    "\n  mutation ReminderReadingsSubmit($input: ReminderReadingsSubmitInput!) {\n    reminderReadingsSubmit(input: $input) {\n      readings { zone value status }\n      warnings { meterId zone consumption message }\n      userErrors { field message code }\n    }\n  }\n": types.ReminderReadingsSubmitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsumptionComparison($accountId: ID!, $period: Period) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        consumptionComparison(period: $period) {\n          period\n          yearAgo\n          services {\n            service\n            serviceCode\n            unit\n            current { period volume basis }\n            yearAgo { period volume basis }\n            months { period volume basis }\n            norm { volume }\n            changeFromYearAgoPercent\n            changeFromNormPercent\n            yearAgoText\n            normText\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsumptionComparison($accountId: ID!, $period: Period) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        consumptionComparison(period: $period) {\n          period\n          yearAgo\n          services {\n            service\n            serviceCode\n            unit\n            current { period volume basis }\n            yearAgo { period volume basis }\n            months { period volume basis }\n            norm { volume }\n            changeFromYearAgoPercent\n            changeFromNormPercent\n            yearAgoText\n            normText\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerPasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerPasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactCodeSend($input: ContactCodeSendInput!) {\n    contactCodeSend(input: $input) {\n      sent\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ContactCodeSend($input: ContactCodeSendInput!) {\n    contactCodeSend(input: $input) {\n      sent\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhoneConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id phone phoneConfirmed profileCompleteness }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation PhoneConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id phone phoneConfirmed profileCompleteness }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Retailer {\n    retailer { timezone }\n  }\n"): (typeof documents)["\n  query Retailer {\n    retailer { timezone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerActiveAccountSet($input: ViewerActiveAccountSetInput!) {\n    viewerActiveAccountSet(input: $input) {\n      viewer { id activeAccount { id } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerActiveAccountSet($input: ViewerActiveAccountSetInput!) {\n    viewerActiveAccountSet(input: $input) {\n      viewer { id activeAccount { id } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppViewer {\n    viewer {\n      id\n      login\n      unreadNotificationCount\n      accounts { id number address }\n      activeAccount {\n        id\n        number\n        ownerFullName\n        address\n        amountDue { asOf total penalty }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppViewer {\n    viewer {\n      id\n      login\n      unreadNotificationCount\n      accounts { id number address }\n      activeAccount {\n        id\n        number\n        ownerFullName\n        address\n        amountDue { asOf total penalty }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRefresh {\n    sessionRefresh {\n      session { accessToken accessTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionRefresh {\n    sessionRefresh {\n      session { accessToken accessTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRevoke {\n    sessionRevoke { revoked userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation SessionRevoke {\n    sessionRevoke { revoked userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSessionRefresh {\n    staffSessionRefresh {\n      session { accessToken accessTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffSessionRefresh {\n    staffSessionRefresh {\n      session { accessToken accessTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSessionRevoke {\n    staffSessionRevoke { revoked userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation StaffSessionRevoke {\n    staffSessionRevoke { revoked userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppealsAccess {\n    viewer {\n      id\n      appealsAccess { allowed code reason }\n    }\n  }\n"): (typeof documents)["\n  query AppealsAccess {\n    viewer {\n      id\n      appealsAccess { allowed code reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppealsJournal($first: Int!) {\n    viewer {\n      id\n      appeals(first: $first) {\n        totalCount\n        pageInfo { hasNextPage }\n        nodes {\n          id\n          number\n          createdAt\n          title\n          status\n          statusText\n          account { id number }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppealsJournal($first: Int!) {\n    viewer {\n      id\n      appeals(first: $first) {\n        totalCount\n        pageInfo { hasNextPage }\n        nodes {\n          id\n          number\n          createdAt\n          title\n          status\n          statusText\n          account { id number }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppealDetails($id: ID!) {\n    appealRatingOptions { value label }\n    node(id: $id) {\n      __typename\n      id\n      ... on Appeal { ...AppealDetailsFields }\n    }\n  }\n"): (typeof documents)["\n  query AppealDetails($id: ID!) {\n    appealRatingOptions { value label }\n    node(id: $id) {\n      __typename\n      id\n      ... on Appeal { ...AppealDetailsFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppealRate($input: AppealRateInput!) {\n    appealRate(input: $input) {\n      appeal { ...AppealDetailsFields }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AppealRate($input: AppealRateInput!) {\n    appealRate(input: $input) {\n      appeal { ...AppealDetailsFields }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AppealStatusChanged {\n    appealStatusChanged { id number status statusText }\n  }\n"): (typeof documents)["\n  subscription AppealStatusChanged {\n    appealStatusChanged { id number status statusText }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppealQuestionSubmit($input: AppealQuestionSubmitInput!) {\n    appealQuestionSubmit(input: $input) {\n      appeal { id number }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AppealQuestionSubmit($input: AppealQuestionSubmitInput!) {\n    appealQuestionSubmit(input: $input) {\n      appeal { id number }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppealSubmit($input: AppealSubmitInput!) {\n    appealSubmit(input: $input) {\n      appeal { id number }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AppealSubmit($input: AppealSubmitInput!) {\n    appealSubmit(input: $input) {\n      appeal { id number }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppealFileFields on AppealFile {\n    id\n    fileName\n    size\n    kind\n    mimeType\n    slotCode\n    slotLabel\n  }\n"): (typeof documents)["\n  fragment AppealFileFields on AppealFile {\n    id\n    fileName\n    size\n    kind\n    mimeType\n    slotCode\n    slotLabel\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppealDetailsFields on Appeal {\n    id\n    number\n    createdAt\n    title\n    topicTitle\n    isQuestion\n    status\n    statusText\n    dueDate\n    processingTimeText\n    overdue\n    account { id number address }\n    applicant { name address email phone }\n    text\n    fields { code label kind section value }\n    attachedFiles { nodes { ...AppealFileFields } }\n    answer\n    answeredAt\n    answerFiles { ...AppealFileFields }\n    rating\n    ratingText\n    ratedAt\n    canRate\n    statusChanges { nodes { fromStatus toStatus toStatusText at comment byStaff staffName } }\n  }\n"): (typeof documents)["\n  fragment AppealDetailsFields on Appeal {\n    id\n    number\n    createdAt\n    title\n    topicTitle\n    isQuestion\n    status\n    statusText\n    dueDate\n    processingTimeText\n    overdue\n    account { id number address }\n    applicant { name address email phone }\n    text\n    fields { code label kind section value }\n    attachedFiles { nodes { ...AppealFileFields } }\n    answer\n    answeredAt\n    answerFiles { ...AppealFileFields }\n    rating\n    ratingText\n    ratedAt\n    canRate\n    statusChanges { nodes { fromStatus toStatus toStatusText at comment byStaff staffName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppealFileLinkCreate($input: AppealFileLinkCreateInput!) {\n    appealFileLinkCreate(input: $input) {\n      link { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AppealFileLinkCreate($input: AppealFileLinkCreateInput!) {\n    appealFileLinkCreate(input: $input) {\n      link { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppealForm($includeQuestions: Boolean!) {\n    appealTopics(includeQuestions: $includeQuestions) {\n      id\n      code\n      title\n      types {\n        id\n        code\n        title\n        topicTitle\n        processingDays\n        maxProcessingDays\n        processingTimeText\n        isQuestion\n        fields { code label kind required section prefillKey sortOrder }\n        fileSlots { code label required multiple sortOrder }\n      }\n    }\n    appealUploadRules { maxTotalBytes maxFiles allowedExtensions accept hint }\n    appealConsents { version personalData simpleSignature }\n    viewer {\n      id\n      activeAccount { id }\n      accounts {\n        id\n        number\n        address\n        appealApplicant { accountNumber name address email phone prefill { key value } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppealForm($includeQuestions: Boolean!) {\n    appealTopics(includeQuestions: $includeQuestions) {\n      id\n      code\n      title\n      types {\n        id\n        code\n        title\n        topicTitle\n        processingDays\n        maxProcessingDays\n        processingTimeText\n        isQuestion\n        fields { code label kind required section prefillKey sortOrder }\n        fileSlots { code label required multiple sortOrder }\n      }\n    }\n    appealUploadRules { maxTotalBytes maxFiles allowedExtensions accept hint }\n    appealConsents { version personalData simpleSignature }\n    viewer {\n      id\n      activeAccount { id }\n      accounts {\n        id\n        number\n        address\n        appealApplicant { accountNumber name address email phone prefill { key value } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChargeHistory($accountId: ID!, $from: Period!, $to: Period!) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        charges(from: $from, to: $to) {\n          from\n          to\n          emptyColumns\n          months {\n            period\n            billed\n            totals { openingBalance charged paid recalculation penalty closingBalance }\n            lines {\n              service\n              zone\n              supplier\n              lossesPercent\n              transformationRatio\n              openingBalance\n              method\n              methodText\n              norm\n              volume\n              unit\n              tariff\n              charged\n              paid\n              recalculation\n              penalty\n              closingBalance\n              explanation { steps { label formula value } total }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChargeHistory($accountId: ID!, $from: Period!, $to: Period!) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        charges(from: $from, to: $to) {\n          from\n          to\n          emptyColumns\n          months {\n            period\n            billed\n            totals { openingBalance charged paid recalculation penalty closingBalance }\n            lines {\n              service\n              zone\n              supplier\n              lossesPercent\n              transformationRatio\n              openingBalance\n              method\n              methodText\n              norm\n              volume\n              unit\n              tariff\n              charged\n              paid\n              recalculation\n              penalty\n              closingBalance\n              explanation { steps { label formula value } total }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChargesPdfCreate($input: ChargesPdfCreateInput!) {\n    chargesPdfCreate(input: $input) {\n      document { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ChargesPdfCreate($input: ChargesPdfCreateInput!) {\n    chargesPdfCreate(input: $input) {\n      document { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChargesExport($accountId: ID!, $from: Period!, $to: Period!, $format: ExportFormat!) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        chargesExport(from: $from, to: $to, format: $format) { link { url expiresAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChargesExport($accountId: ID!, $from: Period!, $to: Period!, $format: ExportFormat!) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        chargesExport(from: $from, to: $to, format: $format) { link { url expiresAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Faq($search: String) {\n    faq(search: $search) { id topic question answer }\n  }\n"): (typeof documents)["\n  query Faq($search: String) {\n    faq(search: $search) { id topic question answer }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeAccount {\n    viewer {\n      id\n      activeAccount {\n        id\n        objectParameters { label value url }\n        tariffs { service rate unit }\n        documents { title status statusText }\n        activeNotices(first: 100) { nodes { kind text createdAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeAccount {\n    viewer {\n      id\n      activeAccount {\n        id\n        objectParameters { label value url }\n        tariffs { service rate unit }\n        documents { title status statusText }\n        activeNotices(first: 100) { nodes { kind text createdAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeNews {\n    companyNews(first: 4) { nodes { id title url publishedAt } }\n  }\n"): (typeof documents)["\n  query HomeNews {\n    companyNews(first: 4) { nodes { id title url publishedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuickLinksWindow {\n    readingsWindow { fromDay toDay }\n  }\n"): (typeof documents)["\n  query QuickLinksWindow {\n    readingsWindow { fromDay toDay }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt }\n      passwordChangeRequired\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt }\n      passwordChangeRequired\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsList($first: Int!, $after: String) {\n    viewer {\n      id\n      unreadNotificationCount\n      notifications(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id kind title body createdAt read accessNotice { id reported appeal { number } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsList($first: Int!, $after: String) {\n    viewer {\n      id\n      unreadNotificationCount\n      notifications(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id kind title body createdAt read accessNotice { id reported appeal { number } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsMarkAllRead($upToId: ID) {\n    notificationsMarkAllRead(input: { upToId: $upToId }) {\n      markedCount\n      viewer { id unreadNotificationCount }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsMarkAllRead($upToId: ID) {\n    notificationsMarkAllRead(input: { upToId: $upToId }) {\n      markedCount\n      viewer { id unreadNotificationCount }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded { id kind title body createdAt read accessNotice { id reported appeal { number } } }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded { id kind title body createdAt read accessNotice { id reported appeal { number } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountAccessReport($id: ID!) {\n    accountAccessReport(input: { noticeId: $id }) {\n      newcomerRemoved\n      notice { id reported appeal { number } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountAccessReport($id: ID!) {\n    accountAccessReport(input: { noticeId: $id }) {\n      newcomerRemoved\n      notice { id reported appeal { number } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorAppealTake($input: AppealTakeInput!) {\n    appealTake(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorAppealTake($input: AppealTakeInput!) {\n    appealTake(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorAppealAnswer($input: AppealAnswerInput!) {\n    appealAnswer(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorAppealAnswer($input: AppealAnswerInput!) {\n    appealAnswer(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorAppealReject($input: AppealRejectInput!) {\n    appealReject(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorAppealReject($input: AppealRejectInput!) {\n    appealReject(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorAppealDueDateExtend($input: AppealDueDateExtendInput!) {\n    appealDueDateExtend(input: $input) {\n      appeal { id dueDate }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorAppealDueDateExtend($input: AppealDueDateExtendInput!) {\n    appealDueDateExtend(input: $input) {\n      appeal { id dueDate }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactCentreSearch($query: String!) {\n    contactCentreUserSearch(query: $query) { userId login email phone accountNumbers deletionRequested }\n  }\n"): (typeof documents)["\n  query ContactCentreSearch($query: String!) {\n    contactCentreUserSearch(query: $query) { userId login email phone accountNumbers deletionRequested }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactCentreCardFields on ContactCentreUserCard {\n    userId login email emailConfirmedAt phone phoneConfirmedAt registeredAt deletionRequestedAt\n    accounts { number address linkedAt }\n    sessions { startedAt lastUsedAt clientAddress userAgent endedAt endReason }\n  }\n"): (typeof documents)["\n  fragment ContactCentreCardFields on ContactCentreUserCard {\n    userId login email emailConfirmedAt phone phoneConfirmedAt registeredAt deletionRequestedAt\n    accounts { number address linkedAt }\n    sessions { startedAt lastUsedAt clientAddress userAgent endedAt endReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactCentreUserOpen($input: ContactCentreUserOpenInput!) {\n    contactCentreUserOpen(input: $input) { user { ...ContactCentreCardFields } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation ContactCentreUserOpen($input: ContactCentreUserOpenInput!) {\n    contactCentreUserOpen(input: $input) { user { ...ContactCentreCardFields } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactCentreUserSignOut($input: ContactCentreUserSignOutInput!) {\n    contactCentreUserSignOut(input: $input) { sessionsEnded userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation ContactCentreUserSignOut($input: ContactCentreUserSignOutInput!) {\n    contactCentreUserSignOut(input: $input) { sessionsEnded userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactCentreUserReset($input: ContactCentreUserResetInput!) {\n    contactCentreUserReset(input: $input) { login accountNumbers userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation ContactCentreUserReset($input: ContactCentreUserResetInput!) {\n    contactCentreUserReset(input: $input) { login accountNumbers userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactCentreConfirmationResend($input: ContactCentreConfirmationResendInput!) {\n    contactCentreConfirmationResend(input: $input) { sent userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation ContactCentreConfirmationResend($input: ContactCentreConfirmationResendInput!) {\n    contactCentreConfirmationResend(input: $input) { sent userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffReadingDispute($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Appeal {\n        readingDispute {\n          meter { id number unit resource digits zones }\n          entered { zone value }\n          accepted { zone value }\n          photo { id fileName }\n          correctedAt\n          correction { zone value sourceText }\n          meterHistory { zone value period submittedAt sourceText status photo { id } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffReadingDispute($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Appeal {\n        readingDispute {\n          meter { id number unit resource digits zones }\n          entered { zone value }\n          accepted { zone value }\n          photo { id fileName }\n          correctedAt\n          correction { zone value sourceText }\n          meterHistory { zone value period submittedAt sourceText status photo { id } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorReadingDisputeAccept($input: ReadingDisputeAcceptInput!) {\n    readingDisputeAccept(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorReadingDisputeAccept($input: ReadingDisputeAcceptInput!) {\n    readingDisputeAccept(input: $input) {\n      appeal { id status statusText }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorReadingPhotoLinkCreate($input: ReadingPhotoLinkCreateInput!) {\n    readingPhotoLinkCreate(input: $input) {\n      link { url }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorReadingPhotoLinkCreate($input: ReadingPhotoLinkCreateInput!) {\n    readingPhotoLinkCreate(input: $input) {\n      link { url }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorFaq($search: String) {\n    staffFaq(search: $search) { id topic question answer position published updatedAt }\n  }\n"): (typeof documents)["\n  query OperatorFaq($search: String) {\n    staffFaq(search: $search) { id topic question answer position published updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorFaqCreate($input: FaqEntryCreateInput!) {\n    faqEntryCreate(input: $input) {\n      entry { id topic question answer position published updatedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorFaqCreate($input: FaqEntryCreateInput!) {\n    faqEntryCreate(input: $input) {\n      entry { id topic question answer position published updatedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorFaqUpdate($input: FaqEntryUpdateInput!) {\n    faqEntryUpdate(input: $input) {\n      entry { id topic question answer position published updatedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorFaqUpdate($input: FaqEntryUpdateInput!) {\n    faqEntryUpdate(input: $input) {\n      entry { id topic question answer position published updatedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorAccountMeters($number: String!) {\n    staffAccount(number: $number) {\n      id\n      number\n      ownerFullName\n      address\n      meters { id number resource statusText operatorBlockReason blockedReason }\n    }\n  }\n"): (typeof documents)["\n  query OperatorAccountMeters($number: String!) {\n    staffAccount(number: $number) {\n      id\n      number\n      ownerFullName\n      address\n      meters { id number resource statusText operatorBlockReason blockedReason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorMeterBlock($input: MeterBlockInput!) {\n    meterBlock(input: $input) {\n      meter { id operatorBlockReason blockedReason }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorMeterBlock($input: MeterBlockInput!) {\n    meterBlock(input: $input) {\n      meter { id operatorBlockReason blockedReason }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorMeterUnblock($input: MeterUnblockInput!) {\n    meterUnblock(input: $input) {\n      meter { id operatorBlockReason blockedReason }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorMeterUnblock($input: MeterUnblockInput!) {\n    meterUnblock(input: $input) {\n      meter { id operatorBlockReason blockedReason }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorNews($first: Int!, $published: Boolean) {\n    staffNews(first: $first, published: $published) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes { id title body url published publishedAt }\n    }\n  }\n"): (typeof documents)["\n  query OperatorNews($first: Int!, $published: Boolean) {\n    staffNews(first: $first, published: $published) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes { id title body url published publishedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorNewsCreate($input: NewsCreateInput!) {\n    newsCreate(input: $input) {\n      news { id title published }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorNewsCreate($input: NewsCreateInput!) {\n    newsCreate(input: $input) {\n      news { id title published }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorNewsUpdate($input: NewsUpdateInput!) {\n    newsUpdate(input: $input) {\n      news { id title body url published publishedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorNewsUpdate($input: NewsUpdateInput!) {\n    newsUpdate(input: $input) {\n      news { id title body url published publishedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorNewsPublish($input: NewsIdInput!) {\n    newsPublish(input: $input) {\n      news { id published publishedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorNewsPublish($input: NewsIdInput!) {\n    newsPublish(input: $input) {\n      news { id published publishedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorNewsUnpublish($input: NewsIdInput!) {\n    newsUnpublish(input: $input) {\n      news { id published publishedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OperatorNewsUnpublish($input: NewsIdInput!) {\n    newsUnpublish(input: $input) {\n      news { id published publishedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorViewer {\n    staffViewer { id login fullName role }\n  }\n"): (typeof documents)["\n  query OperatorViewer {\n    staffViewer { id login fullName role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSessionCreate($input: StaffSessionCreateInput!) {\n    staffSessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt }\n      staff { id login fullName role }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffSessionCreate($input: StaffSessionCreateInput!) {\n    staffSessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt }\n      staff { id login fullName role }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffQueue($status: [AppealStatus!], $overdueOnly: Boolean, $number: String, $accountNumber: String, $first: Int!) {\n    staffAppealCounts { accepted inProgress overdue }\n    staffAppeals(status: $status, overdueOnly: $overdueOnly, number: $number, accountNumber: $accountNumber, first: $first) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes {\n        id\n        number\n        createdAt\n        title\n        isQuestion\n        status\n        statusText\n        dueDate\n        overdue\n        account { id number }\n        operator { login fullName }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffQueue($status: [AppealStatus!], $overdueOnly: Boolean, $number: String, $accountNumber: String, $first: Int!) {\n    staffAppealCounts { accepted inProgress overdue }\n    staffAppeals(status: $status, overdueOnly: $overdueOnly, number: $number, accountNumber: $accountNumber, first: $first) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes {\n        id\n        number\n        createdAt\n        title\n        isQuestion\n        status\n        statusText\n        dueDate\n        overdue\n        account { id number }\n        operator { login fullName }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAppealDetails($id: ID!) {\n    appealUploadRules { maxTotalBytes maxFiles }\n    node(id: $id) {\n      __typename\n      id\n      ... on Appeal {\n        ...AppealDetailsFields\n        operator { login fullName }\n        type { id processingDays maxProcessingDays }\n        readingDispute { correctedAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffAppealDetails($id: ID!) {\n    appealUploadRules { maxTotalBytes maxFiles }\n    node(id: $id) {\n      __typename\n      id\n      ... on Appeal {\n        ...AppealDetailsFields\n        operator { login fullName }\n        type { id processingDays maxProcessingDays }\n        readingDispute { correctedAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StaffAppealQueueChanged {\n    staffAppealQueueChanged { id number status statusText }\n  }\n"): (typeof documents)["\n  subscription StaffAppealQueueChanged {\n    staffAppealQueueChanged { id number status statusText }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordChangeState {\n    viewer { id }\n  }\n"): (typeof documents)["\n  query PasswordChangeState {\n    viewer { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavedCardDelete($input: SavedCardDeleteInput!) {\n    savedCardDelete(input: $input) {\n      deletedCardId\n      disabledAutopays\n      viewer { id cards(first: 100) { nodes { id maskedPan brand expiry expired } } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SavedCardDelete($input: SavedCardDeleteInput!) {\n    savedCardDelete(input: $input) {\n      deletedCardId\n      disabledAutopays\n      viewer { id cards(first: 100) { nodes { id maskedPan brand expiry expired } } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentHistory($first: Int!) {\n    viewer {\n      id\n      activeAccount {\n        id\n        paymentHistory(first: $first) {\n          totalCount\n          pageInfo { hasNextPage }\n          nodes {\n            id\n            paidAt\n            amount\n            channelText\n            status\n            receipt { ...ReceiptFields }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentHistory($first: Int!) {\n    viewer {\n      id\n      activeAccount {\n        id\n        paymentHistory(first: $first) {\n          totalCount\n          pageInfo { hasNextPage }\n          nodes {\n            id\n            paidAt\n            amount\n            channelText\n            status\n            receipt { ...ReceiptFields }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentHistoryExport($from: Period!, $to: Period!, $format: ExportFormat!) {\n    viewer {\n      id\n      activeAccount {\n        id\n        paymentHistoryExport(from: $from, to: $to, format: $format) { link { url expiresAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentHistoryExport($from: Period!, $to: Period!, $format: ExportFormat!) {\n    viewer {\n      id\n      activeAccount {\n        id\n        paymentHistoryExport(from: $from, to: $to, format: $format) { link { url expiresAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceList($accountId: ID!) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        number\n        invoices(first: 36) {\n          nodes { id number period dueDate amountToPay penalty totalDue }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceList($accountId: ID!) {\n    node(id: $accountId) {\n      id\n      ... on Account {\n        number\n        invoices(first: 36) {\n          nodes { id number period dueDate amountToPay penalty totalDue }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoicePdfCreate($input: InvoicePdfCreateInput!) {\n    invoicePdfCreate(input: $input) {\n      document { url expiresAt }\n      htmlView { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation InvoicePdfCreate($input: InvoicePdfCreateInput!) {\n    invoicePdfCreate(input: $input) {\n      document { url expiresAt }\n      htmlView { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaymentCreate($input: PaymentCreateInput!) {\n    paymentCreate(input: $input) {\n      confirmationUrl\n      payment { id status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation PaymentCreate($input: PaymentCreateInput!) {\n    paymentCreate(input: $input) {\n      confirmationUrl\n      payment { id status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentPage {\n    viewer {\n      id\n      cards(first: 100) { nodes { id maskedPan brand expiry expired } }\n      activeAccount {\n        id\n        number\n        amountDueBySupplier { supplier { id name kind separatePayment } asOf total penalty }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentPage {\n    viewer {\n      id\n      cards(first: 100) { nodes { id maskedPan brand expiry expired } }\n      activeAccount {\n        id\n        number\n        amountDueBySupplier { supplier { id name kind separatePayment } asOf total penalty }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentResult($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Payment {\n        status\n        statusText\n        amount\n        purpose\n        failureReason\n        paidAt\n        account { id number }\n        card { id maskedPan }\n        receipt { ...ReceiptFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentResult($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Payment {\n        status\n        statusText\n        amount\n        purpose\n        failureReason\n        paidAt\n        account { id number }\n        card { id maskedPan }\n        receipt { ...ReceiptFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PaymentStatusChanged($id: ID) {\n    paymentStatusChanged(paymentId: $id) { id status statusText failureReason paidAt }\n  }\n"): (typeof documents)["\n  subscription PaymentStatusChanged($id: ID) {\n    paymentStatusChanged(paymentId: $id) { id status statusText failureReason paidAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReceiptFields on PaymentReceipt {\n    number\n    shiftNumber\n    issuedAt\n    operation\n    taxation\n    total\n    lines { name price quantity amount vat vatRate vatAmount paymentMethod paymentObject supplierInn }\n    vatTotals { vatRate label amount vatAmount }\n    fnNumber\n    fiscalDocumentNumber\n    fiscalSign\n    kktRegNumber\n    buyerContact\n    siteUrl\n    placeOfSettlement\n    qrText\n    seller { name inn address }\n  }\n"): (typeof documents)["\n  fragment ReceiptFields on PaymentReceipt {\n    number\n    shiftNumber\n    issuedAt\n    operation\n    taxation\n    total\n    lines { name price quantity amount vat vatRate vatAmount paymentMethod paymentObject supplierInn }\n    vatTotals { vatRate label amount vatAmount }\n    fnNumber\n    fiscalDocumentNumber\n    fiscalSign\n    kktRegNumber\n    buyerContact\n    siteUrl\n    placeOfSettlement\n    qrText\n    seller { name inn address }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaymentReceiptPdfCreate($input: PaymentReceiptPdfCreateInput!) {\n    paymentReceiptPdfCreate(input: $input) {\n      document { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation PaymentReceiptPdfCreate($input: PaymentReceiptPdfCreateInput!) {\n    paymentReceiptPdfCreate(input: $input) {\n      document { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AutopayFields on Autopay {\n    id\n    status\n    connected\n    statusText\n    connectedByOtherUser\n    mode\n    modeText\n    day\n    maxAmount\n    nextChargeOn\n    card { id maskedPan brand expiry expired }\n    cardVerification { id status failureReason }\n    lastRun { period status statusText amount reason createdAt }\n  }\n"): (typeof documents)["\n  fragment AutopayFields on Autopay {\n    id\n    status\n    connected\n    statusText\n    connectedByOtherUser\n    mode\n    modeText\n    day\n    maxAmount\n    nextChargeOn\n    card { id maskedPan brand expiry expired }\n    cardVerification { id status failureReason }\n    lastRun { period status statusText amount reason createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutopayDisable($input: AutopayDisableInput!) {\n    autopayDisable(input: $input) {\n      autopay { ...AutopayFields }\n      account { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AutopayDisable($input: AutopayDisableInput!) {\n    autopayDisable(input: $input) {\n      autopay { ...AutopayFields }\n      account { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutopaySet($input: AutopaySetInput!) {\n    autopaySet(input: $input) {\n      confirmationUrl\n      autopay { ...AutopayFields }\n      account { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AutopaySet($input: AutopaySetInput!) {\n    autopaySet(input: $input) {\n      confirmationUrl\n      autopay { ...AutopayFields }\n      account { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutopayBlock($id: ID!) {\n    viewer { id cards(first: 100) { nodes { id maskedPan brand expiry expired } } }\n    node(id: $id) {\n      __typename\n      id\n      ... on Account { number autopay { ...AutopayFields } }\n    }\n  }\n"): (typeof documents)["\n  query AutopayBlock($id: ID!) {\n    viewer { id cards(first: 100) { nodes { id maskedPan brand expiry expired } } }\n    node(id: $id) {\n      __typename\n      id\n      ... on Account { number autopay { ...AutopayFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutopayReturn($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Payment { account { id } }\n    }\n  }\n"): (typeof documents)["\n  query AutopayReturn($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Payment { account { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AutopayCardChecked {\n    paymentStatusChanged { id status }\n  }\n"): (typeof documents)["\n  subscription AutopayCardChecked {\n    paymentStatusChanged { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountLink($input: AccountLinkInput!) {\n    accountLink(input: $input) {\n      account { id number }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountLink($input: AccountLinkInput!) {\n    accountLink(input: $input) {\n      account { id number }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountUnlink($input: AccountUnlinkInput!) {\n    accountUnlink(input: $input) {\n      deletionScheduled\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountUnlink($input: AccountUnlinkInput!) {\n    accountUnlink(input: $input) {\n      deletionScheduled\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    viewer {\n      id\n      apiTokens { id name prefix scopes createdAt expiresAt lastUsedAt state stateText }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    viewer {\n      id\n      apiTokens { id name prefix scopes createdAt expiresAt lastUsedAt state stateText }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenCreate($input: ApiTokenCreateInput!) {\n    apiTokenCreate(input: $input) {\n      secret\n      token { id name }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiTokenCreate($input: ApiTokenCreateInput!) {\n    apiTokenCreate(input: $input) {\n      secret\n      token { id name }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {\n    apiTokenRevoke(input: $input) {\n      token { id state stateText }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {\n    apiTokenRevoke(input: $input) {\n      token { id state stateText }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutopayTab {\n    viewer {\n      id\n      emailConfirmed\n      cards(first: 100) { nodes { id maskedPan brand expiry expired } }\n      accounts { id number address autopay { ...AutopayFields } }\n    }\n  }\n"): (typeof documents)["\n  query AutopayTab {\n    viewer {\n      id\n      emailConfirmed\n      cards(first: 100) { nodes { id maskedPan brand expiry expired } }\n      accounts { id number address autopay { ...AutopayFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerContactsUpdate($input: ViewerContactsUpdateInput!) {\n    viewerContactsUpdate(input: $input) {\n      emailConfirmationSent\n      phoneConfirmationRequired\n      viewer { id email emailConfirmed phone phoneConfirmed profileCompleteness subscriptions { eInvoice info } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerContactsUpdate($input: ViewerContactsUpdateInput!) {\n    viewerContactsUpdate(input: $input) {\n      emailConfirmationSent\n      phoneConfirmationRequired\n      viewer { id email emailConfirmed phone phoneConfirmed profileCompleteness subscriptions { eInvoice info } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerLoginChange($input: ViewerLoginChangeInput!) {\n    viewerLoginChange(input: $input) {\n      viewer { id login }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerLoginChange($input: ViewerLoginChangeInput!) {\n    viewerLoginChange(input: $input) {\n      viewer { id login }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PushState($endpoint: String!) {\n    webPushPublicKey\n    viewer { id pushSubscription(endpoint: $endpoint) { endpoint readingReminders paymentReminders appealAnswers } }\n  }\n"): (typeof documents)["\n  query PushState($endpoint: String!) {\n    webPushPublicKey\n    viewer { id pushSubscription(endpoint: $endpoint) { endpoint readingReminders paymentReminders appealAnswers } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerPushSubscribe($input: ViewerPushSubscribeInput!) {\n    viewerPushSubscribe(input: $input) {\n      subscription { endpoint readingReminders paymentReminders appealAnswers }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerPushSubscribe($input: ViewerPushSubscribeInput!) {\n    viewerPushSubscribe(input: $input) {\n      subscription { endpoint readingReminders paymentReminders appealAnswers }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerPushUnsubscribe($input: ViewerPushUnsubscribeInput!) {\n    viewerPushUnsubscribe(input: $input) {\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerPushUnsubscribe($input: ViewerPushUnsubscribeInput!) {\n    viewerPushUnsubscribe(input: $input) {\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRevokeAll {\n    sessionRevokeAll {\n      revoked\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionRevokeAll {\n    sessionRevokeAll {\n      revoked\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerSubscriptionsUpdate($input: ViewerSubscriptionsUpdateInput!) {\n    viewerSubscriptionsUpdate(input: $input) {\n      viewer { id subscriptions { eInvoice info } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerSubscriptionsUpdate($input: ViewerSubscriptionsUpdateInput!) {\n    viewerSubscriptionsUpdate(input: $input) {\n      viewer { id subscriptions { eInvoice info } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileViewer {\n    viewer {\n      id\n      login\n      email\n      emailConfirmed\n      phone\n      phoneConfirmed\n      profileCompleteness\n      subscriptions { eInvoice info }\n      accounts { id number ownerFullName address }\n      activeAccount { id }\n    }\n  }\n"): (typeof documents)["\n  query ProfileViewer {\n    viewer {\n      id\n      login\n      email\n      emailConfirmed\n      phone\n      phoneConfirmed\n      profileCompleteness\n      subscriptions { eInvoice info }\n      accounts { id number ownerFullName address }\n      activeAccount { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreliminaryCalculation {\n    viewer {\n      id\n      activeAccount {\n        id\n        number\n        preliminaryCalculation {\n          period\n          lines { service method tariff norm volume amount }\n          currentTotal\n          previousDebt\n          total\n          warning\n          acknowledgment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreliminaryCalculation {\n    viewer {\n      id\n      activeAccount {\n        id\n        number\n        preliminaryCalculation {\n          period\n          lines { service method tariff norm volume amount }\n          currentTotal\n          previousDebt\n          total\n          warning\n          acknowledgment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingHistory($from: Period!, $to: Period!, $acceptedOnly: Boolean) {\n    viewer {\n      id\n      activeAccount {\n        id\n        readingHistory(from: $from, to: $to, acceptedOnly: $acceptedOnly) {\n          period\n          rows {\n            submittedAt\n            resource\n            meterNumber\n            meterStatusText\n            zone\n            value\n            difference\n            unit\n            sourceText\n            accepted\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadingHistory($from: Period!, $to: Period!, $acceptedOnly: Boolean) {\n    viewer {\n      id\n      activeAccount {\n        id\n        readingHistory(from: $from, to: $to, acceptedOnly: $acceptedOnly) {\n          period\n          rows {\n            submittedAt\n            resource\n            meterNumber\n            meterStatusText\n            zone\n            value\n            difference\n            unit\n            sourceText\n            accepted\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadingHistoryPdfCreate($input: ReadingHistoryPdfCreateInput!) {\n    readingHistoryPdfCreate(input: $input) {\n      document { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ReadingHistoryPdfCreate($input: ReadingHistoryPdfCreateInput!) {\n    readingHistoryPdfCreate(input: $input) {\n      document { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingHistoryExport($from: Period!, $to: Period!, $acceptedOnly: Boolean, $format: ExportFormat!) {\n    viewer {\n      id\n      activeAccount {\n        id\n        readingHistoryExport(from: $from, to: $to, acceptedOnly: $acceptedOnly, format: $format) { link { url expiresAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadingHistoryExport($from: Period!, $to: Period!, $acceptedOnly: Boolean, $format: ExportFormat!) {\n    viewer {\n      id\n      activeAccount {\n        id\n        readingHistoryExport(from: $from, to: $to, acceptedOnly: $acceptedOnly, format: $format) { link { url expiresAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeterReadingsSubmit($input: MeterReadingsSubmitInput!) {\n    meterReadingsSubmit(input: $input) {\n      readings { zone value status }\n      warnings { meterId zone consumption message }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation MeterReadingsSubmit($input: MeterReadingsSubmitInput!) {\n    meterReadingsSubmit(input: $input) {\n      readings { zone value status }\n      warnings { meterId zone consumption message }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadingDisputeSubmit($input: ReadingDisputeSubmitInput!) {\n    readingDisputeSubmit(input: $input) {\n      appeal { id number statusText }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ReadingDisputeSubmit($input: ReadingDisputeSubmitInput!) {\n    readingDisputeSubmit(input: $input) {\n      appeal { id number statusText }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingDisputeForm {\n    readingPhotoRules { maxBytes accept hint }\n    appealConsents { version personalData simpleSignature }\n    viewer { id appealsAccess { allowed reason } }\n  }\n"): (typeof documents)["\n  query ReadingDisputeForm {\n    readingPhotoRules { maxBytes accept hint }\n    appealConsents { version personalData simpleSignature }\n    viewer { id appealsAccess { allowed reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingsMeters {\n    readingsWindow { open text }\n    readingPhotoRules { accept maxBytes }\n    viewer {\n      id\n      activeAccount {\n        id\n        meters {\n          id\n          number\n          resource\n          unit\n          digits\n          zones\n          status\n          statusText\n          blockedReason\n          nextVerificationDate\n          lastAccepted { zone value submittedAt acceptedAt }\n          lastSubmitted { zone value submittedAt sourceText }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadingsMeters {\n    readingsWindow { open text }\n    readingPhotoRules { accept maxBytes }\n    viewer {\n      id\n      activeAccount {\n        id\n        meters {\n          id\n          number\n          resource\n          unit\n          digits\n          zones\n          status\n          statusText\n          blockedReason\n          nextVerificationDate\n          lastAccepted { zone value submittedAt acceptedAt }\n          lastSubmitted { zone value submittedAt sourceText }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordResetRequest($input: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $input) {\n      sentTo\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation PasswordResetRequest($input: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $input) {\n      sentTo\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordReset($input: PasswordResetInput!) {\n    passwordReset(input: $input) {\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation PasswordReset($input: PasswordResetInput!) {\n    passwordReset(input: $input) {\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserRegister($input: UserRegisterInput!) {\n    userRegister(input: $input) {\n      session { accessToken accessTokenExpiresAt }\n      viewer { id login email phone }\n      emailConfirmationSent\n      phoneConfirmationRequired\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UserRegister($input: UserRegisterInput!) {\n    userRegister(input: $input) {\n      session { accessToken accessTokenExpiresAt }\n      viewer { id login email phone }\n      emailConfirmationSent\n      phoneConfirmationRequired\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderLink($token: String!) {\n    readingsWindow { open text }\n    reminderLink(token: $token) {\n      problem\n      problemCode\n      page {\n        address\n        expiresAt\n        windowOpen\n        meters {\n          id\n          number\n          resource\n          unit\n          digits\n          zones\n          status\n          statusText\n          blockedReason\n          nextVerificationDate\n          lastAccepted { zone value submittedAt acceptedAt }\n          lastSubmitted { zone value submittedAt sourceText }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReminderLink($token: String!) {\n    readingsWindow { open text }\n    reminderLink(token: $token) {\n      problem\n      problemCode\n      page {\n        address\n        expiresAt\n        windowOpen\n        meters {\n          id\n          number\n          resource\n          unit\n          digits\n          zones\n          status\n          statusText\n          blockedReason\n          nextVerificationDate\n          lastAccepted { zone value submittedAt acceptedAt }\n          lastSubmitted { zone value submittedAt sourceText }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReminderReadingsSubmit($input: ReminderReadingsSubmitInput!) {\n    reminderReadingsSubmit(input: $input) {\n      readings { zone value status }\n      warnings { meterId zone consumption message }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ReminderReadingsSubmit($input: ReminderReadingsSubmitInput!) {\n    reminderReadingsSubmit(input: $input) {\n      readings { zone value status }\n      warnings { meterId zone consumption message }\n      userErrors { field message code }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;