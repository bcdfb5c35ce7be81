// Block «Квитанция» of «Оплата» (manual 6.4, figure 15): pick a billing month, download its
// квитанция as a PDF or open it as a web page. Self-contained: give it the account's id.
// Links are short-lived and signed by the API: the page link is signed when a month is chosen
// and signed again before use once it is about to expire.
import { For, Match, Show, Switch, createEffect, createMemo, createSignal, createUniqueId, on } from "solid-js";
import { createMutation, createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import { formatDate, formatPeriod, formatRub } from "../../lib/format";
import { requestErrorText } from "../../lib/userErrors";
import { downloadFailureText, downloadFile } from "../../lib/download";
import { ErrorNotice, FormError, Spinner, UNEXPECTED_ERROR_TEXT } from "../../components/Status";
import { ExternalIcon, FileIcon } from "../../components/Icons";

const InvoiceList = graphql(`
  query InvoiceList($accountId: ID!) {
    node(id: $accountId) {
      id
      ... on Account {
        number
        invoices(first: 36) {
          nodes { id number period dueDate amountToPay penalty totalDue }
        }
      }
    }
  }
`);

const InvoicePdfCreate = graphql(`
  mutation InvoicePdfCreate($input: InvoicePdfCreateInput!) {
    invoicePdfCreate(input: $input) {
      document { url expiresAt }
      htmlView { url expiresAt }
      userErrors { field message code }
    }
  }
`);

/** Sign again this long before a link expires. */
const RENEW_BEFORE_MS = 60_000;

export function InvoiceSection(props: { accountId: string }) {
  const id = createUniqueId();
  const [result, reexecute] = createQuery({ query: InvoiceList, variables: () => ({ accountId: props.accountId }), requestPolicy: "cache-and-network" });
  const account = () => {
    const node = result.data?.node;
    return node && "invoices" in node ? node : null;
  };
  const invoices = () => account()?.invoices.nodes ?? [];
  const [period, setPeriod] = createSignal<string | null>(null);
  // The newest month by default; another account's list starts over.
  createEffect(
    on(
      () => props.accountId,
      () => (setPeriod(null), setView(null)),
      { defer: true },
    ),
  );
  createEffect(() => {
    const list = invoices();
    if (list.length && !list.some((i) => i.period === period())) setPeriod(list[0]!.period);
  });
  const invoice = createMemo(() => invoices().find((i) => i.period === period()) ?? null);

  const [, createLinks] = createMutation(InvoicePdfCreate);
  const [view, setView] = createSignal<{ url: string; expiresAt: number; period: string; accountId: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  async function sign(p: string): Promise<{ pdf: string; html: string; expiresAt: number } | null> {
    const accountId = props.accountId;
    const response = await createLinks({ input: { accountId, period: p } });
    const payload = response.data?.invoicePdfCreate;
    if (!payload) return (void setError(requestErrorText(response.error)), null);
    if (payload.userErrors.length) return (void setError(payload.userErrors.map((e) => e.message).join(" ")), null);
    if (!payload.document || !payload.htmlView) return (void setError(UNEXPECTED_ERROR_TEXT), null);
    const links = { pdf: payload.document.url, html: payload.htmlView.url, expiresAt: new Date(payload.htmlView.expiresAt).getTime() };
    if (period() === p && props.accountId === accountId) setView({ url: links.html, expiresAt: links.expiresAt, period: p, accountId });
    return links;
  }

  const fresh = () => {
    const v = view();
    return v && v.period === period() && v.accountId === props.accountId && v.expiresAt - Date.now() > RENEW_BEFORE_MS ? v : null;
  };
  // The page link of the chosen month, ready before anyone clicks it.
  createEffect(
    on([period, () => props.accountId], ([p]) => {
      setError(null);
      if (p && !fresh()) void sign(p);
    }),
  );
  const renew = () => {
    const p = period();
    if (p && !fresh()) void sign(p);
  };

  async function download() {
    const p = period();
    if (!p || busy()) return;
    setError(null);
    setBusy(true);
    try {
      const links = await sign(p);
      if (!links) return;
      const failure = await downloadFile(links.pdf, { type: "application/pdf", fallbackName: `kvitanciya-${p}.pdf` });
      if (failure) setError(downloadFailureText(failure));
    } finally {
      setBusy(false);
    }
  }

  /** A click on a link about to expire: sign a new one and open that. */
  async function openStale(e: MouseEvent) {
    if (fresh()) return;
    e.preventDefault();
    const p = period();
    if (!p) return;
    const opened = window.open("", "_blank");
    const links = await sign(p);
    if (!links) return void opened?.close();
    if (opened) {
      opened.opener = null;
      opened.location.href = links.html;
    } else location.assign(links.html);
  }

  const serverError = () => (result.error && !result.fetching && !result.data ? requestErrorText(result.error) : null);

  return (
    <section class="card invoice-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="invoice-section__title">
        Квитанция
      </h2>
      <Switch>
        <Match when={serverError()}>
          <ErrorNotice onRetry={() => reexecute({ requestPolicy: "network-only" })}>{serverError()}</ErrorNotice>
        </Match>
        <Match when={account() && invoices().length === 0}>
          <p class="muted">Квитанций пока нет: квитанция формируется после закрытия расчетного месяца.</p>
        </Match>
        <Match when={invoice()}>
          {(inv) => (
            <>
              <div class="invoice-section__row">
                <label class="invoice-section__pick">
                  <span>Выберите платежный период:</span>
                  <select class="select" name="invoicePeriod" onChange={(e) => setPeriod(e.currentTarget.value)}>
                    <For each={invoices()}>
                      {(i) => (
                        <option value={i.period} selected={i.period === period()}>
                          {formatPeriod(i.period)}
                        </option>
                      )}
                    </For>
                  </select>
                </label>
                <div class="invoice-section__actions">
                  <button
                    type="button"
                    class="button button--primary button--small"
                    onClick={() => void download()}
                    disabled={busy()}
                    aria-describedby={error() ? `${id}-error` : undefined}
                  >
                    <FileIcon />
                    {busy() ? "Формируем PDF…" : "Скачать квитанцию"}
                  </button>
                  <a
                    class="button button--ghost button--small"
                    href={fresh()?.url ?? "#"}
                    target="_blank"
                    rel="noopener"
                    onFocus={renew}
                    onPointerEnter={renew}
                    onClick={(e) => void openStale(e)}
                  >
                    <ExternalIcon />
                    Открыть квитанцию
                    <span class="sr-only"> (откроется в новой вкладке)</span>
                  </a>
                </div>
              </div>
              <p class="invoice-section__due">
                Квитанция № {inv().number} за {formatPeriod(inv().period).toLowerCase()}: к оплате <strong>{formatRub(inv().amountToPay)}</strong>
                <Show when={inv().penalty !== "0.00"}> в т.ч. пени {formatRub(inv().penalty)}</Show>
                <Show when={inv().amountToPay !== "0.00"}> до {formatDate(inv().dueDate)}</Show>
              </p>
            </>
          )}
        </Match>
        <Match when={result.fetching}>
          <Spinner label="Загружаем квитанции…" />
        </Match>
      </Switch>
      <FormError id={`${id}-error`} message={error()} />
    </section>
  );
}
