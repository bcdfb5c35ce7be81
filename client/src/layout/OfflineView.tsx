// What the customer sees without a connection: the banner «Нет связи» and, read-only, the last
// header, meters and amount due this browser loaded (../lib/offline.ts). Nothing can be sent
// from here, and nothing is queued to be sent later.
import { For, Show } from "solid-js";
import { formatDate, formatRub } from "../lib/format";
import type { OfflineSnapshot } from "../lib/offline";

export const OFFLINE_TEXT = "Нет связи с сервером. Показаны последние загруженные данные, изменения недоступны до восстановления связи.";

export function OfflineBanner() {
  return (
    <div class="notice notice--warning offline-banner" role="status">
      <strong>Нет связи.</strong> <span>{OFFLINE_TEXT.replace(/^Нет связи с сервером\. /, "")}</span>
    </div>
  );
}

export function OfflineView(props: { snapshot: OfflineSnapshot; onRetry: () => void }) {
  const s = () => props.snapshot;
  return (
    <div class="app offline">
      <main id="main" class="main container">
        <OfflineBanner />
        <p class="muted">Данные на {formatDate(s().savedAt)}.</p>
        <Show when={s().account} fallback={<p>Лицевой счет не выбран.</p>}>
          {(a) => (
            <section class="card block" aria-labelledby="offline-account">
              <h1 id="offline-account" class="card__title">
                Лицевой счет № {a().number}
              </h1>
              <p>{a().address}</p>
              <p>
                К оплате на {formatDate(a().amountDue.asOf)}: <strong>{formatRub(a().amountDue.total)}</strong>{" "}
                <span class="nowrap">в т.ч. пени {formatRub(a().amountDue.penalty)}</span>
              </p>
            </section>
          )}
        </Show>
        <Show when={s().meters?.length}>
          <section class="card block" aria-labelledby="offline-meters">
            <h2 id="offline-meters" class="card__title">
              Приборы учета
            </h2>
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">Прибор учета</th>
                  <th scope="col">Статус</th>
                  <th scope="col">Последние принятые показания</th>
                </tr>
              </thead>
              <tbody>
                <For each={s().meters!}>
                  {(m) => (
                    <tr>
                      <td>
                        {m.resourceText} № {m.number}
                      </td>
                      <td>{m.statusText}</td>
                      <td>
                        <For each={m.readings} fallback="—">
                          {(r) => (
                            <div>
                              {r.zone ? `${r.zone}: ` : ""}
                              {r.value} {m.unit}
                              {r.acceptedAt ? ` (${formatDate(r.acceptedAt)})` : ""}
                            </div>
                          )}
                        </For>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </section>
        </Show>
        <button type="button" class="button" onClick={() => props.onRetry()}>
          Повторить подключение
        </button>
      </main>
    </div>
  );
}
