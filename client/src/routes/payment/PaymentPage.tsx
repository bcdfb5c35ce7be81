// Section «Оплата» (manual 6.4, figure 18): the invoice (квитанция), the choice of a saved card,
// «Оплата услуг» per supplier with «Выполнить предварительный расчет», autopay, and «История
// платежей» with receipts. «Оплатить авансом» of the preliminary calculation (6.2.3) arrives as
// /payment?advance=<sum>&account=<number> and is paid to the retailer as an advance.
import { Show, createSignal } from "solid-js";
import { A, useSearchParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import { QueryStates } from "../../components/QueryStates";
import { parseRubles } from "../../lib/format";
import { usePageTitle } from "../../lib/title";
import { AutopayBlock } from "./components/AutopayBlock";
import { CardChoice, type CardChoiceValue } from "./CardChoice";
import { HistoryBlock } from "./HistoryBlock";
import { InvoiceSection } from "./InvoiceSection";
import { PayForm } from "./PayForm";
import { ADVANCE_PARAMS } from "./paths";

const PaymentPageQuery = graphql(`
  query PaymentPage {
    viewer {
      id
      cards(first: 100) { nodes { id maskedPan brand expiry expired } }
      activeAccount {
        id
        number
        amountDueBySupplier { supplier { id name kind separatePayment } asOf total penalty }
      }
    }
  }
`);

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function PaymentPage() {
  usePageTitle(() => "Оплата");
  const [params] = useSearchParams();
  const [result, reexecute] = createQuery({ query: PaymentPageQuery, requestPolicy: "cache-and-network" });
  const viewer = () => result.data?.viewer;
  // undefined until the customer picks: then the newest usable saved card, or «Другая карта».
  const [picked, setPicked] = createSignal<CardChoiceValue | undefined>(undefined);
  const [cardNotice, setCardNotice] = createSignal("");
  const cards = () => viewer()?.cards.nodes ?? [];
  const card = (): CardChoiceValue => {
    const p = picked();
    if (p !== undefined && (p === null || cards().some((c) => c.id === p && !c.expired))) return p;
    return cards().find((c) => !c.expired)?.id ?? null;
  };

  const advance = () => {
    const sum = parseRubles(one(params[ADVANCE_PARAMS.amount]) ?? "");
    return sum && sum !== "0.00" ? sum : null;
  };
  const advanceAccount = () => one(params[ADVANCE_PARAMS.account]) ?? null;

  return (
    <div class="payment">
      <h1 class="page-title">Оплата</h1>
      <QueryStates result={result} value={viewer()} retry={() => reexecute({ requestPolicy: "network-only" })} loading="Загружаем суммы к оплате…">
        {(v) => (
          <Show
            when={v().activeAccount}
            fallback={
              <section class="card pay-block">
                <p class="muted">
                  К учетной записи не привязан лицевой счет. Привяжите его в разделе <A href="/profile">«Профиль»</A>.
                </p>
              </section>
            }
          >
            {(account) => (
              <>
                {/* «Квитанция» (6.4): the billing part's block. */}
                <InvoiceSection accountId={account().id} />
                <Show when={cards().length}>
                  <CardChoice
                    cards={cards()}
                    value={card()}
                    onChange={(v) => (setPicked(v), setCardNotice(""))}
                    onDeleted={(message) => {
                      setCardNotice(message);
                      reexecute({ requestPolicy: "network-only" });
                    }}
                  />
                </Show>
                <p class="panel__status payment__notice" role="status">
                  {cardNotice()}
                </p>
                <Show when={advance() && advanceAccount() && advanceAccount() !== account().number}>
                  <p class="notice notice--info">
                    <span>
                      Предварительный расчет выполнен по лицевому счету {advanceAccount()}. Чтобы оплатить аванс по нему, выберите этот счет в шапке страницы.
                    </span>
                  </p>
                </Show>
                <PayForm
                  accountId={account().id}
                  accountNumber={account().number}
                  dues={account().amountDueBySupplier}
                  card={card()}
                  advance={advance() && (!advanceAccount() || advanceAccount() === account().number) ? advance() : null}
                />
                {/* «Автоплатежи» (6.4.4) */}
                <AutopayBlock accountId={account().id} />
                <HistoryBlock />
              </>
            )}
          </Show>
        )}
      </QueryStates>
    </div>
  );
}
