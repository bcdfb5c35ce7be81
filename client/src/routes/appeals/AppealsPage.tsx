// Section «Заявления» (manual 6.5) with its subsections «Журнал заявлений», «Подать заявление»
// and «Задать вопрос», each at its own address. The section opens only with a confirmed e-mail:
// otherwise the server's reason is shown with the way to the profile's «Почта, телефон» tab.
import { Show, type Component } from "solid-js";
import { Dynamic } from "solid-js/web";
import { A, useParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import { usePageTitle } from "../../lib/title";
import { QueryStates } from "../../components/QueryStates";
import { NavStrip } from "../../components/NavStrip";
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
const TAB_LINKS = TABS.map((t) => ({ href: appealsHref(t.path), label: t.label, end: true }));

export function AppealsPage() {
  const params = useParams();
  const tab = () => TABS.find((t) => t.path === (params.tab ?? "")) ?? TABS[0]!;
  usePageTitle(() => `${tab().label} — Заявления`);
  // Fresh on every visit: the e-mail may have been confirmed in another tab meanwhile.
  const [result, reexecute] = createQuery({ query: AppealsAccessQuery, requestPolicy: "cache-and-network" });
  const access = () => result.data?.viewer?.appealsAccess;

  return (
    <div class="appeals">
      <div class="appeals__head">
        <h1 class="page-title">Заявления пользователей</h1>
        {/* Figures 31–33: the link sits under the title, above the subsections (open without a confirmed e-mail too). */}
        <A href="/appeals/faq" class="appeals__faq">
          Часто задаваемые вопросы
        </A>
      </div>
      <QueryStates result={result} value={access()} retry={() => reexecute({ requestPolicy: "network-only" })}>
        {(gate) => (
          <Show
            when={gate().allowed}
            fallback={
              <section class="card appeals-gate" aria-labelledby="appeals-gate-title" data-code={gate().code ?? undefined}>
                <LockIcon class="appeals-gate__icon" />
                <div class="appeals-gate__body">
                  <h2 id="appeals-gate-title" class="appeals-gate__title">
                    Раздел недоступен
                  </h2>
                  <p class="appeals-gate__text">{gate().reason}</p>
                  <A href="/profile/contacts" class="button button--primary">
                    Указать и подтвердить e-mail
                  </A>
                </div>
              </section>
            }
          >
            <NavStrip label="Подразделы заявлений" items={TAB_LINKS} listClass="tabs" linkClass="tabs__tab" keepCurrentInView />
            <section class="card appeals__panel" aria-labelledby="appeals-panel-title">
              <Dynamic component={tab().component} titleId="appeals-panel-title" />
            </section>
          </Show>
        )}
      </QueryStates>
    </div>
  );
}
