// «Автоплатежи» (manual 6.4.4, figures 23–28): per account, the status «Подключен» / «Не
// подключен», the mode (a day 1–27, the last day of the month, or on the invoice), the maximum and
// the card; «Подключить» / «Изменить» open the settings form (a saved card, or «Новая карта» — the
// bank's page with the 1 ₽ verification, then back here); «Отключить» asks first and is confirmed
// with «Удалить». AutopayBlock is the block of «Оплата» for the active account; the «Профиль» tab
// lists every linked account with the same AutopayPanel.
import { For, Match, Show, Switch, createEffect, createSignal, createUniqueId, on, onCleanup, onMount } from "solid-js";
import { useSearchParams } from "@solidjs/router";
import { createMutation, createQuery, createSubscription } from "@urql/solid";
import { graphql } from "../../gql";
import type { AutopayFieldsFragment, AutopayMode, AutopayReturnTo } from "../../gql/graphql";
import { Dialog } from "../../components/Dialog";
import { describedBy } from "../../components/Field";
import { ErrorNotice, Spinner } from "../../components/Status";
import { formatDate, formatRub, parseRubles, rublesForInput } from "../../lib/format";
import { requestErrorText, toFormErrors, type FormErrors } from "../../lib/userErrors";
import { newIdempotencyKey } from "./amounts";
import { cardNumber, type SavedCardView } from "./CardChoice";

export const AutopayFields = graphql(`
  fragment AutopayFields on Autopay {
    id
    status
    connected
    statusText
    connectedByOtherUser
    mode
    modeText
    day
    maxAmount
    nextChargeOn
    card { id maskedPan brand expiry expired }
    cardVerification { id status failureReason }
    lastRun { period status statusText amount reason createdAt }
  }
`);

const AutopayBlockQuery = graphql(`
  query AutopayBlock($id: ID!) {
    viewer { id cards(first: 100) { nodes { id maskedPan brand expiry expired } } }
    node(id: $id) {
      __typename
      id
      ... on Account { number autopay { ...AutopayFields } }
    }
  }
`);

const AutopaySetMutation = graphql(`
  mutation AutopaySet($input: AutopaySetInput!) {
    autopaySet(input: $input) {
      confirmationUrl
      autopay { ...AutopayFields }
      account { id }
      userErrors { field message code }
    }
  }
`);

const AutopayDisableMutation = graphql(`
  mutation AutopayDisable($input: AutopayDisableInput!) {
    autopayDisable(input: $input) {
      autopay { ...AutopayFields }
      account { id }
      userErrors { field message code }
    }
  }
`);

// The bank's news about the 1 ₽ verification arrives by webhook: the panel refetches on it.
const AutopayCardChecked = graphql(`
  subscription AutopayCardChecked {
    paymentStatusChanged { id status }
  }
`);

// The verification the bank returned from: which account it was for.
const AutopayReturnQuery = graphql(`
  query AutopayReturn($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Payment { account { id } }
    }
  }
`);

/** Where the bank sends the customer back (the server adds ?autopayCard=<verification id>). */
export const RETURN_PARAM = "autopayCard";

const MODES: { value: AutopayMode; label: string }[] = [
  { value: "DAY_OF_MONTH", label: "В назначенный день (с 1 по 27 число месяца)" },
  { value: "LAST_DAY", label: "В последний день месяца" },
  { value: "ON_INVOICE", label: "По факту выставления счета" },
];
const DAYS = Array.from({ length: 27 }, (_, i) => i + 1);
const NEW_CARD = "new";
const POLL_MS = 2000;

const MSG = {
  mode: "Выберите способ списания",
  day: "Выберите день списания: с 1 по 27 число месяца",
  amount: "Введите сумму в рублях, например 5000 или 5000,50.",
  card: "Выберите банковскую карту для списания или отметьте «Новая карта»",
} as const;

type Fields = "mode" | "day" | "maxAmount" | "cardId";
const FIELDS: readonly Fields[] = ["mode", "day", "maxAmount", "cardId"];

const open = (status: string | undefined) => status === "CREATED" || status === "PENDING";
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

/** «Автоплатежи» on the «Оплата» page: the active account's autopay. */
export function AutopayBlock(props: { accountId: string }) {
  const id = createUniqueId();
  const [params] = useSearchParams();
  const [result, reexecute] = createQuery({ query: AutopayBlockQuery, variables: () => ({ id: props.accountId }), requestPolicy: "cache-and-network" });
  const account = () => {
    const node = result.data?.node;
    return node && node.__typename === "Account" ? node : null;
  };
  let section!: HTMLElement;
  // Back from the bank (…/payment?autopayCard=…#autopay): bring the block into view once it is there.
  let scrolled = false;
  createEffect(() => {
    if (scrolled || !account() || window.location.hash !== "#autopay") return;
    scrolled = true;
    queueMicrotask(() => section.scrollIntoView({ block: "start" }));
  });

  return (
    <section class="card pay-block autopay payment__autopay" id="autopay" ref={section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="pay-block__title">Автоплатежи</h2>
      <Switch>
        <Match when={account()}>
          {(a) => (
            <AutopayPanel
              accountId={a().id}
              accountNumber={a().number}
              autopay={a().autopay ?? null}
              cards={result.data?.viewer?.cards.nodes ?? []}
              returnTo="PAYMENT"
              returning={one(params[RETURN_PARAM])}
              refresh={() => reexecute({ requestPolicy: "network-only" })}
            />
          )}
        </Match>
        <Match when={result.error && !result.fetching}>
          <ErrorNotice onRetry={() => reexecute({ requestPolicy: "network-only" })}>{requestErrorText(result.error)}</ErrorNotice>
        </Match>
        <Match when={result.data && !account()}>
          <p class="muted">Лицевой счет не найден.</p>
        </Match>
        <Match when={true}>
          <Spinner label="Загружаем настройки автоплатежа…" />
        </Match>
      </Switch>
    </section>
  );
}

export interface AutopayPanelProps {
  accountId: string;
  accountNumber: string;
  autopay: AutopayFieldsFragment | null;
  /** The viewer's saved cards (6.4.2). */
  cards: SavedCardView[];
  returnTo: AutopayReturnTo;
  /** The verification the bank has just sent the customer back from, if any. */
  returning: string | null;
  /** Fetches the account's autopay again. */
  refresh: () => void;
}

/** One account's autopay: its state, the settings form and the switch-off confirmation. */
export function AutopayPanel(props: AutopayPanelProps) {
  const id = createUniqueId();
  const [editing, setEditing] = createSignal(false);
  const [asking, setAsking] = createSignal(false);
  const [notice, setNotice] = createSignal<{ kind: "success" | "error"; text: string } | null>(null);
  const [, disable] = createMutation(AutopayDisableMutation);
  const [disabling, setDisabling] = createSignal(false);
  const [disableError, setDisableError] = createSignal<string | null>(null);
  let editButton: HTMLButtonElement | undefined;

  const [back] = createQuery({ query: AutopayReturnQuery, variables: () => ({ id: props.returning ?? "" }), pause: () => !props.returning });
  // This account's card was the one just bound (the profile lists every account).
  const returning = () => {
    const node = back.data?.node;
    return !!props.returning && node?.__typename === "Payment" && node.account.id === props.accountId;
  };
  const a = () => props.autopay;
  const connected = () => a()?.status === "ACTIVE";
  // Connected by another user of the account: theirs to change, their card not shown (6.4.4).
  const others = () => !!a()?.connectedByOtherUser;
  const verification = () => (a()?.status === "PENDING_CARD" ? a()!.cardVerification ?? null : null);
  const checking = () => a()?.status === "PENDING_CARD" && (!verification() || open(verification()!.status));
  const verificationFailed = () => {
    const v = verification();
    return v && !open(v.status) && v.status !== "SUCCEEDED" && v.status !== "REFUNDED" ? v : null;
  };
  // Back from the bank with the card confirmed (figure 26).
  const bound = () => returning() && connected() && !editing();

  // While the bank decides on the card: follow its webhook live, and ask again now and then
  // (for a customer who has just come back from the bank's page).
  const [live] = createSubscription({ query: AutopayCardChecked, pause: () => !checking() });
  createEffect(on(() => live.data?.paymentStatusChanged, (p) => p && props.refresh(), { defer: true }));
  createEffect(() => {
    if (!checking() || !returning()) return;
    const timer = setInterval(() => props.refresh(), POLL_MS);
    onCleanup(() => clearInterval(timer));
  });

  function startEditing() {
    setNotice(null);
    setEditing(true);
  }
  function stopEditing() {
    setEditing(false);
    queueMicrotask(() => editButton?.focus());
  }

  async function confirmDisable() {
    setDisableError(null);
    setDisabling(true);
    try {
      const r = await disable({ input: { accountId: props.accountId } });
      const payload = r.data?.autopayDisable;
      const message = !payload ? requestErrorText(r.error) : payload.userErrors.map((e) => e.message).join(" ");
      if (message) return setDisableError(message);
      setAsking(false);
      setEditing(false);
      setNotice({ kind: "success", text: "Автоплатеж отключен." });
      props.refresh();
    } finally {
      setDisabling(false);
    }
  }

  return (
    <div class="autopay__panel" data-account={props.accountNumber}>
      <p class="autopay__status">
        <span>Статус автоплатежа</span>{" "}
        <strong class="autopay__state" classList={{ "autopay__state--on": connected() }} data-autopay-status={connected() ? "on" : "off"}>
          <span class="autopay__dot" aria-hidden="true">●</span> {a()?.statusText ?? "Не подключен"}
        </strong>
      </p>

      <Show when={notice()}>
        {(n) => (
          <p class="notice" classList={{ "notice--success": n().kind === "success", "notice--error": n().kind === "error" }} role="status">
            {n().text}
          </p>
        )}
      </Show>
      <Show when={bound() && !notice()}>
        <p class="notice notice--success" role="status">
          Банковская карта успешно привязана! Автоплатеж подключен.
        </p>
      </Show>
      <Show when={checking() && !editing()}>
        <Show
          when={returning()}
          fallback={
            <p class="notice notice--warning">
              <span>Автоплатеж будет подключен, когда банк подтвердит новую карту. Если вы не завершили привязку карты на странице банка, нажмите «Изменить» и повторите.</span>
            </p>
          }
        >
          <Spinner label="Банк проверяет карту. Автоплатеж будет подключен, как только придет ответ банка." />
        </Show>
      </Show>
      <Show when={verificationFailed()}>
        {(v) => (
          <p class="notice notice--error" role="alert">
            <span>
              Карта не привязана{v().failureReason ? `: ${v().failureReason}` : ""}. Автоплатеж не подключен — выберите другую карту или повторите привязку, нажав «Изменить».
            </span>
          </p>
        )}
      </Show>

      <Show when={others()}>
        <p class="notice notice--info autopay__others" role="status">
          <span>Автоплатеж по этому лицевому счету подключил другой пользователь личного кабинета. Изменить или отключить его может только он.</span>
        </p>
      </Show>
      <Show
        when={editing() && !others()}
        fallback={
          <>
            <Show when={a() && a()!.status !== "DISABLED" ? a() : null}>{(x) => <Facts autopay={x()} />}</Show>
            <Show when={!a() || a()!.status === "DISABLED"}>
              <p class="pay-block__hint">
                Подключите автоплатеж, чтобы оплачивать услуги по лицевому счету {props.accountNumber} своевременно: платеж списывается с банковской карты по выбранному
                расписанию, не больше указанной максимальной суммы. О каждом списании придет письмо на e-mail, указанный в профиле.
              </p>
            </Show>
            <Show when={!others()}>
            <div class="form__buttons autopay__actions">
              <Show
                when={a() && a()!.status !== "DISABLED"}
                fallback={
                  <button type="button" class="button button--accent" ref={editButton} onClick={startEditing}>
                    Подключить
                  </button>
                }
              >
                <button type="button" class="button button--primary" ref={editButton} onClick={startEditing}>
                  Изменить
                </button>
                <button
                  type="button"
                  class="button button--danger-ghost"
                  onClick={() => {
                    setDisableError(null);
                    setAsking(true);
                  }}
                >
                  Отключить
                </button>
              </Show>
            </div>
            </Show>
          </>
        }
      >
        <AutopayForm
          accountId={props.accountId}
          accountNumber={props.accountNumber}
          autopay={a()}
          cards={props.cards}
          returnTo={props.returnTo}
          onCancel={stopEditing}
          onSaved={(text) => {
            setNotice({ kind: "success", text });
            stopEditing();
            props.refresh();
          }}
        />
      </Show>

      <Show when={asking()}>
        <Dialog
          title="Отключение автоплатежа"
          role="alertdialog"
          onClose={() => setAsking(false)}
          actions={
            <>
              <button type="button" class="button button--danger" onClick={() => void confirmDisable()} disabled={disabling()}>
                Удалить
              </button>
              <button type="button" class="button button--ghost" onClick={() => setAsking(false)} data-autofocus>
                Отмена
              </button>
            </>
          }
        >
          <p id={`${id}-confirm`}>
            Отключить автоплатеж по лицевому счету <strong class="nowrap">{props.accountNumber}</strong>? Деньги больше не будут списываться с карты автоматически.
          </p>
          <Show when={disableError()}>
            <p class="field-error" role="alert">
              {disableError()}
            </p>
          </Show>
        </Dialog>
      </Show>
    </div>
  );
}

/** The settings of a connected (or waiting) autopay (figure 27). */
function Facts(props: { autopay: AutopayFieldsFragment }) {
  const a = () => props.autopay;
  const run = () => a().lastRun;
  return (
    <dl class="autopay__facts">
      <div>
        <dt>Способ списания</dt>
        <dd data-fact="mode">
          {a().modeText}
          <Show when={a().day}>{(d) => <>, {d()} число</>}</Show>
        </dd>
      </div>
      <div>
        <dt>Максимальная сумма списания</dt>
        <dd data-fact="max" class="nowrap">{formatRub(a().maxAmount)}</dd>
      </div>
      <Show when={!a().connectedByOtherUser}>
      <div>
        <dt>Карта</dt>
        <dd data-fact="card">
          <Show when={a().card} fallback={<span class="muted">не привязана</span>}>
            {(c) => (
              <>
                <span class="nowrap">{cardNumber(c().maskedPan)}</span> <span class="muted nowrap">до {c().expiry}</span>
                <Show when={c().expired}>
                  {" "}
                  <span class="badge badge--warning">Срок действия истек</span>
                </Show>
              </>
            )}
          </Show>
        </dd>
      </div>
      </Show>
      <Show when={a().connected}>
        <div>
          <dt>Следующее списание</dt>
          <dd data-fact="next">{a().nextChargeOn ? formatDate(a().nextChargeOn!) : "после выставления счета"}</dd>
        </div>
      </Show>
      <Show when={run()}>
        {(r) => (
          <div>
            <dt>Последний автоплатеж</dt>
            <dd data-fact="last">
              {formatDate(r().createdAt)}: {r().statusText}
              <Show when={r().amount && r().status !== "SKIPPED"}>
                , <span class="nowrap">{formatRub(r().amount!)}</span>
              </Show>
              <Show when={r().reason}> — {r().reason}</Show>
            </dd>
          </div>
        )}
      </Show>
    </dl>
  );
}

/** «Подключить автоплатеж» / editing (figures 24, 25). */
function AutopayForm(props: {
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
  const [errors, setErrors] = createSignal<FormErrors<Fields>>({});
  const [busy, setBusy] = createSignal(false);
  const wasOn = initial?.status === "ACTIVE";
  // The current attempt: the same request again keeps its key (one bank page for a double click).
  let attempt: { signature: string; key: string } | null = null;
  let form!: HTMLFormElement;

  onMount(() => form.querySelector<HTMLElement>("select, input")?.focus());

  const focusFirstError = () => queueMicrotask(() => form.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());

  async function submit() {
    if (busy()) return;
    const local: FormErrors<Fields> = {};
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
        setErrors(toFormErrors(payload.userErrors, FIELDS));
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

  const err = (f: Fields) => errors()[f];
  const submitLabel = () => (wasOn ? "Сохранить" : "Подключить автоплатеж");

  return (
    <form class="form autopay__form" ref={form} onSubmit={(e) => (e.preventDefault(), void submit())} novalidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="autopay__form-title">
        {wasOn ? "Изменение автоплатежа" : "Подключение автоплатежа"} по ЛС {props.accountNumber}
      </h3>
      <div class="autopay__row">
        <div class="field autopay__mode">
          <label class="field__label" for={`${id}-mode`}>
            Способ списания<span class="field__required" aria-hidden="true">*</span>
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
            <p id={`${id}-mode-error`} class="field-error">{err("mode")}</p>
          </Show>
        </div>
        <Show when={mode() === "DAY_OF_MONTH"}>
          <div class="field">
            <label class="field__label" for={`${id}-day`}>
              День списания денежных средств<span class="field__required" aria-hidden="true">*</span>
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
              <p id={`${id}-day-error`} class="field-error">{err("day")}</p>
            </Show>
          </div>
        </Show>
        <div class="field">
          <label class="field__label" for={`${id}-max`}>
            Максимальная сумма списания<span class="field__required" aria-hidden="true">*</span>
          </label>
          <span class="advance__sum autopay__sum">
            <input
              id={`${id}-max`}
              name="maxAmount"
              class="input advance__input"
              type="text"
              inputmode="decimal"
              autocomplete="off"
              spellcheck={false}
              maxLength={18}
              value={max()}
              onInput={(e) => {
                setMax(e.currentTarget.value);
                setErrors((x) => ({ ...x, maxAmount: undefined }));
              }}
              aria-required="true"
              aria-invalid={!!err("maxAmount")}
              aria-describedby={describedBy(`${id}-max`, err("maxAmount"), true)}
            />
            <span class="advance__currency" aria-hidden="true">р.</span>
          </span>
          <Show when={err("maxAmount")} fallback={<p id={`${id}-max-hint`} class="field__hint">Больше этой суммы за один раз не спишется</p>}>
            <p id={`${id}-max-error`} class="field-error">{err("maxAmount")}</p>
          </Show>
        </div>
      </div>

      <fieldset class="fieldset autopay__cards" aria-invalid={!!err("cardId")} aria-describedby={err("cardId") ? `${id}-card-error` : `${id}-card-hint`}>
        <legend class="fieldset__legend">
          Банковская карта для списания<span class="field__required" aria-hidden="true">*</span>
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
                Обратите внимание! После нажатия кнопки «{submitLabel()}» вы будете переведены на страницу банка. С карты будет списан и автоматически
                возвращен 1 рубль — это проверочная авторизация. После ее успешного проведения автоплатеж будет подключен.
              </Show>
            </p>
          }
        >
          <p id={`${id}-card-error`} class="field-error">{err("cardId")}</p>
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
