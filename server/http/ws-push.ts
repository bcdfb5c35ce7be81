// Subscription results pushed straight onto the WebSocket. graphql-ws pulls each result through
// a chain of async iterators — envelop's per-result hooks, then its own for-await and an awaited
// send — several promises and microtask hops per event; in a broadcast to 10,000 subscribers that
// chain (and its garbage) cost more than executing the results (`npm run bench:subscriptions`).
// Here the compiled subscription (graphql/jit-subscribe.ts) hands each result to `deliver`, which
// masks its errors with yoga's own maskError and sends the `next` message itself.
//
// Masking is the one per-result hook this app has. Other plugins' per-result hooks
// (onSubscribeResult → onNext, or a setResult that swaps the stream) are not run for WebSocket
// subscriptions: a plugin that needs them has to be applied here too.
//
// graphql-ws still owns the protocol: it set the operation up, it iterates what we return here
// (a `next()` that settles only when the stream ends), it calls `return()` when the client
// completes or leaves, and it sends `complete` or `error` at the end — always after our last
// `next`, since those are sent synchronously as the events come.
import type { ExecutionResult, GraphQLError } from "graphql";
import WebSocket from "ws";
import type { EventStream } from "../graphql/jit-subscribe.js";
import { log } from "../shared/log.js";

export interface Masking {
  maskError(error: unknown, message: string): Error;
  errorMessage: string;
}

/**
 * The masking yoga applies to every result (its maskedErrors option, wrapped with its logging;
 * read from yoga's private `maskedErrorsOpts`, checked by ws-push.test.ts), null when masking is
 * off; undefined when this yoga keeps it elsewhere — then results are not pushed and go through
 * yoga's plugin as usual.
 */
export function yogaMasking(yoga: object): Masking | null | undefined {
  const opts = (yoga as { maskedErrorsOpts?: Partial<Masking> | null }).maskedErrorsOpts;
  if (opts === null) return null;
  if (typeof opts?.maskError !== "function" || typeof opts.errorMessage !== "string") return undefined;
  return opts as Masking;
}

/**
 * What graphql-ws iterates for a pushed subscription: `stream`'s results go out as `next`
 * messages for operation `id` as they come; `chain` is what yoga returned around the stream
 * (its return() closes the stream and runs the plugins' end hooks).
 */
export function pushedSubscription(
  stream: EventStream,
  chain: AsyncIterator<unknown>,
  socket: WebSocket,
  id: string,
  masking: Masking | null,
): AsyncGenerator<never, void, unknown> {
  const head = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  const mask = (error: unknown) => (masking ? masking.maskError(error, masking.errorMessage) : error);
  const deliver = (result: ExecutionResult) => {
    if (socket.readyState !== WebSocket.OPEN) return;
    const payload = result.errors ? { ...result, errors: result.errors.map((e) => mask(e) as GraphQLError) } : result;
    try {
      socket.send(`${head}${JSON.stringify(payload)}}`);
    } catch (err) {
      // A result that cannot be serialised: graphql-ws would have failed the same way, on this socket only.
      log.error({ err }, "subscription result not sent");
    }
  };
  const close = () => (chain.return ? chain.return() : stream.return());
  let ended: Promise<IteratorResult<never, void>> | undefined;
  const generator: AsyncGenerator<never, void, unknown> = {
    next() {
      ended ??= stream.pushTo(deliver).then(
        async () => {
          await close();
          return { value: undefined, done: true as const };
        },
        async (err: unknown) => {
          await close();
          throw mask(err);
        },
      );
      return ended;
    },
    async return() {
      await close();
      return { value: undefined, done: true };
    },
    async throw(err: unknown) {
      await close();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return generator;
    },
  } as AsyncGenerator<never, void, unknown>;
  return generator;
}
