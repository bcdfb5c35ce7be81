// Subscriptions run on graphql-jit: the document is compiled once into a plain function, so each
// event (a broadcast runs one per subscriber) costs a few µs instead of graphql-js's generic walk
// over the AST. Only subscription events: queries and mutations keep graphql-js, and a
// subscription is set up (arguments, auth in the field's `subscribe`) by graphql-js's own
// createSourceEventStream, as before. jit's GraphQLError is a graphql-js GraphQLError with
// `originalError`, so error masking treats its errors alike.
//
// The stream it returns can also be pushed (`EventStream.pushTo`): the WebSocket transport
// (http/ws-push.ts) then gets each result straight from the publish call, without the
// promise and iterator layers (envelop's, graphql-ws's) per event.
import {
  createSourceEventStream,
  GraphQLError,
  subscribe,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLSchema,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { pushEvents } from "../integrations/pubsub.js";

type Compiled = CompiledQuery | ExecutionResult;

// Keyed by the parsed document: yoga's parser cache hands every subscriber of the same query
// text the same DocumentNode, so a broadcast's thousands of subscribers share one compilation.
const compiledBySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Compiled>>>();

function compiled(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): Compiled {
  let byDocument = compiledBySchema.get(schema);
  if (!byDocument) compiledBySchema.set(schema, (byDocument = new WeakMap()));
  let byName = byDocument.get(document);
  if (!byName) byDocument.set(document, (byName = new Map()));
  const key = operationName ?? "";
  let c = byName.get(key);
  if (!c) byName.set(key, (c = compileQuery(schema, document, operationName ?? undefined)));
  return c;
}

const streams = new WeakMap<ExecutionArgs, EventStream>();

/** graphql-js's `subscribe`, with each event executed by the compiled document. */
export async function jitSubscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const c = compiled(args.schema, args.document, args.operationName);
  // Not compilable, or not a subscription: graphql-js gives its usual answer.
  if (!isCompiledQuery(c) || !c.subscribe) return subscribe(args);
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source; // errors (unauthorised, bad arguments)
  const { contextValue, variableValues, document } = args;
  const run = (payload: unknown) => {
    const result = c.query(payload, contextValue, variableValues);
    return isPromise(result) ? result.then((r) => withJsErrors(r, document)) : withJsErrors(result, document);
  };
  const stream = new EventStream(source[Symbol.asyncIterator](), run);
  streams.set(args, stream);
  return stream;
}

/** Takes the stream jitSubscribe made for these arguments (the object yoga passed along), if any. */
export function takeEventStream(args: ExecutionArgs): EventStream | undefined {
  const stream = streams.get(args);
  streams.delete(args);
  return stream;
}

type Run = (payload: unknown) => ExecutionResult | Promise<ExecutionResult>;

/**
 * Results of a subscription: pulled like graphql-js's mapped iterator, or pushed to a callback in
 * publish order (a result that needs I/O holds back the later ones until it is delivered).
 */
export class EventStream implements AsyncIterableIterator<ExecutionResult> {
  private closed = false;
  private end?: { promise: Promise<void>; resolve(): void; reject(err: unknown): void };

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly run: Run,
  ) {}

  async next(): Promise<IteratorResult<ExecutionResult>> {
    const r = await this.source.next();
    if (r.done) return { value: undefined, done: true };
    try {
      return { value: await this.run(r.value), done: false };
    } catch (err) {
      await this.return();
      throw err;
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.closed = true;
    this.end?.resolve();
    await this.source.return?.();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  /**
   * Hands every result to `deliver` from now on instead of waiting to be pulled. Resolves when the
   * stream ends (returned, or its source finished), rejects when an event cannot be executed.
   * From the pub/sub the results come synchronously within publish(); from another source (a
   * filtered one) they are pulled in a loop.
   */
  pushTo(deliver: (result: ExecutionResult) => void): Promise<void> {
    if (this.end) throw new Error("already pushing");
    let resolve!: () => void, reject!: (err: unknown) => void;
    const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
    this.end = { promise, resolve, reject };
    if (this.closed) resolve();
    else {
      const fail = (err: unknown) => {
        if (this.closed) return;
        reject(err);
        void this.return();
      };
      // One event: delivered now when its result is ready, else a promise of its delivery.
      // (Never rejects: a failure ends the stream through `fail`.)
      const step = (payload: unknown): Promise<void> | undefined => {
        if (this.closed) return;
        try {
          const result = this.run(payload);
          if (!isPromise(result)) return void deliver(result);
          return result.then((r) => void (this.closed || deliver(r))).catch(fail);
        } catch (err) {
          fail(err);
        }
      };
      let pending: Promise<void> | undefined;
      const sink = (payload: unknown) => {
        const next: Promise<void> | undefined = pending ? pending.then(() => step(payload)) : step(payload);
        if (!next) return;
        const p: Promise<void> = (pending = next.then(() => {
          if (pending === p) pending = undefined;
        }));
      };
      if (!pushEvents(this.source, sink)) {
        void (async () => {
          try {
            for (;;) {
              const r = await this.source.next();
              if (r.done || this.closed) break;
              await step(r.value);
            }
            if (!this.closed) await this.return();
          } catch (err) {
            fail(err);
          }
        })();
      }
    }
    return promise;
  }
}

/**
 * jit's errors carry `locations` but not the AST `nodes` graphql-js errors have (and maskError
 * copies): each is made again as graphql-js's locatedError would have, with the field nodes it
 * points at. An error jit raised itself (a null in a non-null field) has no original error, where
 * graphql-js has a plain Error: one is made, so masking hides it alike.
 */
function withJsErrors(result: ExecutionResult, document: DocumentNode): ExecutionResult {
  if (!result.errors?.length) return result;
  const at = fieldsByLocation(document);
  const errors = result.errors.map((e) => {
    const nodes = (e.locations ?? []).map((l) => at.get(`${l.line}:${l.column}`)).filter((n): n is FieldNode => !!n);
    const originalError = e.originalError ?? new Error(e.message);
    return new GraphQLError(e.message, { nodes: nodes.length ? nodes : undefined, path: e.path, originalError, extensions: e.extensions });
  });
  return { ...result, errors };
}

const fieldIndex = new WeakMap<DocumentNode, Map<string, FieldNode>>();

/** The document's fields by "line:column" of their start (as jit reports locations). */
function fieldsByLocation(document: DocumentNode): Map<string, FieldNode> {
  let index = fieldIndex.get(document);
  if (!index) {
    const built = new Map<string, FieldNode>();
    visit(document, { Field: (node) => void (node.loc && built.set(`${node.loc.startToken.line}:${node.loc.startToken.column}`, node)) });
    fieldIndex.set(document, (index = built));
  }
  return index;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === "function";
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as Promise<T> | null)?.then === "function";
}
