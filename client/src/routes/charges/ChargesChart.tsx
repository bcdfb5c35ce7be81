// The chart of «Начисления» (6.3): a point per month with charges, the month's total on hover
// (a tooltip in the page, so it reads like text and is not only pixels). Plain chart.js inside
// a Solid component: created on mount, updated when the range changes, destroyed on cleanup.
import { createEffect, createMemo, on, onCleanup, onMount } from "solid-js";
import { CategoryScale, Chart, LineController, LineElement, LinearScale, PointElement, Tooltip, type TooltipModel } from "chart.js";
import { formatMoney, formatPeriod, formatPeriodShort } from "../../lib/format";

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);

export interface ChartPoint {
  period: string;
  /** Exact decimal from the API; the float is only for plotting. */
  charged: string;
}

const axisNumber = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 0 });

/** Below this chart width the month ticks are «дек 25»: «Декабрь 2025» leaves room for two or three. */
const SHORT_TICKS_BELOW = 560;

export function ChargesChart(props: { points: ChartPoint[] }) {
  let canvas!: HTMLCanvasElement;
  let tip!: HTMLDivElement;
  let chart: Chart<"line"> | undefined;
  const summary = createMemo(
    () => `График начислений по месяцам: ${props.points.map((p) => `${formatPeriod(p.period)} — ${formatMoney(p.charged)}`).join("; ")}`,
  );

  function showTip(model: TooltipModel<"line">) {
    const index = model.dataPoints?.[0]?.dataIndex;
    const point = index === undefined ? undefined : props.points[index];
    if (model.opacity === 0 || !point) {
      tip.hidden = true;
      return;
    }
    tip.querySelector(".charges-chart__tip-period")!.textContent = formatPeriod(point.period);
    tip.querySelector(".charges-chart__tip-sum")!.textContent = formatMoney(point.charged);
    tip.hidden = false;
    const box = canvas.getBoundingClientRect();
    const left = Math.min(Math.max(model.caretX, tip.offsetWidth / 2), box.width - tip.offsetWidth / 2);
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(model.caretY - tip.offsetHeight - 12, 0)}px`;
  }

  const data = (points: ChartPoint[]) => ({
    labels: points.map((p) => formatPeriod(p.period)),
    datasets: [
      {
        label: "Начислено",
        data: points.map((p) => Number(p.charged)),
        borderColor: "#0a63c2",
        backgroundColor: "#0a63c2",
        pointRadius: 4,
        pointHoverRadius: 7,
        borderWidth: 2,
        tension: 0.25,
      },
    ],
  });

  onMount(() => {
    chart = new Chart(canvas, {
      type: "line",
      data: data(props.points),
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: "index", intersect: false },
        plugins: { legend: { display: false }, tooltip: { enabled: false, external: ({ tooltip }) => showTip(tooltip) } },
        scales: {
          y: { beginAtZero: true, ticks: { callback: (v) => `${axisNumber.format(Number(v))} ₽` } },
          x: {
            ticks: {
              maxRotation: 0,
              autoSkip: true,
              autoSkipPadding: 10, // a gap between the ticks left after skipping
              callback(value) {
                const period = props.points[Number(value)]?.period;
                if (!period) return "";
                return this.chart.width < SHORT_TICKS_BELOW ? formatPeriodShort(period) : formatPeriod(period);
              },
            },
          },
        },
      },
    });
  });
  createEffect(
    on(
      () => props.points,
      (points) => {
        if (!chart) return;
        chart.data = data(points);
        chart.update();
      },
      { defer: true },
    ),
  );
  onCleanup(() => chart?.destroy());

  return (
    <figure class="charges-chart">
      <figcaption class="charges-chart__caption">Начислено по месяцам</figcaption>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: hides the pointer's tooltip, which is aria-hidden */}
      <div class="charges-chart__box" onMouseLeave={() => (tip.hidden = true)}>
        <canvas ref={canvas} role="img" aria-label={summary()} />
        <div ref={tip} class="charges-chart__tip" hidden aria-hidden="true">
          <span class="charges-chart__tip-period" />
          <strong class="charges-chart__tip-sum" />
        </div>
      </div>
    </figure>
  );
}
