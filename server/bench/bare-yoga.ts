// The baseline of `npm run bench:home`: a bare graphql-yoga server answering `{ hello }` on
// the same Node HTTP stack as kabinet, started as a child process the same way.
import { createServer } from "node:http";
import { createSchema, createYoga } from "graphql-yoga";

const yoga = createYoga({
  schema: createSchema({ typeDefs: `type Query { hello: String! }`, resolvers: { Query: { hello: () => "world" } } }),
  graphiql: false,
  landingPage: false,
  logging: false,
});
const server = createServer(yoga);
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`bare yoga listening on ${process.env.PORT}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
