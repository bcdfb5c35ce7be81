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
    "\n  mutation ViewerActiveAccountSet($input: ViewerActiveAccountSetInput!) {\n    viewerActiveAccountSet(input: $input) {\n      viewer { id activeAccount { id } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ViewerActiveAccountSetDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded { id title body createdAt read }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query AppViewer {\n    viewer {\n      id\n      login\n      unreadNotificationCount\n      accounts { id number address }\n      activeAccount {\n        id\n        number\n        ownerFullName\n        address\n        amountDue { asOf total penalty }\n      }\n    }\n  }\n": typeof types.AppViewerDocument,
    "\n  mutation SessionRefresh($input: SessionRefreshInput!) {\n    sessionRefresh(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.SessionRefreshDocument,
    "\n  mutation SessionRevoke($input: SessionRevokeInput!) {\n    sessionRevoke(input: $input) { revoked userErrors { code } }\n  }\n": typeof types.SessionRevokeDocument,
    "\n  query HomeNews {\n    news(first: 4) { id title url publishedAt }\n  }\n": typeof types.HomeNewsDocument,
    "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.SessionCreateDocument,
};
const documents: Documents = {
    "\n  mutation ViewerActiveAccountSet($input: ViewerActiveAccountSetInput!) {\n    viewerActiveAccountSet(input: $input) {\n      viewer { id activeAccount { id } }\n      userErrors { field message code }\n    }\n  }\n": types.ViewerActiveAccountSetDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded { id title body createdAt read }\n  }\n": types.NotificationAddedDocument,
    "\n  query AppViewer {\n    viewer {\n      id\n      login\n      unreadNotificationCount\n      accounts { id number address }\n      activeAccount {\n        id\n        number\n        ownerFullName\n        address\n        amountDue { asOf total penalty }\n      }\n    }\n  }\n": types.AppViewerDocument,
    "\n  mutation SessionRefresh($input: SessionRefreshInput!) {\n    sessionRefresh(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n": types.SessionRefreshDocument,
    "\n  mutation SessionRevoke($input: SessionRevokeInput!) {\n    sessionRevoke(input: $input) { revoked userErrors { code } }\n  }\n": types.SessionRevokeDocument,
    "\n  query HomeNews {\n    news(first: 4) { id title url publishedAt }\n  }\n": types.HomeNewsDocument,
    "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n": types.SessionCreateDocument,
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
export function graphql(source: "\n  query HomeNews {\n    news(first: 4) { id title url publishedAt }\n  }\n"): (typeof documents)["\n  query HomeNews {\n    news(first: 4) { id title url publishedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n      userErrors { field message code }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;