// Section «Заявления» (manual 6.5) with its subsections «Журнал заявлений», «Подать заявление»
// and «Задать вопрос», each at its own address. The section opens only with a confirmed e-mail:
// otherwise the server's reason is shown with the way to the profile's «Почта, телефон» tab.
import { For, Match, Switch, createEffect, on, type Component } from "solid-js";
import { Dynamic } from "solid-js/web";
import { A, useParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import { usePageTitle } from "../../lib/title";
import { requestErrorText } from "../../lib/userErrors";
import { ErrorNotice, Spinner } from "../../components/Status";
import { LockIcon } from "../../components/Icons";
import { JournalTab } from "./JournalTab";
import { SubmitTab } from "./SubmitTab";
import { QuestionTab } from "./QuestionTab";
import { appealsHref, type AppealsTab, type AppealsTabProps } from "./paths";

const AppealsAccessQuery = graphql(`
  query AppealsAccess {
    viewer {
      id
      appealsAccess { allowed code reason }
    }
  }
`);

const TABS: { path: AppealsTab; label: string; component: Component<AppealsTabProps> }[] = [
  { path: "", label: "Журнал заявлений", component: JournalTab },
  { path: "new", label: "Подать заявление", component: SubmitTab },
  { path: "question", label: "Задать вопрос", component: QuestionTab },
];

export function AppealsPage() {
  const params = useParams();
  const tab = () => TABS.find((t) => t.path === (params.tab ?? "")) ?? TABS[0]!;
  usePageTitle(() => `${tab().label} — Заявления`);
  // Fresh on every visit: the e-mail may have been confirmed in another tab meanwhile.
  const [result, reexecute] = createQuery({ query: AppealsAccessQuery, requestPolicy: "cache-and-network" });
  const access = () => result.data?.viewer?.appealsAccess;
  let strip: HTMLUListElement | undefined;

  // On narrow screens the tabs scroll sideways: keep the current one in view.
  createEffect(
    on([tab, () => access()?.allowed], () =>
      queueMicrotask(() => {
        const active = strip?.querySelector<HTMLElement>(".tabs__tab--active");
        if (!strip || !active || strip.scrollWidth <= strip.clientWidth) return;
        const a = active.getBoundingClientRect();
        const s = strip.getBoundingClientRect();
        if (a.left < s.left || a.right > s.right - 32) strip.scrollLeft += a.left - s.left - 8;
      }),
    ),
  );

  return (
    <div class="appeals">
      <h1 class="page-title">Заявления пользователей</h1>
      <Switch>
        <Match when={access()?.allowed === false && access()}>
          {(closed) => (
            <section class="card appeals-gate" aria-labelledby="appeals-gate-title" data-code={closed().code ?? undefined}>
              <LockIcon class="appeals-gate__icon" />
              <div class="appeals-gate__body">
                <h2 id="appeals-gate-title" class="appeals-gate__title">Раздел недоступен</h2>
                <p class="appeals-gate__text">{closed().reason}</p>
                <A href="/profile/contacts" class="button button--primary">
                  Указать и подтвердить e-mail
                </A>
              </div>
            </section>
          )}
        </Match>
        <Match when={access()?.allowed}>
          <nav aria-label="Подразделы заявлений">
            <ul class="tabs" ref={strip}>
              <For each={TABS}>
                {(t) => (
                  <li>
                    <A href={appealsHref(t.path)} end class="tabs__tab" activeClass="tabs__tab--active">
                      {t.label}
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </nav>
          <section class="card appeals__panel" aria-labelledby="appeals-panel-title">
            <Dynamic component={tab().component} titleId="appeals-panel-title" />
          </section>
        </Match>
        <Match when={result.error && !result.fetching}>
          <ErrorNotice onRetry={() => reexecute({ requestPolicy: "network-only" })}>{requestErrorText(result.error)}</ErrorNotice>
        </Match>
        <Match when={result.fetching}>
          <Spinner />
        </Match>
      </Switch>
    </div>
  );
}
