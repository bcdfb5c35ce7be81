// «Почта, телефон» (6.6.5, figure 39): e-mail and phone, each with its confirmation state.
// A changed e-mail gets a new link «Подтвердить регистрацию», a changed phone an SMS code
// (figure 4); a contact confirmed before is not offered again.
import { Show, createEffect, createMemo, createSignal, createUniqueId, on, type JSX } from "solid-js";
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import { formatPhone, normalizePhone } from "../../lib/format";
import { requestErrorText, toFormErrors, type FormErrors } from "../../lib/userErrors";
import { EmailField, PhoneField } from "../../components/Field";
import { FormDone, FormError } from "../../components/Status";
import { ContactCodeSend, PhoneConfirmDialog } from "../../components/PhoneConfirmDialog";
import { PanelHead } from "../../components/PanelHead";
import { SubmitButton } from "../../components/SubmitButton";
import type { TabProps } from "./profileData";

const ContactsUpdate = graphql(`
  mutation ViewerContactsUpdate($input: ViewerContactsUpdateInput!) {
    viewerContactsUpdate(input: $input) {
      emailConfirmationSent
      phoneConfirmationRequired
      viewer { id email emailConfirmed phone phoneConfirmed profileCompleteness subscriptions { eInvoice info } }
      userErrors { field message code }
    }
  }
`);

const letterSent = (email: string) => `На адрес ${email} отправлено письмо. Чтобы подтвердить адрес, перейдите по ссылке «Подтвердить регистрацию» из письма.`;

export function ContactsTab(props: TabProps) {
  const id = createUniqueId();
  const [saving, save] = createMutation(ContactsUpdate);
  const [sendingLink, sendLink] = createMutation(ContactCodeSend);
  const savedEmail = createMemo(() => props.viewer.email ?? "");
  const savedPhone = createMemo(() => props.viewer.phone ?? "");
  const [email, setEmail] = createSignal(savedEmail());
  const [phone, setPhone] = createSignal(formatPhone(savedPhone()));
  const [errors, setErrors] = createSignal<FormErrors<"email" | "phone">>({});
  const [notices, setNotices] = createSignal<string[]>([]);
  // The phone the figure-4 window confirms, while it is open.
  const [confirmingPhone, setConfirmingPhone] = createSignal<string | null>(null);

  const reset = () => {
    setEmail(savedEmail());
    setPhone(formatPhone(savedPhone()));
    setErrors({});
  };
  // Saved values changed (after «Сохранить данные»): show them as stored.
  createEffect(on([savedEmail, savedPhone], reset, { defer: true }));

  const emailUnchanged = () => email().trim().toLowerCase() === savedEmail();
  const phoneUnchanged = () => normalizePhone(phone()) === savedPhone();

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setNotices([]);
    setErrors({});
    const result = await save({ input: { email: email().trim() || null, phone: phone().trim() || null } });
    const payload = result.data?.viewerContactsUpdate;
    if (!payload) return setErrors({ form: requestErrorText(result.error) });
    if (payload.userErrors.length) {
      const found = toFormErrors(payload.userErrors, ["email", "phone"] as const);
      setErrors(found);
      document.getElementById(`${id}-${found.email || !found.phone ? "email" : "phone"}`)?.focus();
      return;
    }
    const messages = ["Данные сохранены."];
    if (payload.emailConfirmationSent && payload.viewer?.email) messages.push(letterSent(payload.viewer.email));
    setNotices(messages);
    if (payload.phoneConfirmationRequired && payload.viewer?.phone) setConfirmingPhone(payload.viewer.phone);
  }

  async function resendLink() {
    setNotices([]);
    setErrors({});
    const result = await sendLink({ input: { channel: "EMAIL" } });
    const payload = result.data?.contactCodeSend;
    if (!payload) return setErrors({ form: requestErrorText(result.error) });
    if (payload.userErrors.length) return setErrors({ email: payload.userErrors.map((e) => e.message).join(" ") });
    setNotices([letterSent(savedEmail())]);
  }

  return (
    <div class="panel">
      <PanelHead id={props.titleId} title="Контакты">
        Для возможности восстановления пароля, хотя бы один из контактов должен быть подтвержден
      </PanelHead>
      <form class="form form--narrow" onSubmit={submit} onReset={(e) => (e.preventDefault(), reset(), setNotices([]))} novalidate>
        <EmailField
          id={`${id}-email`}
          value={email()}
          onInput={setEmail}
          error={errors().email}
          aside={
            <ContactState
              shown={!!savedEmail() && emailUnchanged()}
              confirmed={props.viewer.emailConfirmed}
              action={
                <button type="button" class="link-button" onClick={resendLink} disabled={sendingLink.fetching}>
                  {sendingLink.fetching ? "Отправляем…" : "Подтвердить"}
                </button>
              }
            />
          }
        />
        <PhoneField
          id={`${id}-phone`}
          value={phone()}
          onInput={setPhone}
          error={errors().phone}
          aside={
            <ContactState
              shown={!!savedPhone() && phoneUnchanged()}
              confirmed={props.viewer.phoneConfirmed}
              action={
                <button type="button" class="link-button" onClick={() => setConfirmingPhone(savedPhone())}>
                  Подтвердить
                </button>
              }
            />
          }
        />
        <FormError message={errors().form} />
        <FormDone message={notices().join(" ")} />
        <div class="form__buttons">
          <SubmitButton busy={saving.fetching} busyLabel="Сохраняем…" label="Сохранить данные" />
          <button type="reset" class="button button--ghost" disabled={saving.fetching}>
            Сбросить
          </button>
        </div>
      </form>
      <Show when={confirmingPhone()}>
        {(p) => (
          <PhoneConfirmDialog
            phone={p()}
            onClose={() => setConfirmingPhone(null)}
            onConfirmed={() => {
              const confirmed = formatPhone(p()); // read before the window (and p) goes away
              setConfirmingPhone(null);
              // Kept next to «Данные сохранены» and the e-mail letter notice, if any.
              setNotices([...notices(), `Номер телефона ${confirmed} подтвержден.`]);
            }}
          />
        )}
      </Show>
    </div>
  );
}

/** «Подтвержден» / «Не подтвержден» next to a saved contact, with «Подтвердить» for the latter. */
function ContactState(props: { shown: boolean; confirmed: boolean; action: JSX.Element }) {
  return (
    <Show when={props.shown}>
      <span class="contact-state">
        <Show when={props.confirmed} fallback={<span class="badge badge--warning">Не подтвержден</span>}>
          <span class="badge badge--success">Подтвержден</span>
        </Show>
        <Show when={!props.confirmed}>{props.action}</Show>
      </span>
    </Show>
  );
}
