// The operators' console frame: guards the staff session, names the signed-in employee, and
// links the console's sections — the appeals queue, news, the FAQ and meter blocking.
import { Match, Switch, createEffect, createSignal, type JSX } from "solid-js";
import { A, useNavigate, type RouteSectionProps } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import type { OperatorViewerQuery } from "../../gql/graphql";
import { staffSession } from "../../lib/staffAuth";
import { LogoutIcon } from "../../components/Icons";
import { Brand } from "../../components/Brand";
import { NavStrip } from "../../components/NavStrip";
import { ErrorNotice, NETWORK_ERROR_TEXT, Spinner } from "../../components/Status";
import { requestErrorText } from "../../lib/userErrors";

const OperatorViewer = graphql(`
  query OperatorViewer {
    staffViewer { id login fullName role }
  }
`);

const SECTIONS = [
  { href: "/operator", label: "Заявления", end: true },
  { href: "/operator/news", label: "Новости" },
  { href: "/operator/faq", label: "Частые вопросы" },
  { href: "/operator/meters", label: "Приборы учета" },
] as const;
/** 7.2: finding and resetting users is for the contact centre and administrators. */
const CONTACT_CENTRE = { href: "/operator/contact-centre", label: "Контакт-центр" } as const;

const ROLE_TEXT = { OPERATOR: "оператор", ADMIN: "администратор", CONTACT_CENTRE: "контакт-центр" } as const;

export function OperatorLayout(props: RouteSectionProps) {
  const navigate = useNavigate();
  const status = staffSession.status;
  const [result, reexecute] = createQuery({
    query: OperatorViewer,
    pause: () => status() !== "signedIn",
    requestPolicy: "cache-and-network",
  });

  createEffect(() => {
    if (status() !== "signedOut") return;
    // A session that ended in this page leaves its data in the client's cache: reload to drop it.
    if (staffSession.hadSessionInThisPage()) window.location.replace("/operator/login");
    else navigate("/operator/login", { replace: true });
  });
  // staffViewer stays null even after a refresh: the token is not an employee's, or the session is over.
  createEffect(() => {
    if (!result.fetching && result.data && result.data.staffViewer === null) staffSession.clearSession();
  });

  return (
    <Switch
      fallback={
        <div class="full-page">
          <Spinner />
        </div>
      }
    >
      <Match when={status() === "unreachable"}>
        <div class="full-page">
          <ErrorNotice onRetry={() => void staffSession.startSession()}>{NETWORK_ERROR_TEXT}</ErrorNotice>
        </div>
      </Match>
      <Match when={result.data?.staffViewer}>{(staff) => <Frame staff={staff()}>{props.children}</Frame>}</Match>
      <Match when={result.error && !result.fetching}>
        <div class="full-page">
          <ErrorNotice onRetry={() => reexecute({ requestPolicy: "network-only" })}>{requestErrorText(result.error)}</ErrorNotice>
        </div>
      </Match>
    </Switch>
  );
}

function Frame(props: { staff: NonNullable<OperatorViewerQuery["staffViewer"]>; children: JSX.Element }) {
  const [leaving, setLeaving] = createSignal(false);
  async function leave() {
    setLeaving(true);
    await staffSession.signOut(); // the layout then reloads onto /operator/login
  }
  return (
    <div class="app op">
      <a class="skip-link" href="#main">
        Перейти к содержимому
      </a>
      <header class="op-header">
        <div class="container op-header__inner">
          <Brand href="/operator" product="Консоль оператора" leadsTo="очередь заявлений" />
          <div class="op-header__user">
            <span class="op-header__name">
              {props.staff.fullName} <span class="muted">({ROLE_TEXT[props.staff.role]})</span>
            </span>
            <button type="button" class="button button--small button--ghost" onClick={() => void leave()} disabled={leaving()}>
              <LogoutIcon />
              <span>Выйти</span>
            </button>
          </div>
        </div>
        <NavStrip
          label="Разделы консоли оператора"
          items={props.staff.role === "OPERATOR" ? SECTIONS : [...SECTIONS, CONTACT_CENTRE]}
          navClass="menu"
          listClass="menu__list container"
          linkClass="menu__link"
        />
      </header>
      <main id="main" class="main container" tabindex="-1">
        {props.children}
      </main>
    </div>
  );
}

/** An address of the console that does not exist. */
export function OperatorNotFound() {
  return (
    <section class="card op-panel" aria-labelledby="op-404">
      <h1 id="op-404" class="page-title">
        Страница не найдена
      </h1>
      <p>
        <A href="/operator">Вернуться к очереди заявлений</A>
      </p>
    </section>
  );
}
