// Everything under /operator runs on the staff session (lib/staffAuth.ts) and its own GraphQL
// client: the customer's tokens, cache and WebSocket are never used here, so an operator and a
// customer can be signed in side by side in one browser.
import { onMount, type JSX } from "solid-js";
import type { Client } from "@urql/core";
import { Provider } from "@urql/solid";
import type { RouteSectionProps } from "@solidjs/router";
import { createApiClient } from "../../lib/urql";
import { staffSession } from "../../lib/staffAuth";

let client: Client | undefined;
let started = false;

/** The console's client, made once per page. */
export function staffClient(): Client {
  client ??= createApiClient({ session: staffSession, viewerField: "staffViewer" });
  return client;
}

export function OperatorRoot(props: RouteSectionProps): JSX.Element {
  onMount(() => {
    if (started) return;
    started = true;
    void staffSession.startSession();
  });
  return <Provider value={staffClient()}>{props.children}</Provider>;
}
