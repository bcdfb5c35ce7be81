// Figure 4 of the manual: «Подтверждение номера телефона» — send an SMS code to the phone,
// then enter it. Used after registration and in «Профиль» → «Почта, телефон».
import { Show, createSignal, createUniqueId } from "solid-js";
import { createMutation } from "@urql/solid";
import { graphql } from "../gql";
import { formatPhone } from "../lib/format";
import { requestErrorText, toFormErrors, type FormErrors } from "../lib/userErrors";
import { Dialog } from "./Dialog";
import { FormError } from "./Status";
import { TextField } from "./Field";

export const ContactCodeSend = graphql(`
  mutation ContactCodeSend($input: ContactCodeSendInput!) {
    contactCodeSend(input: $input) {
      sent
      userErrors { field message code }
    }
  }
`);

const PhoneConfirm = graphql(`
  mutation PhoneConfirm($input: ContactConfirmInput!) {
    contactConfirm(input: $input) {
      viewer { id phone phoneConfirmed profileCompleteness }
      userErrors { field message code }
    }
  }
`);

export function PhoneConfirmDialog(props: { phone: string; onClose: () => void; onConfirmed: () => void }) {
  const id = createUniqueId();
  const [sending, send] = createMutation(ContactCodeSend);
  const [confirming, confirm] = createMutation(PhoneConfirm);
  const [sent, setSent] = createSignal(false);
  const [code, setCode] = createSignal("");
  const [errors, setErrors] = createSignal<FormErrors<"code">>({});

  async function sendCode() {
    setErrors({});
    const result = await send({ input: { channel: "PHONE" } });
    const payload = result.data?.contactCodeSend;
    if (!payload) return setErrors({ form: requestErrorText(result.error) });
    if (payload.userErrors.some((e) => e.code === "ALREADY_CONFIRMED")) return props.onConfirmed();
    if (payload.userErrors.length) return setErrors(toFormErrors(payload.userErrors, []));
    setSent(true);
    document.getElementById(`${id}-code`)?.focus();
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!code().trim()) {
      setErrors({ code: sent() ? "Введите код из SMS" : "Сначала отправьте sms с кодом" });
      return;
    }
    setErrors({});
    const result = await confirm({ input: { code: code().trim() } });
    const payload = result.data?.contactConfirm;
    if (!payload) return setErrors({ form: requestErrorText(result.error) });
    if (payload.userErrors.length) return setErrors(toFormErrors(payload.userErrors, ["code"]));
    props.onConfirmed();
  }

  return (
    <Dialog
      title="Подтверждение номера телефона"
      onClose={props.onClose}
      actions={
        <>
          <button type="submit" form={`${id}-form`} class="button button--primary" disabled={confirming.fetching}>
            {confirming.fetching ? "Проверяем…" : "Подтвердить"}
          </button>
          <button type="button" class="button button--ghost" onClick={() => props.onClose()}>
            Отмена
          </button>
        </>
      }
    >
      <p class="dialog__lead">Вам необходимо подтвердить номер мобильного телефона</p>
      <p>
        На номер <strong class="nowrap">{formatPhone(props.phone)}</strong> отправится sms с кодом, который необходимо будет ввести в специальное поле
      </p>
      <div class="dialog__send">
        <button type="button" class="button button--ghost" onClick={sendCode} disabled={sending.fetching}>
          {sending.fetching ? "Отправляем…" : sent() ? "Отправить sms повторно" : "Отправить sms с кодом"}
        </button>
        <Show when={sent() && !sending.fetching}>
          <p class="field__hint" role="status">
            Код отправлен. Он действует 10 минут.
          </p>
        </Show>
      </div>
      <form id={`${id}-form`} class="form" onSubmit={submit} novalidate>
        <TextField
          id={`${id}-code`}
          name="code"
          label="Введите код:"
          value={code()}
          onInput={setCode}
          inputmode="numeric"
          autocomplete="one-time-code"
          maxLength={6}
          error={errors().code}
        />
      </form>
      <FormError message={errors().form} />
    </Dialog>
  );
}
