// A readings dispute («Несогласие с принятыми показаниями») in the console: the photo of the
// display beside the meter's reading history, the values the customer read and the accepted ones,
// and — while the appeal is in progress — «Принять исправленные показания»: a value per zone and
// the answer; the server records the reading as a correction (audited) and completes the appeal.
import { For, Index, Show, createEffect, createSignal, createUniqueId, on, onCleanup } from "solid-js";
import { createMutation, createQuery, useClient } from "@urql/solid";
import { graphql } from "../../gql";
import type { AppealStatus, TariffZone } from "../../gql/graphql";
import { TextAreaField } from "../../components/Field";
import { FormError } from "../../components/Status";
import { SubmitButton } from "../../components/SubmitButton";
import { formatDateTime, formatPeriod } from "../../lib/format";
import { formatReading, isReading, normalizeReading } from "../../lib/decimal";
import { requestErrorText, type UserErrorLike } from "../../lib/userErrors";
import { AppealFileLinkCreate } from "../appeals/documents";
import { ZONE_LABEL, ZoneLabel } from "../readings/zones";

const StaffReadingDispute = graphql(`
  query StaffReadingDispute($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Appeal {
        readingDispute {
          meter { id number unit resource digits zones }
          entered { zone value }
          accepted { zone value }
          photo { id fileName }
          correctedAt
          correction { zone value sourceText }
          meterHistory { zone value period submittedAt sourceText status photo { id } }
        }
      }
    }
  }
`);

const ReadingDisputeAccept = graphql(`
  mutation OperatorReadingDisputeAccept($input: ReadingDisputeAcceptInput!) {
    readingDisputeAccept(input: $input) {
      appeal { id status statusText }
      userErrors { field message code }
    }
  }
`);

const ReadingPhotoLinkCreate = graphql(`
  mutation OperatorReadingPhotoLinkCreate($input: ReadingPhotoLinkCreateInput!) {
    readingPhotoLinkCreate(input: $input) {
      link { url }
      userErrors { field message code }
    }
  }
`);

/** A photo to show: the dispute's own (an appeal file) or one sent with readings. */
type PhotoSource = { kind: "appeal" | "reading"; id: string; alt: string };

const STATUS_TEXT: Record<string, string> = { SUBMITTED: "Передано", ACCEPTED: "Принято к расчету", SUPERSEDED: "Заменено", REJECTED: "Не принято" };

/** The photo through a short-lived signed link, shown from a blob (the page's CSP allows blob: images). */
function Photo(props: { source: PhotoSource }) {
  const client = useClient();
  const [src, setSrc] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  createEffect(
    on(
      () => props.source,
      async (source) => {
        setError(null);
        const r =
          source.kind === "appeal"
            ? await client.mutation(AppealFileLinkCreate, { input: { fileId: source.id } }).toPromise()
            : await client.mutation(ReadingPhotoLinkCreate, { input: { photoId: source.id } }).toPromise();
        const data = r.data as
          | { appealFileLinkCreate?: { link?: { url: string } | null }; readingPhotoLinkCreate?: { link?: { url: string } | null } }
          | undefined;
        const url = (source.kind === "appeal" ? data?.appealFileLinkCreate : data?.readingPhotoLinkCreate)?.link?.url;
        if (!url) return setError(requestErrorText(r.error));
        const response = await fetch(url).catch(() => null);
        if (!response?.ok) return setError("Не удалось загрузить фото. Обновите страницу.");
        const blob = await response.blob();
        const old = src();
        setSrc(URL.createObjectURL(blob));
        if (old) URL.revokeObjectURL(old);
      },
    ),
  );
  onCleanup(() => {
    const s = src();
    if (s) URL.revokeObjectURL(s);
  });
  return (
    <figure class="dispute-photo">
      <Show when={src()} fallback={<p class="muted">{error() ?? "Загружаем фото…"}</p>}>
        {(s) => <img class="dispute-photo__img" src={s()} alt={props.source.alt} />}
      </Show>
      <figcaption class="muted">{props.source.alt}</figcaption>
    </figure>
  );
}

export function DisputePanel(props: { appealId: string; status: AppealStatus; version: number; onChanged: () => void }) {
  const id = createUniqueId();
  const [result, refetch] = createQuery({ query: StaffReadingDispute, variables: () => ({ id: props.appealId }), requestPolicy: "cache-and-network" });
  // Taken into work or answered elsewhere (another tab, another operator): read it again.
  createEffect(on([() => props.version, () => props.status], () => refetch({ requestPolicy: "network-only" }), { defer: true }));
  const appeal = () => {
    const n = result.data?.node;
    return n?.__typename === "Appeal" ? n : null;
  };
  const dispute = () => appeal()?.readingDispute ?? null;
  // The photo beside the history: the dispute's own, or one sent with a reading of the history.
  const [chosen, setChosen] = createSignal<PhotoSource | null>(null);
  const shown = (): PhotoSource | null => {
    const d = dispute();
    return chosen() ?? (d?.photo ? { kind: "appeal", id: d.photo.id, alt: `Фото табло прибора учета ${d.meter.number} к заявлению` } : null);
  };
  const [state, accept] = createMutation(ReadingDisputeAccept);
  const [values, setValues] = createSignal<Record<string, string>>({});
  const [answer, setAnswer] = createSignal("");
  const [errors, setErrors] = createSignal<{ zones: Record<string, string>; answer?: string; form?: string }>({ zones: {} });
  const entered = (zone: TariffZone) => dispute()?.entered.find((v) => v.zone === zone)?.value;
  const value = (zone: TariffZone) => values()[zone] ?? formatReading(entered(zone) ?? "");

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const d = dispute();
    if (!d || state.fetching) return;
    const zones: Record<string, string> = {};
    for (const zone of d.meter.zones) if (!isReading(value(zone).trim(), d.meter.digits)) zones[zone] = "Введите показание числом";
    const text = answer().trim() || defaultAnswer();
    setErrors({ zones });
    if (Object.keys(zones).length) return;
    const r = await accept({
      input: { appealId: props.appealId, answer: text, readings: d.meter.zones.map((zone) => ({ zone, value: normalizeReading(value(zone).trim()) })) },
    });
    const payload = r.data?.readingDisputeAccept;
    if (!payload) return setErrors({ zones: {}, form: requestErrorText(r.error) });
    if (payload.userErrors.length) return showServerErrors(payload.userErrors);
    refetch({ requestPolicy: "network-only" });
    props.onChanged();
  }

  function showServerErrors(list: readonly UserErrorLike[]) {
    const d = dispute();
    const zones: Record<string, string> = {};
    const other: string[] = [];
    let answerError: string | undefined;
    for (const e of list) {
      const [, name, index] = e.field ?? [];
      if (name === "readings" && index !== undefined && d) zones[d.meter.zones[Number(index)] ?? ""] = e.message;
      else if (name === "answer") answerError = e.message;
      else other.push(e.message);
    }
    setErrors({ zones, answer: answerError, form: other.join(" ") || undefined });
  }

  const defaultAnswer = () => {
    const d = dispute();
    if (!d) return "";
    const shown = d.meter.zones.map((z) => `${d.meter.zones.length > 1 ? `${ZONE_LABEL[z]}: ` : ""}${formatReading(normalizeReading(value(z)))}`).join("; ");
    return `Показания прибора учета ${d.meter.number} проверены по фото табло и приняты к расчету: ${shown} ${d.meter.unit}.`;
  };

  return (
    <Show when={dispute()}>
      {(d) => (
        <section class="appeal-view__block op-dispute" aria-labelledby={`${id}-title`}>
          <h3 id={`${id}-title`} class="appeal-view__subtitle">
            Показания прибора учета {d().meter.number}
          </h3>
          <div class="op-dispute__body">
            <div class="op-dispute__photo">
              <Show when={shown()} fallback={<p class="muted">Фото не приложено.</p>}>
                {(s) => <Photo source={s()} />}
              </Show>
              <Show when={chosen()}>
                <button type="button" class="link-button" onClick={() => setChosen(null)}>
                  Фото к заявлению
                </button>
              </Show>
            </div>
            <div class="op-dispute__history">
              <table class="journal-table op-dispute__values">
                <caption>Показания по заявлению, {d().meter.unit}</caption>
                <thead>
                  <tr>
                    <th scope="col">Зона</th>
                    <th scope="col">Ранее принятые</th>
                    <th scope="col">На табло (клиент)</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={d().entered}>
                    {(v) => (
                      <tr>
                        <td>
                          <ZoneLabel zone={v.zone} />
                        </td>
                        <td class="num">{formatReading(d().accepted.find((a) => a.zone === v.zone)?.value ?? "")}</td>
                        <td class="num">{formatReading(v.value)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <table class="journal-table op-dispute__meter-history">
                <caption>История показаний прибора учета</caption>
                <thead>
                  <tr>
                    <th scope="col">Месяц</th>
                    <th scope="col">Дата передачи</th>
                    <th scope="col">Зона</th>
                    <th scope="col">Показания</th>
                    <th scope="col">Способ передачи</th>
                    <th scope="col">Статус</th>
                    <th scope="col">
                      <span class="sr-only">Фото</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <For
                    each={d().meterHistory}
                    fallback={
                      <tr>
                        <td colspan="7">Показаний нет.</td>
                      </tr>
                    }
                  >
                    {(r) => (
                      <tr>
                        <td>{formatPeriod(r.period)}</td>
                        <td>{formatDateTime(r.submittedAt)}</td>
                        <td>
                          <ZoneLabel zone={r.zone} />
                        </td>
                        <td class="num">{formatReading(r.value)}</td>
                        <td>{r.sourceText}</td>
                        <td>{STATUS_TEXT[r.status] ?? r.status}</td>
                        <td>
                          <Show when={r.photo}>
                            {(p) => (
                              <button
                                type="button"
                                class="link-button"
                                onClick={() =>
                                  setChosen({ kind: "reading", id: p().id, alt: `Фото табло, переданное с показаниями ${formatDateTime(r.submittedAt)}` })
                                }
                              >
                                Фото
                              </button>
                            )}
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </div>
          <Show
            when={props.status === "IN_PROGRESS" && !d().correctedAt}
            fallback={
              <Show when={d().correctedAt}>
                {(at) => (
                  <p class="notice notice--info">
                    Исправленные показания приняты {formatDateTime(at())}:{" "}
                    {d()
                      .correction.map((c) => `${d().correction.length > 1 ? `${ZONE_LABEL[c.zone]}: ` : ""}${formatReading(c.value)}`)
                      .join("; ")}{" "}
                    {d().meter.unit} ({d().correction[0]?.sourceText}).
                  </p>
                )}
              </Show>
            }
          >
            <form class="op-action op-dispute__accept" onSubmit={submit} novalidate aria-labelledby={`${id}-accept`}>
              <h4 id={`${id}-accept`} class="appeal-view__subtitle">
                Принять исправленные показания
              </h4>
              <div class="op-dispute__zones">
                <Index each={d().meter.zones}>
                  {(zone) => (
                    <label class="op-dispute__zone">
                      <span class="field__label">
                        {ZONE_LABEL[zone()]}, {d().meter.unit}
                      </span>
                      <input
                        class="input"
                        name={`corrected-${zone()}`}
                        inputmode="decimal"
                        autocomplete="off"
                        value={value(zone())}
                        onInput={(e) => setValues((all) => ({ ...all, [zone()]: e.currentTarget.value }))}
                        aria-invalid={!!errors().zones[zone()]}
                      />
                      <Show when={errors().zones[zone()]}>
                        <span class="field-error">{errors().zones[zone()]}</span>
                      </Show>
                    </label>
                  )}
                </Index>
              </div>
              <TextAreaField
                id={`${id}-answer`}
                name="disputeAnswer"
                label="Ответ клиенту (пусто — стандартный текст)"
                rows={3}
                value={answer()}
                onInput={setAnswer}
                error={errors().answer}
              />
              <FormError message={errors().form} />
              <div class="form__buttons">
                <SubmitButton busy={state.fetching} busyLabel="Принимаем…" label="Принять исправленные показания" />
                <span class="muted">Показания будут приняты к расчету как корректировка по заявлению, заявление — «Завершено».</span>
              </div>
            </form>
          </Show>
        </section>
      )}
    </Show>
  );
}
