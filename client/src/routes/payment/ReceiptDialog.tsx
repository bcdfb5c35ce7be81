// «Чек» (manual 6.4.5, figure 30): the electronic receipt of a payment on screen, to print or to
// save as a PDF (a short-lived signed link from the API).
import { For, Show, createResource, createSignal } from "solid-js";
import { createMutation } from "@urql/solid";
import QRCode from "qrcode";
import { graphql } from "../../gql";
import type { ReceiptFieldsFragment } from "../../gql/graphql";
import { Dialog } from "../../components/Dialog";
import { FileIcon } from "../../components/Icons";
import { downloadLinked } from "../../lib/linkedDownload";
import { formatDateTime, formatRub } from "../../lib/format";

export const ReceiptFields = graphql(`
  fragment ReceiptFields on PaymentReceipt {
    number
    shiftNumber
    issuedAt
    operation
    taxation
    total
    lines { name price quantity amount vat vatRate vatAmount paymentMethod paymentObject supplierInn }
    vatTotals { vatRate label amount vatAmount }
    fnNumber
    fiscalDocumentNumber
    fiscalSign
    kktRegNumber
    buyerContact
    siteUrl
    placeOfSettlement
    qrText
    seller { name inn address }
  }
`);

const ReceiptPdfCreate = graphql(`
  mutation PaymentReceiptPdfCreate($input: PaymentReceiptPdfCreateInput!) {
    paymentReceiptPdfCreate(input: $input) {
      document { url expiresAt }
      userErrors { field message code }
    }
  }
`);

/** As receipts print the sums per rate: «Сумма НДС 22%», «Сумма с НДС 0%», «Сумма без НДС». */
function vatTotalLabel(v: { vatRate: string; label: string; vatAmount?: string | null }): string {
  if (v.vatRate === "NONE") return "Сумма без НДС";
  if (v.vatRate === "VAT0") return "Сумма с НДС 0%";
  return `Сумма ${v.label}`;
}

export function ReceiptDialog(props: { paymentId: string; receipt: ReceiptFieldsFragment; onClose: () => void }) {
  const [, createPdf] = createMutation(ReceiptPdfCreate);
  const [saving, setSaving] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [qr] = createResource(
    () => props.receipt.qrText,
    (text) => QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" }),
  );

  async function savePdf() {
    if (saving()) return;
    setError(null);
    setSaving(true);
    try {
      const response = await createPdf({ input: { paymentId: props.paymentId } });
      const answer = { payload: response.data?.paymentReceiptPdfCreate, error: response.error };
      setError(await downloadLinked(answer, (p) => p.document?.url, { type: "application/pdf", fallbackName: `chek-${props.receipt.number}.pdf` }));
    } finally {
      setSaving(false);
    }
  }

  const r = () => props.receipt;
  return (
    <Dialog
      title={`Кассовый чек № ${r().number}`}
      onClose={props.onClose}
      wide
      actions={
        <>
          <button type="button" class="button button--primary" onClick={() => window.print()} data-autofocus>
            Печать
          </button>
          <button type="button" class="button button--ghost" onClick={() => void savePdf()} disabled={saving()}>
            <FileIcon />
            {saving() ? "Формируем PDF…" : "Сохранить в PDF"}
          </button>
        </>
      }
    >
      <article class="receipt" aria-label="Электронный чек">
        <header class="receipt__head">
          <p class="receipt__kind">Кассовый чек · {r().operation}</p>
          <p class="receipt__seller">{r().seller.name}</p>
          <p class="receipt__meta">ИНН {r().seller.inn} · Платежный агент</p>
          <Show when={r().seller.address}>{(a) => <p class="receipt__meta">{a()}</p>}</Show>
        </header>
        <dl class="receipt__kv">
          <dt>Чек №</dt>
          <dd>{r().number}</dd>
          <dt>Смена №</dt>
          <dd>{r().shiftNumber}</dd>
          <dt>Дата и время</dt>
          <dd>{formatDateTime(r().issuedAt)}</dd>
          <dt>Место расчетов</dt>
          <dd>{r().placeOfSettlement}</dd>
        </dl>
        <ol class="receipt__lines">
          <For each={r().lines}>
            {(line) => (
              <li class="receipt__line">
                <p class="receipt__line-name">{line.name}</p>
                <dl class="receipt__kv">
                  <dt>Цена × кол-во</dt>
                  <dd>
                    {formatRub(line.price)} × {line.quantity}
                  </dd>
                  <dt>Сумма</dt>
                  <dd>{formatRub(line.amount)}</dd>
                  <dt>Ставка НДС</dt>
                  <dd>{line.vat}</dd>
                  <Show when={line.vatAmount}>
                    {(vat) => (
                      <>
                        <dt>Сумма НДС</dt>
                        <dd>{formatRub(vat())}</dd>
                      </>
                    )}
                  </Show>
                  <dt>Способ расчета</dt>
                  <dd>{line.paymentMethod}</dd>
                  <dt>Предмет расчета</dt>
                  <dd>{line.paymentObject}</dd>
                  <dt>ИНН поставщика</dt>
                  <dd>{line.supplierInn}</dd>
                </dl>
              </li>
            )}
          </For>
        </ol>
        <p class="receipt__total">
          <span>ИТОГ</span>
          <span>{formatRub(r().total)}</span>
        </p>
        <dl class="receipt__kv">
          <dt>Безналичными</dt>
          <dd>{formatRub(r().total)}</dd>
          <For each={r().vatTotals}>
            {(v) => (
              <>
                <dt>{vatTotalLabel(v)}</dt>
                <dd>{formatRub(v.vatAmount && v.vatRate !== "VAT0" ? v.vatAmount : v.amount)}</dd>
              </>
            )}
          </For>
          <dt>СНО</dt>
          <dd>{r().taxation}</dd>
          <dt>РН ККТ</dt>
          <dd>{r().kktRegNumber}</dd>
          <dt>ФН №</dt>
          <dd>{r().fnNumber}</dd>
          <dt>ФД №</dt>
          <dd>{r().fiscalDocumentNumber}</dd>
          <dt>ФП</dt>
          <dd>{r().fiscalSign}</dd>
          <Show when={r().buyerContact}>
            <dt>Покупатель</dt>
            <dd>{r().buyerContact}</dd>
          </Show>
          <dt>Сайт ФНС</dt>
          <dd>{r().siteUrl}</dd>
        </dl>
        <Show when={qr()}>{(svg) => <div class="receipt__qr" role="img" aria-label="QR-код чека" innerHTML={svg()} />}</Show>
      </article>
      <Show when={error()}>
        <p class="notice notice--error" role="alert">
          {error()}
        </p>
      </Show>
    </Dialog>
  );
}
