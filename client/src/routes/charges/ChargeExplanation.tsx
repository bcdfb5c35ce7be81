// «Почему такая сумма» under a charge line (a row of its own, closed until asked): the steps the period close took, from «К оплате на
// начало» to «К оплате на конец», each with its arithmetic and what it adds; a link to «Задать
// вопрос» with the line and its steps already written in the question.
import { For, Show, createSignal } from "solid-js";
import { A } from "@solidjs/router";
import { formatMoney, formatPeriod } from "../../lib/format";
import { questionHref } from "../appeals/paths";
import type { ChargeLineData } from "./columns";

/** The question's text: the line, its month and the steps as the customer saw them. */
export function questionText(period: string, line: ChargeLineData): string {
  const steps = line.explanation.steps.map((s) => `${s.label}: ${s.formula} (${formatMoney(s.value)})`).join("\n");
  return `Прошу разъяснить начисление «${line.service}» за ${formatPeriod(period).toLowerCase()}.\n${steps}\nК оплате на конец: ${formatMoney(line.explanation.total)}.\n`;
}

export function ChargeExplanation(props: { id: string; period: string; line: ChargeLineData; colspan: number }) {
  const [open, setOpen] = createSignal(false);
  return (
    <tr class="charges-why">
      <td colspan={props.colspan}>
        <button type="button" class="charges-why__toggle" aria-expanded={open()} aria-controls={props.id} onClick={() => setOpen(!open())}>
          Почему такая сумма<span class="sr-only">: {props.line.service}</span>
        </button>
        <Show when={open()}>
          <div class="charges-why__box" id={props.id} role="group" aria-label={`Почему такая сумма: ${props.line.service}`}>
            <ol class="charges-why__steps">
              <For each={props.line.explanation.steps}>
                {(s) => (
                  <li class="charges-why__step">
                    <span class="charges-why__label">{s.label}</span>
                    <span class="charges-why__formula">{s.formula}</span>
                    <span class="charges-why__value">{formatMoney(s.value)}</span>
                  </li>
                )}
              </For>
            </ol>
            <p class="charges-why__total">
              К оплате на конец: <strong>{formatMoney(props.line.explanation.total)}</strong>
            </p>
            <A class="charges-why__ask" href={questionHref(questionText(props.period, props.line))}>
              Задать вопрос по этой строке
            </A>
          </div>
        </Show>
      </td>
    </tr>
  );
}
