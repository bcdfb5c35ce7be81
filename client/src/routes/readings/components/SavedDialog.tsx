import { A } from "@solidjs/router";
import { Dialog } from "../../../components/Dialog";
import { CheckCircleIcon } from "../../../components/Icons";
import type { Link } from "../submit";

/** Figure 14: success, with the way on to the preliminary calculation (`next`: there, or signing in for it). */
export function SavedDialog(props: { next: Link; onClose: () => void }) {
  return (
    <Dialog
      title="Показания успешно переданы"
      onClose={props.onClose}
      actions={
        <>
          <A href={props.next.href} class="button button--primary" onClick={() => props.onClose()}>
            {props.next.label}
          </A>
          <button type="button" class="button button--ghost" onClick={() => props.onClose()}>
            Закрыть
          </button>
        </>
      }
    >
      <div class="dialog__icon-line">
        <CheckCircleIcon class="dialog__icon dialog__icon--success" />
        <p>
          Переданные показания отображаются в столбце «Предыдущие показания» и в подразделе «История показаний». По ним можно выполнить предварительный расчет
          суммы к оплате.
        </p>
      </div>
    </Dialog>
  );
}
