// «Мои лицевые счета» (6.6.1, 7.2): the linked accounts, linking one more by number and owner
// surname, and removing one. Removing the last account deletes the user within 24 hours: the
// server asks for that confirmation (figure 42) and then signs the user out.
import { For, Show, createSignal, createUniqueId, type JSX } from "solid-js";
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import { clearSession } from "../../lib/auth";
import { setFlash } from "../../lib/flash";
import { requestErrorText, toFormErrors, type FormErrors } from "../../lib/userErrors";
import { Dialog } from "../../components/Dialog";
import { TextField } from "../../components/Field";
import { FormDone, FormError } from "../../components/Status";
import { PanelHead } from "../../components/PanelHead";
import { SubmitButton } from "../../components/SubmitButton";
import type { ProfileData, TabProps } from "./profileData";

const AccountLink = graphql(`
  mutation AccountLink($input: AccountLinkInput!) {
    accountLink(input: $input) {
      account { id number }
      userErrors { field message code }
    }
  }
`);

const AccountUnlink = graphql(`
  mutation AccountUnlink($input: AccountUnlinkInput!) {
    accountUnlink(input: $input) {
      deletionScheduled
      viewer { id }
      userErrors { field message code }
    }
  }
`);

type LinkedAccount = ProfileData["accounts"][number];

export const DELETION_NOTICE =
  "Последний лицевой счет удален. Ваша учетная запись будет удалена в течение 24 часов, после этого Вы сможете зарегистрироваться повторно.";

export function AccountsTab(props: TabProps) {
  const [notice, setNotice] = createSignal<string | null>(null);
  const activeId = () => props.viewer.activeAccount?.id;
  const [removing, setRemoving] = createSignal<LinkedAccount | null>(null);

  return (
    <div class="panel">
      <PanelHead id={props.titleId} title="Мои лицевые счета">
        Лицевые счета, привязанные к Вашей учетной записи. Активный лицевой счет выбирается в заголовке любого раздела.
      </PanelHead>
      <FormDone message={notice()} />
      <Show when={props.viewer.accounts.length > 0} fallback={<p class="muted">К учетной записи не привязан ни один лицевой счет.</p>}>
        <ul class="accounts">
          <For each={props.viewer.accounts}>
            {(a) => (
              <li class="accounts__item">
                <div class="accounts__info">
                  <p class="accounts__number">
                    ЛС {a.number}
                    <Show when={a.id === activeId()}>
                      <span class="badge badge--info">Активный</span>
                    </Show>
                  </p>
                  <p class="accounts__owner">{a.ownerFullName}</p>
                  <p class="accounts__address">{a.address}</p>
                </div>
                <button
                  type="button"
                  class="button button--small button--danger-ghost"
                  aria-label={`Удалить лицевой счет ${a.number}`}
                  onClick={() => setRemoving(a)}
                >
                  Удалить
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>

      <LinkForm onLinked={(n) => setNotice(`Лицевой счет ${n} привязан к Личному кабинету.`)} />

      <Show when={removing()}>
        {(a) => (
          <RemoveDialog
            account={a()}
            onClose={() => setRemoving(null)}
            onRemoved={() => {
              const number = a().number; // read before the window (and a) goes away
              setRemoving(null);
              setNotice(`Лицевой счет ${number} удален из Личного кабинета.`);
            }}
          />
        )}
      </Show>
    </div>
  );
}

/** 6.6.1: number of the new account, the owner's surname, «Привязать к Личному кабинету». */
function LinkForm(props: { onLinked: (number: string) => void }) {
  const id = createUniqueId();
  const [state, link] = createMutation(AccountLink);
  const [number, setNumber] = createSignal("");
  const [surname, setSurname] = createSignal("");
  const [errors, setErrors] = createSignal<FormErrors<"accountNumber" | "ownerLastName">>({});

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setErrors({});
    const result = await link({ input: { accountNumber: number().trim(), ownerLastName: surname().trim() } }, { additionalTypenames: ["Viewer"] });
    const payload = result.data?.accountLink;
    if (!payload) return setErrors({ form: requestErrorText(result.error) });
    if (payload.userErrors.length) {
      const found = toFormErrors(payload.userErrors, ["accountNumber", "ownerLastName"] as const);
      setErrors(found);
      document.getElementById(`${id}-${found.accountNumber || !found.ownerLastName ? "accountNumber" : "ownerLastName"}`)?.focus();
      return;
    }
    props.onLinked(payload.account?.number ?? number().trim());
    setNumber("");
    setSurname("");
  }

  return (
    <form class="form subform" onSubmit={submit} novalidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="subform__title">
        Добавить лицевой счет
      </h3>
      <div class="form__row">
        <TextField
          id={`${id}-accountNumber`}
          name="accountNumber"
          label="Номер лицевого счета"
          inputmode="numeric"
          maxLength={10}
          value={number()}
          onInput={setNumber}
          hint="10 цифр"
          error={errors().accountNumber}
        />
        <TextField
          id={`${id}-ownerLastName`}
          name="ownerLastName"
          label="Фамилия собственника"
          value={surname()}
          onInput={setSurname}
          error={errors().ownerLastName}
        />
      </div>
      <FormError message={errors().form} />
      <div class="form__buttons">
        <SubmitButton busy={state.fetching} busyLabel="Привязываем…" label="Привязать к Личному кабинету" />
      </div>
    </form>
  );
}

/**
 * Asks before removing an account. For the last one the server answers CONFIRMATION_REQUIRED
 * with the text of figure 42; confirming it schedules the deletion and ends the session.
 */
function RemoveDialog(props: { account: LinkedAccount; onClose: () => void; onRemoved: () => void }) {
  const [state, unlink] = createMutation(AccountUnlink);
  const [lastAccountMessage, setLastAccountMessage] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  async function remove() {
    setError(null);
    const confirmDeletion = lastAccountMessage() !== null;
    const result = await unlink({ input: { accountId: props.account.id, confirmDeletion } });
    const payload = result.data?.accountUnlink;
    if (!payload) return setError(requestErrorText(result.error));
    const confirmation = payload.userErrors.find((e) => e.code === "CONFIRMATION_REQUIRED");
    if (confirmation) return setLastAccountMessage(confirmation.message);
    if (payload.userErrors.length) return setError(payload.userErrors.map((e) => e.message).join(" "));
    if (payload.deletionScheduled) {
      // The server has already signed every device out: forget the session here too; the
      // layout then reloads onto the sign-in page, which shows this notice.
      setFlash(DELETION_NOTICE, "info");
      clearSession();
      return;
    }
    props.onRemoved();
  }

  // Two windows, not one retitled: the second opens anew and starts on «Отмена» again.
  const ask = (title: string, question: JSX.Element) => (
    <Dialog
      title={title}
      role="alertdialog"
      onClose={props.onClose}
      actions={
        <>
          <button type="button" class="button button--danger" onClick={remove} disabled={state.fetching}>
            {state.fetching ? "Удаляем…" : "Удалить"}
          </button>
          <button type="button" class="button button--ghost" data-autofocus onClick={() => props.onClose()}>
            Отмена
          </button>
        </>
      }
    >
      {question}
      <FormError message={error()} />
    </Dialog>
  );

  return (
    <Show
      when={lastAccountMessage()}
      fallback={ask(
        "Удаление лицевого счета",
        <p>
          Удалить лицевой счет <strong>{props.account.number}</strong> ({props.account.address}) из Личного кабинета?
        </p>,
      )}
    >
      {(message) => ask("Удаление учетной записи", <p>{message()}</p>)}
    </Show>
  );
}
