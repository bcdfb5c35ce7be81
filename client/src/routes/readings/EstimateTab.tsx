// «Предварительный расчет» (manual 6.2.3, figure 16): this month's sum by the submitted readings
// and the tariffs, by the norm where there is no reading, plus the debt of previous periods.
// Ticking the acknowledgment enables «Оплатить авансом» with the sum, which can be changed.
import { For, Show, createEffect, createSignal, createUniqueId, on } from "solid-js";
import { A, useNavigate } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import type { PreliminaryCalculationQuery } from "../../gql/graphql";
import { formatAmount, formatPeriod, formatRub, parseRubles, rublesForInput } from "../../lib/format";
import { formatDecimal } from "../../lib/decimal";
import { PanelHead } from "../../components/PanelHead";
import { AmountInput } from "../../components/AmountInput";
import { QueryStates } from "../../components/QueryStates";
import { advancePaymentHref } from "../payment/paths";
import { readingsHref, type ReadingsTabProps } from "./paths";

const PreliminaryCalculation = graphql(`
  query PreliminaryCalculation {
    viewer {
      id
      activeAccount {
        id
        number
        preliminaryCalculation {
          period
          lines { service method tariff norm volume amount }
          currentTotal
          previousDebt
          total
          warning
          acknowledgment
        }
      }
    }
  }
`);

type Calculation = NonNullable<NonNullable<PreliminaryCalculationQuery["viewer"]>["activeAccount"]>["preliminaryCalculation"];
type Line = Calculation["lines"][number];

export const ADVANCE_MSG = {
  format: "Введите сумму в рублях, например 1500 или 1500,50.",
  zero: "Сумма к оплате должна быть больше нуля.",
} as const;

const WARNING_LEAD = "Внимание!";

/** A rate in rubles: kopecks always shown ("1,10"), finer rates in full ("4,123"). */
const formatRate = (rate: string) => (/\.\d{3,}$/.test(rate) ? formatDecimal(rate) : formatAmount(rate));

export function EstimateTab(props: ReadingsTabProps) {
  const [result, reexecute] = createQuery({ query: PreliminaryCalculation, requestPolicy: "cache-and-network" });
  const account = () => result.data?.viewer?.activeAccount;

  return (
    <div class="panel estimate">
      <PanelHead id={props.titleId} title="Предварительный расчет">
        Предварительный расчет выполняется по переданным показаниям и в соответствии с тарифами, приведёнными на главной странице. Если показания по каким-либо
        причинам не могут быть переданы (например, если прибор учета вышел из строя или единицы измерения прибора учета не совпадают с единицами измерения для
        тарифных ставок), то расчет будет выполнен по нормативным значениям. В иных случаях, для выполнения более точного предварительного расчета, необходимо{" "}
        <A href={readingsHref("")}>передать показания</A>. В сумму предварительного расчета автоматически будет включена сумма задолженности за предыдущие
        периоды. Переплата по услугам в предварительном расчете не учитывается.
      </PanelHead>
      <QueryStates result={result} value={account()} retry={() => reexecute({ requestPolicy: "network-only" })} loading="Выполняем предварительный расчет…">
        {(a) => <Calculation calc={a().preliminaryCalculation} accountNumber={a().number} />}
      </QueryStates>
    </div>
  );
}

/** The warning as the API words it, its lead «Внимание!» in bold. */
function Warning(props: { text: string }) {
  const rest = () => (props.text.startsWith(WARNING_LEAD) ? props.text.slice(WARNING_LEAD.length).trimStart() : props.text);
  return (
    <p class="notice notice--warning estimate__warning">
      <span>
        <Show when={props.text.startsWith(WARNING_LEAD)}>
          <strong>{WARNING_LEAD}</strong>{" "}
        </Show>
        {rest()}
      </span>
    </p>
  );
}

function Calculation(props: { calc: Calculation; accountNumber: string }) {
  const id = createUniqueId();
  const navigate = useNavigate();
  const [acknowledged, setAcknowledged] = createSignal(false);
  // null until the customer edits the sum: it follows the total while the calculation refreshes.
  const [typed, setTyped] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const amount = () => typed() ?? rublesForInput(props.calc.total);
  // Another account chosen in the header: its own calculation, acknowledged anew.
  createEffect(
    on(
      () => props.accountNumber,
      () => {
        setAcknowledged(false);
        setTyped(null);
        setError(null);
      },
      { defer: true },
    ),
  );

  function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (!acknowledged()) return;
    const sum = parseRubles(amount());
    if (sum === null || sum === "0.00") {
      setError(sum === null ? ADVANCE_MSG.format : ADVANCE_MSG.zero);
      document.getElementById(`${id}-amount`)?.focus();
      return;
    }
    navigate(advancePaymentHref(sum, props.accountNumber));
  }

  return (
    <>
      <Warning text={props.calc.warning} />
      <div class="estimate-wrap">
        <table class="estimate-table">
          <caption class="estimate-table__period">{formatPeriod(props.calc.period)}</caption>
          <thead>
            <tr>
              <th scope="col">Услуга</th>
              <th scope="col" class="num">
                Тариф
              </th>
              <th scope="col" class="num">
                Норматив
              </th>
              <th scope="col" class="num">
                Объем
              </th>
              <th scope="col" class="num">
                Расчетная стоимость
              </th>
            </tr>
          </thead>
          <tbody>
            <For
              each={props.calc.lines}
              fallback={
                <tr>
                  <td colspan="5" class="muted estimate-table__none">
                    Нет услуг для расчета за текущий период.
                  </td>
                </tr>
              }
            >
              {(line) => <LineRow line={line} />}
            </For>
          </tbody>
          <tfoot>
            <tr class="estimate-table__total">
              <th scope="row" colspan="4">
                За текущий период
              </th>
              <td class="num">{formatRub(props.calc.currentTotal)}</td>
            </tr>
            <tr class="estimate-table__total">
              <th scope="row" colspan="4">
                За предыдущие периоды
              </th>
              <td class="num">{formatRub(props.calc.previousDebt)}</td>
            </tr>
            <tr class="estimate-table__total estimate-table__total--grand">
              <th scope="row" colspan="4">
                Итого
              </th>
              <td class="num">{formatRub(props.calc.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>

      <form class="advance" onSubmit={onSubmit} novalidate>
        <label class="check advance__ack">
          <input class="check__box" type="checkbox" name="acknowledged" checked={acknowledged()} onChange={(e) => setAcknowledged(e.currentTarget.checked)} />
          <span class="check__label">{props.calc.acknowledgment}</span>
        </label>
        <div class="advance__pay">
          <label class="sr-only" for={`${id}-amount`}>
            Сумма к оплате авансом, р.
          </label>
          <AmountInput
            id={`${id}-amount`}
            name="amount"
            value={amount()}
            onInput={(v) => {
              setTyped(v);
              setError(null);
            }}
            invalid={!!error()}
            describedBy={error() ? `${id}-amount-error` : undefined}
          />
          <button type="submit" class="button button--accent" disabled={!acknowledged()} aria-describedby={acknowledged() ? undefined : `${id}-hint`}>
            Оплатить авансом
          </button>
        </div>
        <Show
          when={error()}
          fallback={
            <Show when={!acknowledged()}>
              <p id={`${id}-hint`} class="field__hint">
                Чтобы перейти к оплате, отметьте согласие выше.
              </p>
            </Show>
          }
        >
          <p id={`${id}-amount-error`} class="field-error" role="alert">
            {error()}
          </p>
        </Show>
      </form>
    </>
  );
}

/** A line of figure 16, marked by how it was calculated. */
function LineRow(props: { line: Line }) {
  const byNorm = () => props.line.method === "NORM";
  return (
    <tr class="estimate-line" classList={{ "estimate-line--norm": byNorm() }} data-method={props.line.method}>
      <td class="estimate-line__service">
        <span class="estimate-line__name">{props.line.service}</span>
        <span class="estimate-line__method">{byNorm() ? "по нормативу" : "по показаниям"}</span>
      </td>
      <td class="num" data-label="Тариф">
        {formatRate(props.line.tariff)}
      </td>
      <td class="num" data-label="Норматив">
        <Show when={props.line.norm} fallback={<span class="muted">—</span>}>
          {(n) => formatDecimal(n())}
        </Show>
      </td>
      <td class="num" data-label="Объем">
        {formatDecimal(props.line.volume)}
      </td>
      <td class="num estimate-line__amount" data-label="Расчетная стоимость">
        {formatRub(props.line.amount)}
      </td>
    </tr>
  );
}
