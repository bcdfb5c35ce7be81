import { For } from "solid-js";
import { Dialog } from "../../../components/Dialog";
import { WarningIcon } from "../../../components/Icons";
import { formatReading } from "../../../lib/decimal";
import type { Meter, Sent, Warning } from "../submit";
import { ZoneLabel } from "../zones";

/** Figure 12: the too-large values, «Передать внесённые показания» or «Отмена». */
export function OverLimitDialog(props: {
  warnings: Warning[];
  readings: Sent[];
  meters: Meter[];
  sending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const meter = (id: string) => props.meters.find((m) => m.id === id);
  const sent = (w: Warning) => props.readings.find((r) => r.meterId === w.meterId && r.zone === w.zone)?.value ?? "";
  return (
    <Dialog
      title="Внесенные показания слишком велики"
      role="alertdialog"
      onClose={props.onCancel}
      actions={
        <>
          <button type="button" class="button button--primary" onClick={() => props.onConfirm()} disabled={props.sending}>
            {props.sending ? "Передаём…" : "Передать внесённые показания"}
          </button>
          <button type="button" class="button button--ghost" data-autofocus onClick={() => props.onCancel()} disabled={props.sending}>
            Отмена
          </button>
        </>
      }
    >
      <div class="dialog__icon-line">
        <WarningIcon class="dialog__icon dialog__icon--warning" />
        <p>Проверьте показания: расход по ним намного больше обычного.</p>
      </div>
      <ul class="over-limit">
        <For each={props.warnings}>
          {(w) => {
            const m = meter(w.meterId);
            return (
              <li class="over-limit__item">
                <span class="over-limit__meter">
                  Счетчик {m?.number ?? ""} <ZoneLabel zone={w.zone} />
                </span>
                <span class="over-limit__values">
                  <span>
                    Показания: <strong>{formatReading(sent(w))}</strong> {m?.unit}
                  </span>
                  <span>
                    Расход: <strong>{formatReading(w.consumption)}</strong> {m?.unit}
                  </span>
                </span>
              </li>
            );
          }}
        </For>
      </ul>
      <p>Если Вы уверены в правильности показаний, нажмите «Передать внесённые показания». Для возврата к вводу показаний нажмите «Отмена».</p>
    </Dialog>
  );
}
