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
    "\n  mutation ContactCodeSend($input: ContactCodeSendInput!) {\n    contactCodeSend(input: $input) {\n      sent\n      userErrors { field message code }\n    }\n  }\n": typeof types.ContactCodeSendDocument,
    "\n  mutation PhoneConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id phone phoneConfirmed profileCompleteness }\n      userErrors { field message code }\n    }\n  }\n": typeof types.PhoneConfirmDocument,
    "\n  mutation ViewerActiveAccountSet($input: ViewerActiveAccountSetInput!) {\n    viewerActiveAccountSet(input: $input) {\n      viewer { id activeAccount { id } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ViewerActiveAccountSetDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded { id title body createdAt read }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query AppViewer {\n    viewer {\n      id\n      login\n      unreadNotificationCount\n      accounts { id number address }\n      activeAccount {\n        id\n        number\n        ownerFullName\n        address\n        amountDue { asOf total penalty }\n      }\n    }\n  }\n": typeof types.AppViewerDocument,
    "\n  mutation SessionRefresh($input: SessionRefreshInput!) {\n    sessionRefresh(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.SessionRefreshDocument,
    "\n  mutation SessionRevoke($input: SessionRevokeInput!) {\n    sessionRevoke(input: $input) { revoked userErrors { code } }\n  }\n": typeof types.SessionRevokeDocument,
    "\n  mutation EmailConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.EmailConfirmDocument,
    "\n  query HomeAccount {\n    viewer {\n      id\n      activeAccount {\n        id\n        objectParameters { label value }\n        tariffs { service rate unit }\n        documents { title status statusText }\n        notices { kind text createdAt }\n      }\n    }\n  }\n": typeof types.HomeAccountDocument,
    "\n  query HomeNews {\n    news(first: 4) { id title url publishedAt }\n  }\n": typeof types.HomeNewsDocument,
    "\n  query QuickLinksWindow {\n    readingsWindow { fromDay toDay }\n  }\n": typeof types.QuickLinksWindowDocument,
    "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.SessionCreateDocument,
    "\n  mutation AccountLink($input: AccountLinkInput!) {\n    accountLink(input: $input) {\n      account { id number }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AccountLinkDocument,
    "\n  mutation AccountUnlink($input: AccountUnlinkInput!) {\n    accountUnlink(input: $input) {\n      deletionScheduled\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.AccountUnlinkDocument,
    "\n  mutation ViewerContactsUpdate($input: ViewerContactsUpdateInput!) {\n    viewerContactsUpdate(input: $input) {\n      emailConfirmationSent\n      phoneConfirmationRequired\n      viewer { id email emailConfirmed phone phoneConfirmed profileCompleteness subscriptions { eInvoice info } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ViewerContactsUpdateDocument,
    "\n  mutation ViewerLoginChange($input: ViewerLoginChangeInput!) {\n    viewerLoginChange(input: $input) {\n      viewer { id login }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ViewerLoginChangeDocument,
    "\n  mutation ViewerPasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ViewerPasswordChangeDocument,
    "\n  mutation SessionRevokeAll {\n    sessionRevokeAll {\n      revoked\n      userErrors { field message code }\n    }\n  }\n": typeof types.SessionRevokeAllDocument,
    "\n  mutation ViewerSubscriptionsUpdate($input: ViewerSubscriptionsUpdateInput!) {\n    viewerSubscriptionsUpdate(input: $input) {\n      viewer { id subscriptions { eInvoice info } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ViewerSubscriptionsUpdateDocument,
    "\n  query ProfileViewer {\n    viewer {\n      id\n      login\n      email\n      emailConfirmed\n      phone\n      phoneConfirmed\n      profileCompleteness\n      subscriptions { eInvoice info }\n      accounts { id number ownerFullName address }\n      activeAccount { id }\n    }\n  }\n": typeof types.ProfileViewerDocument,
    "\n  query PreliminaryCalculation {\n    viewer {\n      id\n      activeAccount {\n        id\n        number\n        preliminaryCalculation {\n          period\n          lines { service method tariff norm volume amount }\n          currentTotal\n          previousDebt\n          total\n          warning\n          acknowledgment\n        }\n      }\n    }\n  }\n": typeof types.PreliminaryCalculationDocument,
    "\n  query ReadingHistory($from: Period!, $to: Period!, $acceptedOnly: Boolean) {\n    viewer {\n      id\n      activeAccount {\n        id\n        readingHistory(from: $from, to: $to, acceptedOnly: $acceptedOnly) {\n          period\n          rows {\n            submittedAt\n            resource\n            meterNumber\n            meterStatusText\n            zone\n            value\n            difference\n            unit\n            sourceText\n            accepted\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReadingHistoryDocument,
    "\n  mutation ReadingHistoryPdfCreate($input: ReadingHistoryPdfCreateInput!) {\n    readingHistoryPdfCreate(input: $input) {\n      document { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ReadingHistoryPdfCreateDocument,
    "\n  query ReadingsMeters {\n    readingsWindow { fromDay toDay open }\n    viewer {\n      id\n      activeAccount {\n        id\n        meters {\n          id\n          number\n          resource\n          unit\n          digits\n          zones\n          status\n          statusText\n          blockedReason\n          nextVerificationDate\n          lastAccepted { zone value submittedAt acceptedAt }\n          lastSubmitted { zone value submittedAt sourceText }\n        }\n      }\n    }\n  }\n": typeof types.ReadingsMetersDocument,
    "\n  mutation MeterReadingsSubmit($input: MeterReadingsSubmitInput!) {\n    meterReadingsSubmit(input: $input) {\n      readings { zone value status }\n      warnings { meterId zone consumption message }\n      userErrors { field message code }\n    }\n  }\n": typeof types.MeterReadingsSubmitDocument,
    "\n  mutation PasswordResetRequest($input: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $input) {\n      sentTo\n      userErrors { field message code }\n    }\n  }\n": typeof types.PasswordResetRequestDocument,
    "\n  mutation PasswordReset($input: PasswordResetInput!) {\n    passwordReset(input: $input) {\n      userErrors { field message code }\n    }\n  }\n": typeof types.PasswordResetDocument,
    "\n  mutation UserRegister($input: UserRegisterInput!) {\n    userRegister(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      viewer { id login email phone }\n      emailConfirmationSent\n      phoneConfirmationRequired\n      userErrors { field message code }\n    }\n  }\n": typeof types.UserRegisterDocument,
};
const documents: Documents = {
    "\n  mutation ContactCodeSend($input: ContactCodeSendInput!) {\n    contactCodeSend(input: $input) {\n      sent\n      userErrors { field message code }\n    }\n  }\n": types.ContactCodeSendDocument,
    "\n  mutation PhoneConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id phone phoneConfirmed profileCompleteness }\n      userErrors { field message code }\n    }\n  }\n": types.PhoneConfirmDocument,
    "\n  mutation ViewerActiveAccountSet($input: ViewerActiveAccountSetInput!) {\n    viewerActiveAccountSet(input: $input) {\n      viewer { id activeAccount { id } }\n      userErrors { field message code }\n    }\n  }\n": types.ViewerActiveAccountSetDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded { id title body createdAt read }\n  }\n": types.NotificationAddedDocument,
    "\n  query AppViewer {\n    viewer {\n      id\n      login\n      unreadNotificationCount\n      accounts { id number address }\n      activeAccount {\n        id\n        number\n        ownerFullName\n        address\n        amountDue { asOf total penalty }\n      }\n    }\n  }\n": types.AppViewerDocument,
    "\n  mutation SessionRefresh($input: SessionRefreshInput!) {\n    sessionRefresh(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n": types.SessionRefreshDocument,
    "\n  mutation SessionRevoke($input: SessionRevokeInput!) {\n    sessionRevoke(input: $input) { revoked userErrors { code } }\n  }\n": types.SessionRevokeDocument,
    "\n  mutation EmailConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n": types.EmailConfirmDocument,
    "\n  query HomeAccount {\n    viewer {\n      id\n      activeAccount {\n        id\n        objectParameters { label value }\n        tariffs { service rate unit }\n        documents { title status statusText }\n        notices { kind text createdAt }\n      }\n    }\n  }\n": types.HomeAccountDocument,
    "\n  query HomeNews {\n    news(first: 4) { id title url publishedAt }\n  }\n": types.HomeNewsDocument,
    "\n  query QuickLinksWindow {\n    readingsWindow { fromDay toDay }\n  }\n": types.QuickLinksWindowDocument,
    "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n": types.SessionCreateDocument,
    "\n  mutation AccountLink($input: AccountLinkInput!) {\n    accountLink(input: $input) {\n      account { id number }\n      userErrors { field message code }\n    }\n  }\n": types.AccountLinkDocument,
    "\n  mutation AccountUnlink($input: AccountUnlinkInput!) {\n    accountUnlink(input: $input) {\n      deletionScheduled\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n": types.AccountUnlinkDocument,
    "\n  mutation ViewerContactsUpdate($input: ViewerContactsUpdateInput!) {\n    viewerContactsUpdate(input: $input) {\n      emailConfirmationSent\n      phoneConfirmationRequired\n      viewer { id email emailConfirmed phone phoneConfirmed profileCompleteness subscriptions { eInvoice info } }\n      userErrors { field message code }\n    }\n  }\n": types.ViewerContactsUpdateDocument,
    "\n  mutation ViewerLoginChange($input: ViewerLoginChangeInput!) {\n    viewerLoginChange(input: $input) {\n      viewer { id login }\n      userErrors { field message code }\n    }\n  }\n": types.ViewerLoginChangeDocument,
    "\n  mutation ViewerPasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n": types.ViewerPasswordChangeDocument,
    "\n  mutation SessionRevokeAll {\n    sessionRevokeAll {\n      revoked\n      userErrors { field message code }\n    }\n  }\n": types.SessionRevokeAllDocument,
    "\n  mutation ViewerSubscriptionsUpdate($input: ViewerSubscriptionsUpdateInput!) {\n    viewerSubscriptionsUpdate(input: $input) {\n      viewer { id subscriptions { eInvoice info } }\n      userErrors { field message code }\n    }\n  }\n": types.ViewerSubscriptionsUpdateDocument,
    "\n  query ProfileViewer {\n    viewer {\n      id\n      login\n      email\n      emailConfirmed\n      phone\n      phoneConfirmed\n      profileCompleteness\n      subscriptions { eInvoice info }\n      accounts { id number ownerFullName address }\n      activeAccount { id }\n    }\n  }\n": types.ProfileViewerDocument,
    "\n  query PreliminaryCalculation {\n    viewer {\n      id\n      activeAccount {\n        id\n        number\n        preliminaryCalculation {\n          period\n          lines { service method tariff norm volume amount }\n          currentTotal\n          previousDebt\n          total\n          warning\n          acknowledgment\n        }\n      }\n    }\n  }\n": types.PreliminaryCalculationDocument,
    "\n  query ReadingHistory($from: Period!, $to: Period!, $acceptedOnly: Boolean) {\n    viewer {\n      id\n      activeAccount {\n        id\n        readingHistory(from: $from, to: $to, acceptedOnly: $acceptedOnly) {\n          period\n          rows {\n            submittedAt\n            resource\n            meterNumber\n            meterStatusText\n            zone\n            value\n            difference\n            unit\n            sourceText\n            accepted\n          }\n        }\n      }\n    }\n  }\n": types.ReadingHistoryDocument,
    "\n  mutation ReadingHistoryPdfCreate($input: ReadingHistoryPdfCreateInput!) {\n    readingHistoryPdfCreate(input: $input) {\n      document { url expiresAt }\n      userErrors { field message code }\n    }\n  }\n": types.ReadingHistoryPdfCreateDocument,
    "\n  query ReadingsMeters {\n    readingsWindow { fromDay toDay open }\n    viewer {\n      id\n      activeAccount {\n        id\n        meters {\n          id\n          number\n          resource\n          unit\n          digits\n          zones\n          status\n          statusText\n          blockedReason\n          nextVerificationDate\n          lastAccepted { zone value submittedAt acceptedAt }\n          lastSubmitted { zone value submittedAt sourceText }\n        }\n      }\n    }\n  }\n": types.ReadingsMetersDocument,
    "\n  mutation MeterReadingsSubmit($input: MeterReadingsSubmitInput!) {\n    meterReadingsSubmit(input: $input) {\n      readings { zone value status }\n      warnings { meterId zone consumption message }\n      userErrors { field message code }\n    }\n  }\n": types.MeterReadingsSubmitDocument,
    "\n  mutation PasswordResetRequest($input: PasswordResetRequestInput!) {\n    passwordResetRequest(input: $input) {\n      sentTo\n      userErrors { field message code }\n    }\n  }\n": types.PasswordResetRequestDocument,
    "\n  mutation PasswordReset($input: PasswordResetInput!) {\n    passwordReset(input: $input) {\n      userErrors { field message code }\n    }\n  }\n": types.PasswordResetDocument,
    "\n  mutation UserRegister($input: UserRegisterInput!) {\n    userRegister(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      viewer { id login email phone }\n      emailConfirmationSent\n      phoneConfirmationRequired\n      userErrors { field message code }\n    }\n  }\n": types.UserRegisterDocument,
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
export function graphql(source: "\n  mutation ContactCodeSend($input: ContactCodeSendInput!) {\n    contactCodeSend(input: $input) {\n      sent\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ContactCodeSend($input: ContactCodeSendInput!) {\n    contactCodeSend(input: $input) {\n      sent\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhoneConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id phone phoneConfirmed profileCompleteness }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation PhoneConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id phone phoneConfirmed profileCompleteness }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerActiveAccountSet($input: ViewerActiveAccountSetInput!) {\n    viewerActiveAccountSet(input: $input) {\n      viewer { id activeAccount { id } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerActiveAccountSet($input: ViewerActiveAccountSetInput!) {\n    viewerActiveAccountSet(input: $input) {\n      viewer { id activeAccount { id } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded { id title body createdAt read }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded { id title body createdAt read }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppViewer {\n    viewer {\n      id\n      login\n      unreadNotificationCount\n      accounts { id number address }\n      activeAccount {\n        id\n        number\n        ownerFullName\n        address\n        amountDue { asOf total penalty }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppViewer {\n    viewer {\n      id\n      login\n      unreadNotificationCount\n      accounts { id number address }\n      activeAccount {\n        id\n        number\n        ownerFullName\n        address\n        amountDue { asOf total penalty }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRefresh($input: SessionRefreshInput!) {\n    sessionRefresh(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionRefresh($input: SessionRefreshInput!) {\n    sessionRefresh(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRevoke($input: SessionRevokeInput!) {\n    sessionRevoke(input: $input) { revoked userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation SessionRevoke($input: SessionRevokeInput!) {\n    sessionRevoke(input: $input) { revoked userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailConfirm($input: ContactConfirmInput!) {\n    contactConfirm(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeAccount {\n    viewer {\n      id\n      activeAccount {\n        id\n        objectParameters { label value }\n        tariffs { service rate unit }\n        documents { title status statusText }\n        notices { kind text createdAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeAccount {\n    viewer {\n      id\n      activeAccount {\n        id\n        objectParameters { label value }\n        tariffs { service rate unit }\n        documents { title status statusText }\n        notices { kind text createdAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeNews {\n    news(first: 4) { id title url publishedAt }\n  }\n"): (typeof documents)["\n  query HomeNews {\n    news(first: 4) { id title url publishedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuickLinksWindow {\n    readingsWindow { fromDay toDay }\n  }\n"): (typeof documents)["\n  query QuickLinksWindow {\n    readingsWindow { fromDay toDay }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ViewerContactsUpdate($input: ViewerContactsUpdateInput!) {\n    viewerContactsUpdate(input: $input) {\n      emailConfirmationSent\n      phoneConfirmationRequired\n      viewer { id email emailConfirmed phone phoneConfirmed profileCompleteness subscriptions { eInvoice info } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerContactsUpdate($input: ViewerContactsUpdateInput!) {\n    viewerContactsUpdate(input: $input) {\n      emailConfirmationSent\n      phoneConfirmationRequired\n      viewer { id email emailConfirmed phone phoneConfirmed profileCompleteness subscriptions { eInvoice info } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerLoginChange($input: ViewerLoginChangeInput!) {\n    viewerLoginChange(input: $input) {\n      viewer { id login }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerLoginChange($input: ViewerLoginChangeInput!) {\n    viewerLoginChange(input: $input) {\n      viewer { id login }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerPasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerPasswordChange($input: ViewerPasswordChangeInput!) {\n    viewerPasswordChange(input: $input) {\n      viewer { id }\n      userErrors { field message code }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ReadingsMeters {\n    readingsWindow { fromDay toDay open }\n    viewer {\n      id\n      activeAccount {\n        id\n        meters {\n          id\n          number\n          resource\n          unit\n          digits\n          zones\n          status\n          statusText\n          blockedReason\n          nextVerificationDate\n          lastAccepted { zone value submittedAt acceptedAt }\n          lastSubmitted { zone value submittedAt sourceText }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadingsMeters {\n    readingsWindow { fromDay toDay open }\n    viewer {\n      id\n      activeAccount {\n        id\n        meters {\n          id\n          number\n          resource\n          unit\n          digits\n          zones\n          status\n          statusText\n          blockedReason\n          nextVerificationDate\n          lastAccepted { zone value submittedAt acceptedAt }\n          lastSubmitted { zone value submittedAt sourceText }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeterReadingsSubmit($input: MeterReadingsSubmitInput!) {\n    meterReadingsSubmit(input: $input) {\n      readings { zone value status }\n      warnings { meterId zone consumption message }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation MeterReadingsSubmit($input: MeterReadingsSubmitInput!) {\n    meterReadingsSubmit(input: $input) {\n      readings { zone value status }\n      warnings { meterId zone consumption message }\n      userErrors { field message code }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation UserRegister($input: UserRegisterInput!) {\n    userRegister(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      viewer { id login email phone }\n      emailConfirmationSent\n      phoneConfirmationRequired\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UserRegister($input: UserRegisterInput!) {\n    userRegister(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      viewer { id login email phone }\n      emailConfirmationSent\n      phoneConfirmationRequired\n      userErrors { field message code }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;