// «Подключить автоплатеж» / «Изменение автоплатежа» (6.4.4, figures 24, 25): the mode, the day, the
// maximum and the card; «Новая карта» leaves for the bank's page with the 1 ₽ verification.
import { For, Show, createSignal, createUniqueId, onMount } from "solid-js";
import { createMutation } from "@urql/solid";
import type { AutopayFieldsFragment, AutopayMode, AutopayReturnTo } from "../../../gql/graphql";
import { AmountInput } from "../../../components/AmountInput";
import { describedBy } from "../../../components/Field";
import { parseRubles, rublesForInput } from "../../../lib/format";
import { requestErrorText, toFormErrors, type FormErrors } from "../../../lib/userErrors";
import { newIdempotencyKey } from "../../../lib/idempotencyKey";
import { DAYS, FORM_FIELDS, MODES, MSG, NEW_CARD, type AutopayFormField } from "../autopay";
import { cardNumber, type SavedCardView } from "../CardChoice";
import { AutopaySetMutation } from "../graphql/mutations/autopaySet";

/** «Подключить автоплатеж» / editing (figures 24, 25). */
export function AutopayForm(props: {
  accountId: string;
  accountNumber: string;
  autopay: AutopayFieldsFragment | null;
  cards: SavedCardView[];
  returnTo: AutopayReturnTo;
  onCancel: () => void;
  onSaved: (text: string) => void;
}) {
  const id = createUniqueId();
  const [, save] = createMutation(AutopaySetMutation);
  const initial = props.autopay;
  const usable = () => props.cards.filter((c) => !c.expired);
  const [mode, setMode] = createSignal<AutopayMode | "">(initial?.mode ?? "");
  const [day, setDay] = createSignal(initial?.day ? String(initial.day) : "");
  const [max, setMax] = createSignal(initial ? rublesForInput(initial.maxAmount) : "");
  const own = initial?.card && props.cards.some((c) => c.id === initial.card!.id && !c.expired) ? initial.card.id : null;
  const [card, setCard] = createSignal<string>(own ?? usable()[0]?.id ?? NEW_CARD);
  const [errors, setErrors] = createSignal<FormErrors<AutopayFormField>>({});
  const [busy, setBusy] = createSignal(false);
  const wasOn = initial?.status === "ACTIVE";
  // The current attempt: the same request again keeps its key (one bank page for a double click).
  let attempt: { signature: string; key: string } | null = null;
  let form!: HTMLFormElement;

  onMount(() => form.querySelector<HTMLElement>("select, input")?.focus());

  const focusFirstError = () => queueMicrotask(() => form.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());

  async function submit() {
    if (busy()) return;
    const local: FormErrors<AutopayFormField> = {};
    const amount = parseRubles(max());
    if (!mode()) local.mode = MSG.mode;
    if (mode() === "DAY_OF_MONTH" && !day()) local.day = MSG.day;
    if (amount === null) local.maxAmount = MSG.amount;
    if (!card()) local.cardId = MSG.card;
    setErrors(local);
    if (Object.keys(local).length) return focusFirstError();

    const newCard = card() === NEW_CARD;
    const input = {
      accountId: props.accountId,
      mode: mode() as AutopayMode,
      day: mode() === "DAY_OF_MONTH" ? Number(day()) : null,
      maxAmount: amount!,
      cardId: newCard ? null : card(),
      newCard,
      returnTo: props.returnTo,
    };
    const signature = JSON.stringify(input);
    if (attempt?.signature !== signature) attempt = { signature, key: newIdempotencyKey() };
    setBusy(true);
    let leaving = false;
    try {
      const r = await save({ input: { ...input, idempotencyKey: newCard ? attempt.key : null } });
      const payload = r.data?.autopaySet;
      if (!payload) return setErrors({ form: requestErrorText(r.error) });
      if (payload.userErrors.length) {
        attempt = null; // a corrected request is a new attempt
        setErrors(toFormErrors(payload.userErrors, FORM_FIELDS));
        return focusFirstError();
      }
      if (payload.confirmationUrl) {
        leaving = true;
        window.location.assign(payload.confirmationUrl); // the bank's page: 1 ₽, returned
        return;
      }
      props.onSaved(wasOn ? "Настройки автоплатежа сохранены." : "Автоплатеж подключен.");
    } finally {
      if (!leaving) setBusy(false);
    }
  }

  const err = (f: AutopayFormField) => errors()[f];
  const submitLabel = () => (wasOn ? "Сохранить" : "Подключить автоплатеж");

  return (
    <form class="form autopay__form" ref={form} onSubmit={(e) => (e.preventDefault(), void submit())} novalidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="autopay__form-title">
        {wasOn ? "Изменение автоплатежа" : "Подключение автоплатежа"} по ЛС {props.accountNumber}
      </h3>
      <div class="autopay__row">
        <div class="field autopay__mode">
          <label class="field__label" for={`${id}-mode`}>
            Способ списания
            <span class="field__required" aria-hidden="true">
              *
            </span>
          </label>
          <select
            id={`${id}-mode`}
            name="mode"
            class="select autopay__select"
            value={mode()}
            onChange={(e) => {
              setMode(e.currentTarget.value as AutopayMode);
              setErrors((x) => ({ ...x, mode: undefined, day: undefined }));
            }}
            aria-required="true"
            aria-invalid={!!err("mode")}
            aria-describedby={describedBy(`${id}-mode`, err("mode"))}
          >
            <option value="" disabled selected={!mode()}>
              Не указан
            </option>
            <For each={MODES}>
              {(m) => (
                <option value={m.value} selected={mode() === m.value}>
                  {m.label}
                </option>
              )}
            </For>
          </select>
          <Show when={err("mode")}>
            <p id={`${id}-mode-error`} class="field-error">
              {err("mode")}
            </p>
          </Show>
        </div>
        <Show when={mode() === "DAY_OF_MONTH"}>
          <div class="field">
            <label class="field__label" for={`${id}-day`}>
              День списания денежных средств
              <span class="field__required" aria-hidden="true">
                *
              </span>
            </label>
            <select
              id={`${id}-day`}
              name="day"
              class="select autopay__select"
              value={day()}
              onChange={(e) => {
                setDay(e.currentTarget.value);
                setErrors((x) => ({ ...x, day: undefined }));
              }}
              aria-required="true"
              aria-invalid={!!err("day")}
              aria-describedby={describedBy(`${id}-day`, err("day"))}
            >
              <option value="" disabled selected={!day()}>
                Выберите день
              </option>
              <For each={DAYS}>
                {(d) => (
                  <option value={String(d)} selected={day() === String(d)}>
                    {d}
                  </option>
                )}
              </For>
            </select>
            <Show when={err("day")}>
              <p id={`${id}-day-error`} class="field-error">
                {err("day")}
              </p>
            </Show>
          </div>
        </Show>
        <div class="field">
          <label class="field__label" for={`${id}-max`}>
            Максимальная сумма списания
            <span class="field__required" aria-hidden="true">
              *
            </span>
          </label>
          <AmountInput
            id={`${id}-max`}
            name="maxAmount"
            class="autopay__sum"
            value={max()}
            onInput={(v) => {
              setMax(v);
              setErrors((x) => ({ ...x, maxAmount: undefined }));
            }}
            required
            invalid={!!err("maxAmount")}
            describedBy={describedBy(`${id}-max`, err("maxAmount"), true)}
          />
          <Show
            when={err("maxAmount")}
            fallback={
              <p id={`${id}-max-hint`} class="field__hint">
                Больше этой суммы за один раз не спишется
              </p>
            }
          >
            <p id={`${id}-max-error`} class="field-error">
              {err("maxAmount")}
            </p>
          </Show>
        </div>
      </div>

      <fieldset class="fieldset autopay__cards" aria-invalid={!!err("cardId")} aria-describedby={err("cardId") ? `${id}-card-error` : `${id}-card-hint`}>
        <legend class="fieldset__legend">
          Банковская карта для списания
          <span class="field__required" aria-hidden="true">
            *
          </span>
        </legend>
        <div class="cards__list">
          <For each={props.cards}>
            {(c) => (
              <div class="cards__item" classList={{ "cards__item--expired": c.expired }}>
                <label class="cards__choice">
                  <input
                    type="radio"
                    name={`${id}-card`}
                    value={c.id}
                    checked={card() === c.id}
                    disabled={c.expired}
                    onChange={() => {
                      setCard(c.id);
                      setErrors((x) => ({ ...x, cardId: undefined }));
                    }}
                  />
                  <span class="cards__number">{cardNumber(c.maskedPan)}</span>
                  <span class="cards__expiry">до {c.expiry}</span>
                  <Show when={c.expired}>
                    <span class="badge badge--warning">Срок действия истек</span>
                  </Show>
                </label>
              </div>
            )}
          </For>
          <div class="cards__item">
            <label class="cards__choice">
              <input
                type="radio"
                name={`${id}-card`}
                value={NEW_CARD}
                checked={card() === NEW_CARD}
                onChange={() => {
                  setCard(NEW_CARD);
                  setErrors((x) => ({ ...x, cardId: undefined }));
                }}
              />
              <span class="cards__number">Новая карта</span>
            </label>
          </div>
        </div>
        <Show
          when={err("cardId")}
          fallback={
            <p id={`${id}-card-hint`} class="field__hint">
              <Show when={card() === NEW_CARD} fallback="Выберите банковскую карту, привязанную ранее, либо привяжите новую, выбрав «Новая карта».">
                Обратите внимание! После нажатия кнопки «{submitLabel()}» вы будете переведены на страницу банка. С карты будет списан и автоматически возвращен
                1 рубль — это проверочная авторизация. После ее успешного проведения автоплатеж будет подключен.
              </Show>
            </p>
          }
        >
          <p id={`${id}-card-error`} class="field-error">
            {err("cardId")}
          </p>
        </Show>
      </fieldset>

      <Show when={errors().form}>
        <p class="field-error" role="alert">
          {errors().form}
        </p>
      </Show>
      <div class="form__buttons">
        <button type="submit" class="button button--accent" disabled={busy()}>
          {busy() && card() === NEW_CARD ? "Переходим на страницу банка…" : submitLabel()}
        </button>
        <button type="button" class="button button--ghost" onClick={() => props.onCancel()} disabled={busy()}>
          Отмена
        </button>
      </div>
    </form>
  );
}
