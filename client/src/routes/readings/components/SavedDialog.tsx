import { A } from "@solidjs/router";
import { Dialog } from "../../../components/Dialog";
import { CheckCircleIcon } from "../../../components/Icons";
import { readingsHref } from "../paths";

/** Figure 14: success, with the way on to the preliminary calculation. */
export function SavedDialog(props: { onClose: () => void }) {
  return (
    <Dialog
      title="Показания успешно переданы"
      onClose={props.onClose}
      actions={
        <>
          <A href={readingsHref("estimate")} class="button button--primary" onClick={() => props.onClose()}>
            Выполнить предварительный расчет
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
