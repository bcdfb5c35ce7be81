// Section «Оплата» (manual 6.4). Card payment is not built yet; the page already takes the sum of
// «Оплатить авансом» from the preliminary calculation (6.2.3) and leads to that calculation
// (figure 15).
import { Show } from "solid-js";
import { A, useSearchParams } from "@solidjs/router";
import { UnderConstruction } from "../../components/UnderConstruction";
import { formatRub, parseRubles } from "../../lib/format";
import { readingsHref } from "../readings/paths";
import { ADVANCE_PARAMS } from "./paths";

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function PaymentPage() {
  const [params] = useSearchParams();
  const advance = () => {
    const sum = parseRubles(one(params[ADVANCE_PARAMS.amount]) ?? "");
    return sum && sum !== "0.00" ? sum : null;
  };
  const accountNumber = () => {
    const number = one(params[ADVANCE_PARAMS.account]);
    return number && /^\d{10}$/.test(number) ? number : null;
  };

  return (
    <UnderConstruction
      title="Оплата"
      lead={
        <Show when={advance()}>
          {(sum) => (
            <section class="advance-due" aria-labelledby="advance-due-title">
              <h2 id="advance-due-title" class="advance-due__title">Оплата услуг</h2>
              <p class="advance-due__payee">
                АО «Газпром энергосбыт Тюмень»
                <Show when={accountNumber()}>{(n) => <span class="nowrap"> (ЛС {n()})</span>}</Show>
              </p>
              <p class="advance-due__sum">
                Сумма к оплате авансом: <strong>{formatRub(sum())}</strong>
              </p>
              <p class="notice notice--info">
                Оплата банковской картой появится вместе с разделом «Оплата» — тогда эта сумма будет подставлена в
                форму оплаты. Пока оплатить аванс в личном кабинете нельзя.
              </p>
            </section>
          )}
        </Show>
      }
      actions={
        <A href={readingsHref("estimate")} class="button button--ghost">
          Выполнить предварительный расчет
        </A>
      }
    >
      Здесь можно будет открыть квитанцию, оплатить услуги банковской картой, настроить автоплатеж и посмотреть историю платежей.
    </UnderConstruction>
  );
}
