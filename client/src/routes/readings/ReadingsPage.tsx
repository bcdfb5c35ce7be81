// Section «Показания приборов учета» (manual 6.2) with its three subsections, each at its own
// address: «Передача показаний» (/readings), «История показаний» (/readings/history) and
// «Предварительный расчет» (/readings/estimate).
import { Show, type Component } from "solid-js";
import { Dynamic } from "solid-js/web";
import { A, useParams } from "@solidjs/router";
import { usePageTitle } from "../../lib/title";
import { useViewer } from "../../layout/viewer";
import { NavStrip } from "../../components/NavStrip";
import { ConsumptionComparison } from "../../components/ConsumptionComparison";
import { SubmitTab } from "./components/SubmitTab";
import { HistoryTab } from "./HistoryTab";
import { EstimateTab } from "./EstimateTab";
import { readingsHref, type ReadingsTab, type ReadingsTabProps } from "./paths";

const TABS: { path: ReadingsTab; label: string; component: Component<ReadingsTabProps> }[] = [
  { path: "", label: "Передача показаний", component: SubmitTab },
  { path: "history", label: "История показаний", component: HistoryTab },
  { path: "estimate", label: "Предварительный расчет", component: EstimateTab },
];
const TAB_LINKS = TABS.map((t) => ({ href: readingsHref(t.path), label: t.label, end: true }));

export function ReadingsPage() {
  const params = useParams();
  const viewer = useViewer();
  const tab = () => TABS.find((t) => t.path === (params.tab ?? "")) ?? TABS[0]!;
  usePageTitle(() => `${tab().label} — Показания`);

  return (
    <div class="readings">
      <h1 class="page-title">Показания приборов учета</h1>
      <NavStrip label="Подразделы показаний" items={TAB_LINKS} listClass="tabs" linkClass="tabs__tab" keepCurrentInView />
      <section class="card readings__panel" aria-labelledby="readings-panel-title">
        <Show
          when={viewer().activeAccount}
          fallback={
            <>
              <h2 id="readings-panel-title" class="panel-head__title">
                {tab().label}
              </h2>
              <p class="muted">
                К учетной записи не привязан лицевой счет. Привяжите его в разделе <A href="/profile">«Профиль»</A>.
              </p>
            </>
          }
        >
          {(account) => <Dynamic component={tab().component} accountId={account().id} titleId="readings-panel-title" />}
        </Show>
      </section>
      <Show when={viewer().activeAccount}>
        {(account) => (
          <section class="card readings__consumption">
            <ConsumptionComparison accountId={account().id} period={null} />
          </section>
        )}
      </Show>
    </div>
  );
}
