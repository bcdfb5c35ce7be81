// «Оспорить показания» (manual 6.2): when the display shows less than the accepted value, the
// customer files the appeal «Несогласие с принятыми показаниями» here in one step — the meter and
// the values come from the form, the customer adds the photo of the display (required: it is what
// the manual asks to bring to the office), a comment and the two consents. The server checks it all
// again (readingDisputeSubmit); its messages are shown at the inputs.
import { For, Show, createSignal, createUniqueId } from "solid-js";
import { A } from "@solidjs/router";
import { createMutation, createQuery } from "@urql/solid";
import { Dialog } from "../../../components/Dialog";
import { TextAreaField } from "../../../components/Field";
import { FormDone, FormError } from "../../../components/Status";
import { formatReading } from "../../../lib/decimal";
import type { UserErrorLike } from "../../../lib/userErrors";
import { Consents, FilePicker, createConsents, failedRequestText, type ConsentErrors } from "../../appeals/formParts";
import { appealHref } from "../../appeals/paths";
import { formatBytes } from "../../appeals/rules";
import { newIdempotencyKey } from "../../../lib/idempotencyKey";
import { ReadingDisputeSubmit } from "../graphql/mutations/readingDisputeSubmit";
import { ReadingDisputeForm } from "../graphql/queries/readingDisputeForm";
import type { Meter, Sent } from "../submit";
import { ZoneLabel } from "../zones";

/** The same texts as the server's (server/domains/readings/errors.ts). */
const TEXT = {
  photoRequired: "Приложите фото табло прибора учета",
  photoTooLarge: (name: string, max: number) => `Фото «${name}» больше ${formatBytes(max)}. Уменьшите размер фото и приложите его снова.`,
} as const;

type Errors = { photo?: string; comment?: string; form?: string } & ConsentErrors;

export function DisputeDialog(props: {
  accountId: string;
  meter: Meter;
  readings: Sent[];
  /** The photo already chosen for this meter on the form. */
  photo?: File;
  onClose: () => void;
}) {
  const id = createUniqueId();
  const [form] = createQuery({ query: ReadingDisputeForm, requestPolicy: "cache-and-network" });
  const [state, submit] = createMutation(ReadingDisputeSubmit);
  const [photo, setPhoto] = createSignal<File[]>(props.photo ? [props.photo] : []);
  const [comment, setComment] = createSignal("");
  const consents = createConsents();
  const [errors, setErrors] = createSignal<Errors>({});
  const [filed, setFiled] = createSignal<{ id: string; number: string } | null>(null);
  const access = () => form.data?.viewer?.appealsAccess;
  const rules = () => form.data?.readingPhotoRules;
  let attempt: { signature: string; key: string } | null = null;
  const accepted = (zone: Sent["zone"]) => props.meter.lastAccepted.find((r) => r.zone === zone)?.value;

  function showServerErrors(list: readonly UserErrorLike[]) {
    const found: Errors = {};
    const other: string[] = [];
    for (const e of list) {
      const name = e.field?.[1];
      if (name === "photo" || name === "comment" || name === "consentPersonalData" || name === "consentSimpleSignature") found[name] ??= e.message;
      else other.push(e.message);
    }
    if (other.length) found.form = other.join(" ");
    setErrors(found);
  }

  async function send(event: SubmitEvent) {
    event.preventDefault();
    if (state.fetching) return;
    const found: Errors = { ...consents.missing() };
    const file = photo()[0];
    const max = rules()?.maxBytes ?? 10 * 1024 * 1024;
    if (!file) found.photo = TEXT.photoRequired;
    else if (file.size > max) found.photo = TEXT.photoTooLarge(file.name, max);
    setErrors(found);
    if (!file || Object.keys(found).length) {
      queueMicrotask(() => document.querySelector<HTMLElement>(`#${CSS.escape(id)} [aria-invalid=true]`)?.focus());
      return;
    }
    const input = {
      accountId: props.accountId,
      meterId: props.meter.id,
      readings: props.readings.map((x) => ({ zone: x.zone, value: x.value })),
      comment: comment().trim(),
      consentPersonalData: consents.given().consentPersonalData,
      consentSimpleSignature: consents.given().consentSimpleSignature,
    };
    // A retry of the same request after a lost answer keeps its key, so the server files one appeal.
    const signature = JSON.stringify([input, file.name, file.size, file.lastModified]);
    if (attempt?.signature !== signature) attempt = { signature, key: newIdempotencyKey() };
    const r = await submit({ input: { ...input, photo: file, idempotencyKey: attempt.key } });
    const payload = r.data?.readingDisputeSubmit;
    if (!payload) return setErrors({ form: failedRequestText(r.error) });
    if (payload.userErrors.length || !payload.appeal) {
      attempt = null; // a corrected request is a new attempt
      return showServerErrors(payload.userErrors);
    }
    setFiled({ id: payload.appeal.id, number: payload.appeal.number });
  }

  return (
    <Dialog
      title="Оспорить показания"
      wide
      onClose={props.onClose}
      actions={
        <Show
          when={!filed() && access()?.allowed !== false}
          fallback={
            <button type="button" class="button button--primary" data-autofocus onClick={() => props.onClose()}>
              Закрыть
            </button>
          }
        >
          <button type="submit" form={id} class="button button--primary" disabled={state.fetching || !form.data}>
            {state.fetching ? "Отправляем…" : "Подать заявление"}
          </button>
          <button type="button" class="button button--ghost" onClick={() => props.onClose()} disabled={state.fetching}>
            Отмена
          </button>
        </Show>
      }
    >
      <Show
        when={!filed()}
        fallback={
          <div class="dispute__filed">
            <FormDone message={`Заявление № ${filed()!.number} «Несогласие с принятыми показаниями» подано.`} />
            <p>
              Оператор проверит фото табло и ответит в разделе «Заявления». <A href={appealHref(filed()!.id)}>Открыть заявление</A>
            </p>
          </div>
        }
      >
        <p>
          Передача значений показаний, менее ранее принятых, не допускается. Если на табло прибора учета действительно меньше, подайте заявление «Несогласие с
          принятыми показаниями» с фото табло: оператор проверит его и примет исправленные показания.
        </p>
        <table class="dispute__values">
          <caption>
            Счетчик {props.meter.number}, {props.meter.unit}
          </caption>
          <thead>
            <tr>
              <th scope="col">Зона</th>
              <th scope="col">Ранее принятые</th>
              <th scope="col">На табло</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.readings}>
              {(r) => (
                <tr>
                  <td>
                    <ZoneLabel zone={r.zone} />
                  </td>
                  <td class="num">{formatReading(accepted(r.zone) ?? "")}</td>
                  <td class="num">
                    <strong>{formatReading(r.value)}</strong>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <Show when={access()?.allowed === false}>
          <p class="notice notice--warning">{access()?.reason}</p>
        </Show>
        <Show when={form.data && access()?.allowed !== false}>
          <form id={id} class="dispute__form" onSubmit={send} novalidate>
            <FilePicker
              id={`${id}-photo`}
              name="photo"
              label="Фото табло прибора учета"
              required
              accept={rules()?.accept ?? ""}
              files={photo()}
              onChange={(list) => {
                setPhoto(list);
                setErrors((x) => ({ ...x, photo: undefined }));
              }}
              error={errors().photo}
              hint={rules()?.hint}
            />
            <TextAreaField
              id={`${id}-comment`}
              name="comment"
              label="Комментарий"
              rows={3}
              maxLength={4000}
              value={comment()}
              onInput={(v) => {
                setComment(v);
                setErrors((x) => ({ ...x, comment: undefined }));
              }}
              error={errors().comment}
            />
            <Consents
              texts={form.data!.appealConsents}
              state={consents}
              errors={errors()}
              onChange={(name) => setErrors((x) => ({ ...x, [name]: undefined }))}
            />
            <FormError message={errors().form} />
          </form>
        </Show>
      </Show>
    </Dialog>
  );
}
