// «Оплата услуг» (manual 6.4.3, figure 21): what is due to each supplier of the account, prefilled
// and editable. The retailer and the suppliers of the common split are paid together (their total
// shown); a supplier that takes payment only separately has its own «Оплатить». «Оплатить» opens
// the bank's card page; the same attempt repeated (a double click, a retry) carries the same
// idempotency key, so it never opens two payments.
import { For, Show, createMemo, createSignal, createUniqueId } from "solid-js";
import { A, useNavigate } from "@solidjs/router";
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import type { PaymentCreatePurpose } from "../../gql/graphql";
import { formatDate, formatRub, rublesForInput } from "../../lib/format";
import { requestErrorText } from "../../lib/userErrors";
import { AmountInput } from "../../components/AmountInput";
import { readingsHref } from "../readings/paths";
import { newIdempotencyKey } from "../../lib/idempotencyKey";
import { AMOUNT_MSG, totalOf, typedAmount } from "./amounts";
import type { CardChoiceValue } from "./CardChoice";
import type { SupplierKind } from "../../gql/graphql";
import { paymentResultHref } from "./paths";

export type Due = {
  supplier: { id: string; name: string; kind: SupplierKind; separatePayment: boolean };
  asOf: string;
  total: string;
  penalty: string;
};

const PaymentCreate = graphql(`
  mutation PaymentCreate($input: PaymentCreateInput!) {
    paymentCreate(input: $input) {
      confirmationUrl
      payment { id status }
      userErrors { field message code }
    }
  }
`);

export function PayForm(props: {
  accountId: string;
  accountNumber: string;
  dues: Due[];
  card: CardChoiceValue;
  /** «Оплатить авансом» from the preliminary calculation: the retailer's sum, paid as an advance. */
  advance: string | null;
}) {
  const id = createUniqueId();
  const navigate = useNavigate();
  const [, create] = createMutation(PaymentCreate);
  // Typed sums by account and supplier: another account starts from its own prefill.
  const [typed, setTyped] = createSignal<Record<string, string>>({});
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal<Record<string, string>>({});
  const [busy, setBusy] = createSignal<string | null>(null);
  // The current attempt: the same request again keeps its idempotency key.
  let attempt: { signature: string; key: string } | null = null;

  const advanceLine = () => props.dues.find((d) => d.supplier.kind === "RETAILER") ?? null;
  const common = createMemo(() => {
    if (props.advance !== null) return advanceLine() ? [advanceLine()!] : [];
    return props.dues.filter((d) => !d.supplier.separatePayment);
  });
  const separate = createMemo(() => (props.advance !== null ? [] : props.dues.filter((d) => d.supplier.separatePayment)));

  const keyOf = (d: Due) => `${props.accountId}:${d.supplier.id}`;
  const prefill = (d: Due) => (props.advance !== null ? rublesForInput(props.advance) : rublesForInput(d.total));
  const amountOf = (d: Due) => typed()[keyOf(d)] ?? prefill(d);
  const commonTotal = () => totalOf(common().map((d) => ({ key: d.supplier.id, typed: amountOf(d) })));

  async function pay(group: string, lines: Due[]) {
    if (busy()) return;
    const purpose: PaymentCreatePurpose = props.advance !== null ? "ADVANCE" : "BILL";
    const fieldErrors: Record<string, string> = {};
    const items: { supplierId: string; amount: string }[] = [];
    for (const d of lines) {
      const amount = typedAmount(amountOf(d));
      if (amount === null) fieldErrors[d.supplier.id] = AMOUNT_MSG.format;
      else if (amount !== "0.00") items.push({ supplierId: d.supplier.id, amount });
    }
    setErrors(fieldErrors);
    setFormError({});
    if (Object.keys(fieldErrors).length) {
      document.querySelector<HTMLInputElement>(`[data-amount-of="${lines.find((d) => fieldErrors[d.supplier.id])!.supplier.id}"]`)?.focus();
      return;
    }
    if (!items.length) return setFormError({ [group]: AMOUNT_MSG.none });

    const input = { accountId: props.accountId, items, purpose, savedCardId: props.card };
    const signature = JSON.stringify(input);
    if (attempt?.signature !== signature) attempt = { signature, key: newIdempotencyKey() };
    setBusy(group);
    let leaving = false;
    try {
      const result = await create({ input: { ...input, idempotencyKey: attempt.key } });
      const payload = result.data?.paymentCreate;
      if (!payload) return setFormError({ [group]: requestErrorText(result.error) });
      if (payload.userErrors.length) {
        const byLine: Record<string, string> = {};
        const rest: string[] = [];
        for (const e of payload.userErrors) {
          const index = e.field?.[0] === "input" && e.field[1] === "items" ? Number(e.field[2]) : NaN;
          const line = Number.isInteger(index) ? items[index] : undefined;
          if (line) byLine[line.supplierId] ??= e.message;
          else rest.push(e.message);
        }
        setErrors(byLine);
        if (rest.length) setFormError({ [group]: rest.join(" ") });
        attempt = null; // a corrected request is a new attempt
        return;
      }
      if (payload.confirmationUrl) {
        leaving = true;
        window.location.assign(payload.confirmationUrl); // the bank's page
        return;
      }
      if (payload.payment) navigate(paymentResultHref(payload.payment.id));
    } finally {
      if (!leaving) setBusy(null);
    }
  }

  const line = (d: Due) => (
    <div class="supplier" data-supplier-kind={d.supplier.kind}>
      <div class="supplier__info">
        <p class="supplier__name">
          {d.supplier.name} <span class="nowrap">(ЛС {props.accountNumber})</span>
        </p>
        <Show when={props.advance === null} fallback={<p class="supplier__due">Оплата авансом по предварительному расчету</p>}>
          <p class="supplier__due">
            К оплате на {formatDate(d.asOf)}: <strong class="nowrap">{formatRub(d.total)}</strong> в т.ч. пени{" "}
            <span class="nowrap">{formatRub(d.penalty)}</span>
          </p>
        </Show>
        <Show when={d.supplier.separatePayment}>
          <p class="supplier__note">Принимает оплату только отдельным платежом</p>
        </Show>
      </div>
      <div class="supplier__pay">
        <label class="sr-only" for={`${id}-${d.supplier.id}`}>
          Сумма оплаты: {d.supplier.name}, р.
        </label>
        <AmountInput
          id={`${id}-${d.supplier.id}`}
          name="amount"
          data={{ "data-amount-of": d.supplier.id }}
          value={amountOf(d)}
          onInput={(v) => {
            setTyped((t) => ({ ...t, [keyOf(d)]: v }));
            setErrors((x) => ({ ...x, [d.supplier.id]: "" }));
          }}
          invalid={!!errors()[d.supplier.id]}
          describedBy={errors()[d.supplier.id] ? `${id}-${d.supplier.id}-error` : undefined}
        />
        <Show when={errors()[d.supplier.id]}>
          <p id={`${id}-${d.supplier.id}-error`} class="field-error" role="alert">
            {errors()[d.supplier.id]}
          </p>
        </Show>
      </div>
    </div>
  );

  return (
    <section class="card pay-block" aria-labelledby={`${id}-title`}>
      <header class="pay-block__head">
        <h2 id={`${id}-title`} class="pay-block__title">
          Оплата услуг
        </h2>
        <A href={readingsHref("estimate")} class="button button--ghost button--small">
          Выполнить предварительный расчет
        </A>
      </header>
      <Show when={props.advance !== null}>
        <p class="notice notice--info">
          <span>
            Сумма предварительного расчета подставлена для оплаты авансом. <A href="/payment">Оплатить по квитанции</A>
          </span>
        </p>
      </Show>
      <Show when={props.dues.length} fallback={<p class="muted">По лицевому счету нет поставщиков услуг для оплаты.</p>}>
        <Show when={common().length}>
          <form class="pay-group" onSubmit={(e) => (e.preventDefault(), void pay("common", common()))} novalidate>
            <For each={common()}>{line}</For>
            <div class="pay-group__foot">
              <p class="pay-group__total">
                Итого к оплате:{" "}
                <strong class="nowrap" data-total>
                  {formatRub(commonTotal().total)}
                </strong>
              </p>
              <button type="submit" class="button button--accent" disabled={!!busy()}>
                {busy() === "common" ? "Переходим на страницу банка…" : props.advance !== null ? "Оплатить авансом" : "Оплатить"}
              </button>
            </div>
            <Show when={formError().common}>
              <p class="field-error" role="alert">
                {formError().common}
              </p>
            </Show>
          </form>
        </Show>
        <For each={separate()}>
          {(d) => (
            <form class="pay-group pay-group--separate" onSubmit={(e) => (e.preventDefault(), void pay(d.supplier.id, [d]))} novalidate>
              {line(d)}
              <div class="pay-group__foot">
                <button type="submit" class="button button--accent" disabled={!!busy()}>
                  {busy() === d.supplier.id ? "Переходим на страницу банка…" : "Оплатить отдельно"}
                </button>
              </div>
              <Show when={formError()[d.supplier.id]}>
                <p class="field-error" role="alert">
                  {formError()[d.supplier.id]}
                </p>
              </Show>
            </form>
          )}
        </For>
      </Show>
      <p class="pay-block__hint">
        После нажатия «Оплатить» откроется страница банка: там вводятся данные карты и можно отметить «Запомнить мою карту». Для подтверждения операции может
        понадобиться код от банка-эмитента карты.
      </p>
    </section>
  );
}
