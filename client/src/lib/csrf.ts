// Every GraphQL request of the web client carries this header: the server refuses a request a
// cross-site form could send (form-urlencoded, multipart, text/plain) without it (server/app.ts,
// yoga's CSRF prevention), and a page of another site cannot add it without a CORS preflight.
export const CSRF_HEADERS = { "x-graphql-yoga-csrf": "1" } as const;
