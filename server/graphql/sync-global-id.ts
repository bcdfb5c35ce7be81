// Every Node type's `id` resolves synchronously. @pothos/plugin-relay builds it with
// `t.globalID`, whose resolver is an `async` function: every object with an `id` in a result
// costs a promise, and a result with one is a promise itself — graphql-js and graphql-jit then
// finish the whole result in later microtasks. For a subscription broadcast that is several
// promises per subscriber (each with the async-context hooks the log context turns on), the
// largest part of an event's own cost (`npm run bench:subscriptions`). This is relay's
// `globalID` output field again with the same encoding (the builder's `relay.encodeGlobalID`,
// else relay's base64 of `Type:id`), awaiting only what is a promise.
import { completeValue, RootFieldBuilder, type SchemaTypes } from "@pothos/core";
import { encodeGlobalID } from "@pothos/plugin-relay";

type Resolve = (parent: unknown, args: object, context: object, info: unknown) => unknown;
type GlobalIdOptions = { resolve: Resolve } & Record<string, unknown>;

const proto = RootFieldBuilder.prototype as unknown as {
  globalID(this: RootFieldBuilder<SchemaTypes, unknown>, options: GlobalIdOptions): unknown;
};

proto.globalID = function globalID(this: RootFieldBuilder<SchemaTypes, unknown>, { resolve, ...options }: GlobalIdOptions) {
  const builder = this.builder;
  const encode = (result: unknown, context: object) => {
    if (!result || typeof result !== "object") return result;
    const item = result as { type: unknown; id: unknown };
    const typename = builder.configStore.getTypeConfig(item.type as never).name;
    const custom = builder.options.relay?.encodeGlobalID;
    return custom ? custom(typename, String(item.id), context as never) : encodeGlobalID(typename, String(item.id));
  };
  return (this as unknown as { field(o: object): unknown }).field({
    ...options,
    type: "ID",
    resolve: (parent: unknown, args: object, context: object, info: unknown) =>
      completeValue(resolve(parent, args, context, info), (result) => encode(result, context)),
  });
};
