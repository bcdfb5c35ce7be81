// Section «Показания приборов учета» (manual 6.2) with its three subsections, each at its own
// address: «Передача показаний» (/readings), «История показаний» (/readings/history) and
// «Предварительный расчет» (/readings/estimate).
import { For, Show, createEffect, on, type Component } from "solid-js";
import { Dynamic } from "solid-js/web";
import { A, useParams } from "@solidjs/router";
import { usePageTitle } from "../../lib/title";
import { useViewer } from "../../layout/viewer";
import { SubmitTab } from "./SubmitTab";
import { HistoryTab } from "./HistoryTab";
import { EstimateTab } from "./EstimateTab";
import { readingsHref, type ReadingsTab, type ReadingsTabProps } from "./paths";

const TABS: { path: ReadingsTab; label: string; component: Component<ReadingsTabProps> }[] = [
  { path: "", label: "Передача показаний", component: SubmitTab },
  { path: "history", label: "История показаний", component: HistoryTab },
  { path: "estimate", label: "Предварительный расчет", component: EstimateTab },
];

export function ReadingsPage() {
  const params = useParams();
  const viewer = useViewer();
  const tab = () => TABS.find((t) => t.path === (params.tab ?? "")) ?? TABS[0]!;
  usePageTitle(() => `${tab().label} — Показания`);
  let strip: HTMLUListElement | undefined;

  // On narrow screens the tabs scroll sideways: keep the current one in view.
  createEffect(
    on(tab, () =>
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
    <div class="readings">
      <h1 class="page-title">Показания приборов учета</h1>
      <nav aria-label="Подразделы показаний">
        <ul class="tabs" ref={strip}>
          <For each={TABS}>
            {(t) => (
              <li>
                <A href={readingsHref(t.path)} end class="tabs__tab" activeClass="tabs__tab--active">
                  {t.label}
                </A>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <section class="card readings__panel" aria-labelledby="readings-panel-title">
        <Show
          when={viewer().activeAccount}
          fallback={
            <>
              <h2 id="readings-panel-title" class="panel-head__title">{tab().label}</h2>
              <p class="muted">
                К учетной записи не привязан лицевой счет. Привяжите его в разделе <A href="/profile">«Профиль»</A>.
              </p>
            </>
          }
        >
          {(account) => <Dynamic component={tab().component} accountId={account().id} titleId="readings-panel-title" />}
        </Show>
      </section>
    </div>
  );
}
