// One account's autopay (6.4.4, figures 23–28): the status «Подключен» / «Не подключен», the
// settings, «Подключить» / «Изменить» (the settings form) and «Отключить», asked first and
// confirmed with «Удалить». Used by «Оплата» (the active account) and «Профиль» (every account).
import { Show, createSignal, createUniqueId } from "solid-js";
import type { AutopayFieldsFragment, AutopayReturnTo } from "../../../gql/graphql";
import { Dialog } from "../../../components/Dialog";
import { Spinner } from "../../../components/Status";
import { isOpenPayment } from "../autopay";
import type { SavedCardView } from "../CardChoice";
import { useAutopayDisable } from "../hooks/useAutopayDisable";
import { useAutopayReturn } from "../hooks/useAutopayReturn";
import { useCardVerificationWatch } from "../hooks/useCardVerificationWatch";
import { AutopayFacts } from "./AutopayFacts";
import { AutopayForm } from "./AutopayForm";

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
  const switchOff = useAutopayDisable(() => props.accountId);
  let editButton: HTMLButtonElement | undefined;

  // This account's card was the one just bound (the profile lists every account).
  const returning = useAutopayReturn(props);
  const a = () => props.autopay;
  const connected = () => a()?.status === "ACTIVE";
  // Connected by another user of the account: theirs to change, their card not shown (6.4.4).
  const others = () => !!a()?.connectedByOtherUser;
  const verification = () => (a()?.status === "PENDING_CARD" ? (a()!.cardVerification ?? null) : null);
  const checking = () => a()?.status === "PENDING_CARD" && (!verification() || isOpenPayment(verification()!.status));
  const verificationFailed = () => {
    const v = verification();
    return v && !isOpenPayment(v.status) && v.status !== "SUCCEEDED" && v.status !== "REFUNDED" ? v : null;
  };
  // Back from the bank with the card confirmed (figure 26).
  const bound = () => returning() && connected() && !editing();

  useCardVerificationWatch({ checking: () => !!checking(), returning, refresh: () => props.refresh() });

  function startEditing() {
    setNotice(null);
    setEditing(true);
  }
  function stopEditing() {
    setEditing(false);
    queueMicrotask(() => editButton?.focus());
  }

  async function confirmDisable() {
    await switchOff.confirm(() => {
      setAsking(false);
      setEditing(false);
      setNotice({ kind: "success", text: "Автоплатеж отключен." });
      props.refresh();
    });
  }

  return (
    <div class="autopay__panel" data-account={props.accountNumber}>
      <p class="autopay__status">
        <span>Статус автоплатежа</span>{" "}
        <strong class="autopay__state" classList={{ "autopay__state--on": connected() }} data-autopay-status={connected() ? "on" : "off"}>
          <span class="autopay__dot" aria-hidden="true">
            ●
          </span>{" "}
          {a()?.statusText ?? "Не подключен"}
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
              <span>
                Автоплатеж будет подключен, когда банк подтвердит новую карту. Если вы не завершили привязку карты на странице банка, нажмите «Изменить» и
                повторите.
              </span>
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
              Карта не привязана{v().failureReason ? `: ${v().failureReason}` : ""}. Автоплатеж не подключен — выберите другую карту или повторите привязку,
              нажав «Изменить».
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
            <Show when={a() && a()!.status !== "DISABLED" ? a() : null}>{(x) => <AutopayFacts autopay={x()} />}</Show>
            <Show when={!a() || a()!.status === "DISABLED"}>
              <p class="pay-block__hint">
                Подключите автоплатеж, чтобы оплачивать услуги по лицевому счету {props.accountNumber} своевременно: платеж списывается с банковской карты по
                выбранному расписанию, не больше указанной максимальной суммы. О каждом списании придет письмо на e-mail, указанный в профиле.
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
                      switchOff.clearError();
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
              <button type="button" class="button button--danger" onClick={() => void confirmDisable()} disabled={switchOff.disabling()}>
                Удалить
              </button>
              <button type="button" class="button button--ghost" onClick={() => setAsking(false)} data-autofocus>
                Отмена
              </button>
            </>
          }
        >
          <p id={`${id}-confirm`}>
            Отключить автоплатеж по лицевому счету <strong class="nowrap">{props.accountNumber}</strong>? Деньги больше не будут списываться с карты
            автоматически.
          </p>
          <Show when={switchOff.error()}>
            <p class="field-error" role="alert">
              {switchOff.error()}
            </p>
          </Show>
        </Dialog>
      </Show>
    </div>
  );
}
