// Authenticated frame shared by every section: guards the session, loads the header
// data, and renders header + menu around the page.
import { Match, Show, Switch, createEffect, type JSX } from "solid-js";
import { useNavigate, type RouteSectionProps } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { clearSession, hadSessionInThisPage, sessionStatus, startSession } from "../lib/auth";
import { ErrorNotice, NETWORK_ERROR_TEXT, Spinner } from "../components/Status";
import { requestErrorText } from "../lib/userErrors";
import { AppViewer, ViewerContext, type ViewerData } from "./viewer";
import { Header } from "./Header";
import { passwordChangeReason } from "../lib/userErrors";
import { MainMenu } from "./MainMenu";
import { Footer } from "./Footer";
import { clearOfflineSnapshot, isOnline, loadOfflineSnapshot, saveOfflineHeader } from "../lib/offline";
import { OfflineBanner, OfflineView } from "./OfflineView";
import { afterPrefetch } from "../routes/home/prefetch";

export function AppLayout(props: RouteSectionProps) {
  const navigate = useNavigate();
  const [result, reexecute] = createQuery({
    query: AppViewer,
    pause: () => sessionStatus() !== "signedIn",
    requestPolicy: afterPrefetch(AppViewer, "cache-and-network"),
  });

  createEffect(() => {
    if (sessionStatus() !== "signedOut") return;
    clearOfflineSnapshot(); // the next person at this computer sees nothing offline
    // A session that ended in this page (sign-out, expiry, another tab) leaves the customer's
    // data in urql's cache: a full reload drops it, so the next user never sees it.
    if (hadSessionInThisPage()) window.location.replace("/login");
    else navigate("/login", { replace: true });
  });

  // The session may only change its password (it breaks the rules of 3.1): that page first.
  createEffect(() => {
    const reason = passwordChangeReason(result.error);
    if (reason) navigate("/password-change", { replace: true, state: { reason } });
  });

  // viewer stays null even after the auth exchange refreshed once: the session is over.
  createEffect(() => {
    if (!result.fetching && result.data && result.data.viewer === null && !passwordChangeReason(result.error)) clearSession();
  });

  const refetch = () => reexecute({ requestPolicy: "network-only" });
  // No connection (the session could not be resumed, or the header could not be fetched):
  // the last loaded data, read-only, when this browser has any.
  const offline = () => {
    const unreachable = sessionStatus() === "unreachable" || (!result.data?.viewer && !!result.error?.networkError && !result.fetching);
    return unreachable ? loadOfflineSnapshot() : null;
  };

  return (
    <Switch
      fallback={
        <FullPage>
          <Spinner />
        </FullPage>
      }
    >
      <Match when={offline()}>
        {(snapshot) => <OfflineView snapshot={snapshot()} onRetry={() => void (sessionStatus() === "unreachable" ? startSession() : refetch())} />}
      </Match>
      <Match when={sessionStatus() === "unreachable"}>
        <FullPage>
          <ErrorNotice onRetry={() => void startSession()}>{NETWORK_ERROR_TEXT}</ErrorNotice>
        </FullPage>
      </Match>
      <Match when={result.data?.viewer}>
        {(viewer) => (
          <Frame viewer={viewer} onViewerStale={refetch}>
            {props.children}
          </Frame>
        )}
      </Match>
      <Match when={result.error && !result.fetching && !passwordChangeReason(result.error)}>
        <FullPage>
          <ErrorNotice onRetry={refetch}>{requestErrorText(result.error)}</ErrorNotice>
        </FullPage>
      </Match>
    </Switch>
  );
}

function Frame(props: { viewer: () => ViewerData; onViewerStale: () => void; children: JSX.Element }) {
  createEffect(() => {
    const v = props.viewer();
    const a = v.activeAccount;
    saveOfflineHeader(v.login, a ? { id: a.id, number: a.number, address: a.address, ownerFullName: a.ownerFullName, amountDue: { ...a.amountDue } } : null);
  });
  return (
    <ViewerContext.Provider value={props.viewer}>
      <div class="app">
        <a class="skip-link" href="#main">
          Перейти к содержимому
        </a>
        <Header viewer={props.viewer()} onViewerStale={props.onViewerStale} />
        <MainMenu />
        <main id="main" class="main container" tabindex="-1">
          <Show when={!isOnline()}>
            <OfflineBanner />
          </Show>
          {/* Offline every form control of the page is disabled: nothing is sent or queued. */}
          <fieldset class="offline-fieldset" disabled={!isOnline()}>
            {props.children}
          </fieldset>
        </main>
        <Footer />
      </div>
    </ViewerContext.Provider>
  );
}

function FullPage(props: { children: JSX.Element }) {
  return <div class="full-page">{props.children}</div>;
}
