// The chart of «Потребление в сравнении»: a bar per month from the same month a year before to
// this one — measured months blue, months billed by the norm (or the average) grey and hatched-
// looking pale, so they do not read as measurements — and the object's norm as a dashed line.
// Plain chart.js in its own chunk (lazy in ConsumptionComparison.tsx); its figures are also in
// the canvas' label for screen readers.
import { createMemo, onCleanup, onMount } from "solid-js";
import { BarController, BarElement, CategoryScale, Chart, LineController, LineElement, LinearScale, PointElement, Tooltip } from "chart.js";
import { formatPeriod, formatPeriodShort } from "../lib/format";
import { formatDecimal } from "../lib/decimal";
import { BASIS_TEXT, type ServiceData } from "./ConsumptionComparison";

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);

const MEASURED = "#0a63c2";
const CURRENT = "#08467f";
const NOT_MEASURED = "#b8c2cc";

export function ConsumptionChart(props: { service: ServiceData }) {
  let canvas!: HTMLCanvasElement;
  let chart: Chart | undefined;
  const label = createMemo(() => {
    const s = props.service;
    const months = s.months
      .filter((m) => m.volume)
      .map((m) => `${formatPeriod(m.period)} — ${formatDecimal(m.volume!)} ${s.unit}${m.basis && m.basis !== "METER" ? ` (${BASIS_TEXT[m.basis]})` : ""}`);
    const norm = s.norm ? `; норматив ${formatDecimal(s.norm.volume)} ${s.unit}` : "";
    return `${s.service}, потребление по месяцам: ${months.join("; ") || "нет данных"}${norm}`;
  });

  onMount(() => {
    const s = props.service;
    const last = s.months.length - 1;
    chart = new Chart(canvas, {
      type: "bar",
      data: {
        labels: s.months.map((m) => m.period),
        datasets: [
          {
            type: "bar",
            label: s.unit,
            data: s.months.map((m) => (m.volume ? Number(m.volume) : null)),
            backgroundColor: s.months.map((m, i) =>
              m.basis === "METER" || m.basis === "SUBMITTED" ? (i === last || i === 0 ? CURRENT : MEASURED) : NOT_MEASURED,
            ),
            borderRadius: 3,
          },
          ...(s.norm
            ? [
                {
                  type: "line" as const,
                  label: "Норматив",
                  data: s.months.map(() => Number(s.norm!.volume)),
                  borderColor: "#c0392b",
                  borderDash: [6, 4],
                  borderWidth: 2,
                  pointRadius: 0,
                },
              ]
            : []),
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => formatPeriod(String(items[0]?.label ?? "")),
              label: (item) => {
                if (item.dataset.type === "line") return `Норматив: ${formatDecimal(s.norm!.volume)} ${s.unit}`;
                const m = s.months[item.dataIndex]!;
                return m.volume ? `${formatDecimal(m.volume)} ${s.unit}${m.basis ? `, ${BASIS_TEXT[m.basis]}` : ""}` : "нет данных";
              },
            },
          },
        },
        scales: {
          y: { beginAtZero: true },
          x: { ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 8, callback: (_v, i) => formatPeriodShort(s.months[i]!.period) } },
        },
      },
    });
  });
  onCleanup(() => chart?.destroy());

  return (
    <figure class="consumption-chart">
      <div class="consumption-chart__box">
        <canvas ref={canvas} role="img" aria-label={label()} />
      </div>
      <figcaption class="consumption-chart__legend">
        <span class="consumption-chart__key consumption-chart__key--measured">по показаниям</span>
        <span class="consumption-chart__key consumption-chart__key--norm">по нормативу</span>
        {props.service.norm ? <span class="consumption-chart__key consumption-chart__key--line">норматив для объекта</span> : null}
      </figcaption>
    </figure>
  );
}
