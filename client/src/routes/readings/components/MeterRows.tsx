// One meter of «Передача показаний» (figure 11): a row per tariff zone with the previous values,
// the input and the consumption computed while typing, then the meter's messages.
import { For, Index, Show, createSignal } from "solid-js";
import { A } from "@solidjs/router";
import type { TariffZone } from "../../../gql/graphql";
import { formatDate } from "../../../lib/format";
import { consumption, isBelow, readingMaxLength } from "../../../lib/decimal";
import { MSG, acceptsReadings, isActive, inputId, key, type Link, type Meter, type PhotoRules } from "../submit";
import { ZONE_LABEL, ZoneLabel } from "../zones";
import { PreviousReadings } from "./PreviousReadings";

/** One meter: a row per zone (figure 11), then its messages. */
export function MeterRows(props: {
  meter: Meter;
  values: Record<string, string>;
  zoneErrors: Record<string, string>;
  meterError: string | undefined;
  /** Set outside the days readings are accepted: the inputs keep their values but take no new ones. */
  closedText: string | undefined;
  onInput: (zone: TariffZone, value: string) => void;
  /** Where a disabled meter's row sends for its history. */
  historyLink: Link;
  /** Set when the meter was refused for a value below the accepted one: opens «Оспорить показания». */
  onDispute?: () => void;
  /** Set where readings may carry a photo of the display: the one chosen and how to change it. */
  photo?: { rules: PhotoRules; file: File | undefined; onChange: (file: File | null) => void };
}) {
  const m = () => props.meter;
  const rows = () => m().zones.length;
  const errorId = `meter-${m().number}-error`;
  const zoneErrorId = (zone: TariffZone) => `${inputId(m(), zone)}-error`;
  const zonesWithErrors = () => m().zones.filter((z) => props.zoneErrors[key(m().id, z)]);
  const hasErrors = () => !!props.meterError || zonesWithErrors().length > 0;
  /** Why the inputs take nothing now: the meter is blocked, or it is not the days for readings. */
  const lockReason = () => m().blockedReason ?? props.closedText;

  return (
    <tbody class="meter" classList={{ "meter--off": !isActive(m()), "meter--invalid": hasErrors() }} data-meter={m().number}>
      <Index each={m().zones}>
        {(zone, i) => {
          const k = () => key(m().id, zone());
          const value = () => props.values[k()] ?? "";
          const accepted = () => m().lastAccepted.find((r) => r.zone === zone());
          const use = () => consumption(value(), accepted()?.value);
          const below = () => isBelow(value(), accepted()?.value);
          const invalid = () => !!props.zoneErrors[k()] || (!!props.meterError && value().trim() === "");
          return (
            <tr class="meter__row" classList={{ "meter__row--first": i === 0 }}>
              <Show when={i === 0}>
                <th scope="rowgroup" rowspan={rows()} class="meter__number">
                  <span class="meter__no">{m().number}</span>
                  <Show when={m().nextVerificationDate}>{(d) => <small class="meter__verification">Следующая поверка: {formatDate(d())}</small>}</Show>
                  <Show when={!isActive(m())}>
                    <span class="badge badge--warning meter__status">{m().statusText}</span>
                  </Show>
                  <Show when={props.photo && acceptsReadings(m()) && !props.closedText ? props.photo : undefined}>
                    {(photo) => <DisplayPhoto meter={m()} photo={photo()} />}
                  </Show>
                </th>
                <td rowspan={rows()} class="meter__resource" data-label="Ресурс">
                  {m().resource}
                </td>
                <td rowspan={rows()} class="meter__unit" data-label="Ед. изм.">
                  {m().unit}
                </td>
              </Show>
              <td class="meter__zone">
                <ZoneLabel zone={zone()} />
              </td>
              <td class="meter__prev" data-label="Предыдущие показания">
                <PreviousReadings meter={m()} zone={zone()} />
              </td>
              <Show
                when={isActive(m())}
                fallback={
                  <Show when={i === 0}>
                    <td colspan="2" rowspan={rows()} class="meter__off">
                      <p>{m().statusText}: доступна только история показаний.</p>
                      <A href={props.historyLink.href}>{props.historyLink.label}</A>
                    </td>
                  </Show>
                }
              >
                <td class="meter__input" data-label="Текущие показания">
                  <Show
                    when={!lockReason()}
                    fallback={
                      // Blocked: readonly rather than disabled, so the reason can be read on focus and tap.
                      <span class="reading reading--blocked">
                        <input
                          id={inputId(m(), zone())}
                          class="input reading__input"
                          name={inputId(m(), zone())}
                          type="text"
                          readonly
                          aria-disabled="true"
                          value={value()}
                          title={lockReason()}
                          placeholder="Прием закрыт"
                          aria-label={`Текущие показания, счетчик ${m().number}, ${ZONE_LABEL[zone()].toLowerCase()}`}
                          aria-describedby={`${inputId(m(), zone())}-tip`}
                        />
                        <span id={`${inputId(m(), zone())}-tip`} class="reading__tip" role="tooltip">
                          {lockReason()}
                        </span>
                      </span>
                    }
                  >
                    <input
                      id={inputId(m(), zone())}
                      class="input reading__input"
                      name={inputId(m(), zone())}
                      type="text"
                      inputmode="decimal"
                      autocomplete="off"
                      spellcheck={false}
                      maxLength={readingMaxLength(m().digits)}
                      value={value()}
                      onInput={(e) => props.onInput(zone(), e.currentTarget.value)}
                      aria-label={`Текущие показания, счетчик ${m().number}, ${ZONE_LABEL[zone()].toLowerCase()}`}
                      aria-invalid={invalid()}
                      aria-describedby={props.zoneErrors[k()] ? zoneErrorId(zone()) : props.meterError ? errorId : undefined}
                    />
                  </Show>
                </td>
                <td class="meter__use num" data-label="Расход ресурса">
                  <output for={inputId(m(), zone())} class="use" classList={{ "use--negative": below() }}>
                    {use() ?? ""}
                  </output>
                  <Show when={below()}>
                    <span class="sr-only"> — меньше ранее принятых показаний</span>
                  </Show>
                </td>
              </Show>
            </tr>
          );
        }}
      </Index>
      <Show when={hasErrors()}>
        <tr class="meter__errors">
          <td colspan="7">
            <ul class="meter__error-list">
              <Show when={props.meterError}>
                <li id={errorId} class="field-error">
                  {props.meterError}
                </li>
              </Show>
              <For each={zonesWithErrors()}>
                {(zone) => (
                  <li id={zoneErrorId(zone)} class="field-error">
                    <Show when={m().zones.length > 1}>
                      <strong>{ZONE_LABEL[zone]}:</strong>{" "}
                    </Show>
                    {props.zoneErrors[key(m().id, zone)]}
                  </li>
                )}
              </For>
            </ul>
            <Show when={props.onDispute}>
              {(open) => (
                <p class="meter__dispute">
                  Если на табло действительно меньше, приложите его фото:{" "}
                  <button type="button" class="button button--ghost button--small" onClick={() => open()()}>
                    Оспорить показания
                  </button>
                </p>
              )}
            </Show>
          </td>
        </tr>
      </Show>
    </tbody>
  );
}

/** «Фото табло»: an optional photo of the display sent with the meter's readings (JPEG, PNG, HEIC up to 10 MB). */
function DisplayPhoto(props: { meter: Meter; photo: NonNullable<Parameters<typeof MeterRows>[0]["photo"]> }) {
  const id = () => `photo-${props.meter.number}`;
  const [error, setError] = createSignal<string | null>(null);
  return (
    <span class="meter__photo">
      <input
        id={id()}
        class="meter__photo-input"
        type="file"
        name={id()}
        accept={props.photo.rules.accept}
        aria-label={`Фото табло, счетчик ${props.meter.number}`}
        aria-describedby={error() ? `${id()}-error` : undefined}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (!file) return;
          if (file.size > props.photo.rules.maxBytes) return setError(MSG.photoTooLarge(Math.floor(props.photo.rules.maxBytes / 1024 / 1024)));
          setError(null);
          props.photo.onChange(file);
        }}
      />
      <Show
        when={props.photo.file}
        fallback={
          <label for={id()} class="link-button meter__photo-pick">
            Приложить фото табло
          </label>
        }
      >
        {(file) => (
          <span class="meter__photo-chosen">
            Фото: {file().name}{" "}
            <button type="button" class="link-button" aria-label={`Убрать фото ${file().name}`} onClick={() => props.photo.onChange(null)}>
              Убрать
            </button>
          </span>
        )}
      </Show>
      <Show when={error()}>
        <span id={`${id()}-error`} class="field-error">
          {error()}
        </span>
      </Show>
    </span>
  );
}
