// The settings of a connected (or waiting) autopay (6.4.4, figure 27): mode, maximum, card, the
// next and the last charge.
import { Show } from "solid-js";
import type { AutopayFieldsFragment } from "../../../gql/graphql";
import { formatDate, formatRub } from "../../../lib/format";
import { cardNumber } from "../CardChoice";

/** The settings of a connected (or waiting) autopay (figure 27). */
export function AutopayFacts(props: { autopay: AutopayFieldsFragment }) {
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
        <dd data-fact="max" class="nowrap">
          {formatRub(a().maxAmount)}
        </dd>
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
