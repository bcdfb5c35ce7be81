// The page a readings reminder's personal link opens (7.1): `/readings/link?token=<JWT>` from the
// e-mail, `/r/<code>` from the SMS. No sign-in: the account's meters in the cabinet's own form
// (readings/components/MetersForm.tsx), the address masked as the server gives it, sent by
// reminderReadingsSubmit; success (figure 14) offers to sign in for the preliminary calculation.
// A link that no longer works says why and leads to the sign-in page.
import { Match, Show, Switch } from "solid-js";
import { A, useParams, useSearchParams } from "@solidjs/router";
import { createMutation, createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import { formatDate } from "../../lib/format";
import { usePageTitle } from "../../lib/title";
import { requestErrorText } from "../../lib/userErrors";
import { QueryStates } from "../../components/QueryStates";
import { MetersForm } from "../readings/components/MetersForm";
import { MSG, type SendOutcome, type Sent } from "../readings/submit";

const ReminderLinkQuery = graphql(`
  query ReminderLink($token: String!) {
    readingsWindow { open text }
    reminderLink(token: $token) {
      problem
      problemCode
      page {
        address
        expiresAt
        windowOpen
        meters {
          id
          number
          resource
          unit
          digits
          zones
          status
          statusText
          blockedReason
          nextVerificationDate
          lastAccepted { zone value submittedAt acceptedAt }
          lastSubmitted { zone value submittedAt sourceText }
        }
      }
    }
  }
`);

const ReminderReadingsSubmit = graphql(`
  mutation ReminderReadingsSubmit($input: ReminderReadingsSubmitInput!) {
    reminderReadingsSubmit(input: $input) {
      readings { zone value status }
      warnings { meterId zone consumption message }
      userErrors { field message code }
    }
  }
`);

/** Signing in leads on to the preliminary calculation (LoginPage's `next`). */
const SIGN_IN_FOR_ESTIMATE = "/login?next=%2Freadings%2Festimate";

export function ReminderLinkPage() {
  usePageTitle(() => "Передача показаний по ссылке из напоминания");
  const params = useParams<{ code?: string }>();
  const [search] = useSearchParams();
  const token = () => params.code ?? (typeof search.token === "string" ? search.token : "");
  const [result, reexecute] = createQuery({ query: ReminderLinkQuery, variables: () => ({ token: token() }), requestPolicy: "network-only" });
  const [submitting, submit] = createMutation(ReminderReadingsSubmit);

  const link = () => result.data?.reminderLink;
  const page = () => link()?.page;
  /** The server's sentence naming the days readings are accepted. */
  const windowText = () => result.data?.readingsWindow.text ?? "";
  const closedText = () => (page()?.windowOpen === false ? `${MSG.closed} ${windowText()}` : undefined);
  /** The last day the link works (it expires at the next day's start). */
  const lastDay = () => {
    const at = page()?.expiresAt;
    return at ? formatDate(new Date(Date.parse(at) - 1).toISOString()) : "";
  };

  async function send(readings: Sent[], confirmOverLimit: boolean): Promise<SendOutcome> {
    const response = await submit({ input: { token: token(), readings, confirmOverLimit } });
    return response.data?.reminderReadingsSubmit ?? { requestError: requestErrorText(response.error) };
  }

  return (
    <section class="card link-card" aria-labelledby="reminder-link-title">
      <h1 id="reminder-link-title" class="auth-card__title">
        Передача показаний
      </h1>
      <QueryStates result={result} value={link()} retry={() => reexecute({ requestPolicy: "network-only" })} loading="Открываем ссылку…">
        {() => (
          <Switch>
            <Match when={link()?.problem}>
              {(problem) => (
                <>
                  <p class="notice notice--error" role="alert">
                    {problem()}
                  </p>
                  <div class="auth-card__links">
                    <A href="/login?next=%2Freadings">Войти в личный кабинет</A>
                  </div>
                </>
              )}
            </Match>
            <Match when={page()}>
              {(p) => (
                <>
                  <dl class="link-card__facts">
                    <dt>Адрес</dt>
                    <dd class="link-card__address">{p().address}</dd>
                    <dt>Ссылка действует</dt>
                    <dd>по {lastDay()} включительно, без входа в личный кабинет</dd>
                  </dl>
                  <p class="muted">
                    Показания передаются только по действующим приборам учета. {closedText() ? "" : windowText()} Передача значений показаний, менее ранее
                    принятых, не допускается. К расчету принимаются последние переданные показания.
                  </p>
                  <Show when={p().meters.length > 0} fallback={<p class="muted">На лицевом счете нет приборов учета.</p>}>
                    <MetersForm
                      meters={p().meters}
                      closedText={closedText()}
                      sending={submitting.fetching}
                      send={send}
                      onSaved={() => reexecute({ requestPolicy: "network-only" })}
                      historyLink={{ href: "/login?next=%2Freadings%2Fhistory", label: "История показаний — в личном кабинете" }}
                      savedNext={{ href: SIGN_IN_FOR_ESTIMATE, label: "Войти и выполнить предварительный расчет" }}
                    />
                  </Show>
                </>
              )}
            </Match>
          </Switch>
        )}
      </QueryStates>
    </section>
  );
}
