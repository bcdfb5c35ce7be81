// Blocks of figure 9 about the active account: «Объект», «Тарифы», «Ваши документы», and
// «Уведомления» (figure 10) for a debt of two months or more and for court claims.
import { For, Show } from "solid-js";
import { A } from "@solidjs/router";
import { graphql } from "../../gql";
import type { HomeAccountQuery, NoticeKind } from "../../gql/graphql";
import { formatDate } from "../../lib/format";
import { AlertCircleIcon, ArrowIcon, CheckCircleIcon, ExternalIcon, WarningIcon } from "../../components/Icons";

export const HomeAccount = graphql(`
  query HomeAccount {
    viewer {
      id
      activeAccount {
        id
        objectParameters { label value url }
        tariffs { service rate unit }
        documents { title status statusText }
        activeNotices(first: 100) { nodes { kind text createdAt } }
      }
    }
  }
`);

export type HomeAccountData = NonNullable<NonNullable<HomeAccountQuery["viewer"]>["activeAccount"]>;

/** «Объект»: the object's parameters for its type, with the link to the change application. */
export function ObjectBlock(props: { account: HomeAccountData }) {
  return (
    <section class="card block" aria-labelledby="object-title">
      <div class="block__head">
        <h2 id="object-title" class="card__title">
          Объект
        </h2>
        {/* The application «Внесение изменений в данные ЛС» lives in «Заявления» (6.5). */}
        <A href="/appeals/new" class="block__link">
          Внесение изменений в данные ЛС
          <ArrowIcon class="icon icon--inline" />
        </A>
      </div>
      <Show when={props.account.objectParameters.length > 0} fallback={<p class="muted">Сведения об объекте отсутствуют.</p>}>
        <table class="kv">
          <tbody>
            <For each={props.account.objectParameters}>
              {(p) => (
                <tr>
                  <th scope="row">{p.label}</th>
                  <td>
                    {/* «Клиентский офис»: the company site's page with the office's address (6.1). */}
                    <Show when={p.url} fallback={p.value}>
                      {(url) => (
                        <a class="kv__link" href={url()} target="_blank" rel="noopener noreferrer">
                          {p.value}
                          <ExternalIcon class="icon icon--inline" />
                          <span class="sr-only"> (откроется в новой вкладке)</span>
                        </a>
                      )}
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}

/** «Тарифы»: the tariffs applied to the account today (Услуга / Тариф / Ед.изм). */
export function TariffsBlock(props: { account: HomeAccountData }) {
  return (
    <section class="card block" aria-labelledby="tariffs-title">
      <h2 id="tariffs-title" class="card__title">
        Тарифы
      </h2>
      <Show when={props.account.tariffs.length > 0} fallback={<p class="muted">Тарифы не назначены.</p>}>
        <table class="grid-table tariffs">
          <thead>
            <tr>
              <th scope="col">Услуга</th>
              <th scope="col" class="num">
                Тариф
              </th>
              <th scope="col">Ед.изм</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.account.tariffs}>
              {(t) => (
                <tr>
                  <td>{t.service}</td>
                  {/* The rate as the retailer publishes it (figure 9: «2.25»). */}
                  <td class="num tariffs__rate">{t.rate}</td>
                  <td class="tariffs__unit">{t.unit}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}

const HAS_DOCUMENT = new Set(["PROVIDED", "SIGNED"]);

/** «Ваши документы»: whether the company has each document. */
export function DocumentsBlock(props: { account: HomeAccountData }) {
  return (
    <section class="card block" aria-labelledby="documents-title">
      <h2 id="documents-title" class="card__title">
        Ваши документы
      </h2>
      <Show when={props.account.documents.length > 0} fallback={<p class="muted">Сведений о документах нет.</p>}>
        <ul class="docs">
          <For each={props.account.documents}>
            {(d) => {
              const ok = HAS_DOCUMENT.has(d.status);
              return (
                <li class="docs__item" classList={{ "docs__item--missing": !ok }}>
                  {ok ? <CheckCircleIcon class="docs__mark" /> : <AlertCircleIcon class="docs__mark" />}
                  <span class="docs__title">{d.title}</span>
                  <span class="docs__status">{d.statusText}</span>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </section>
  );
}

const NOTICE_TITLE: Record<NoticeKind, string> = {
  DEBT: "Задолженность за два и более месяца",
  COURT_CLAIM_INTENDED: "Намерение обратиться в суд",
  COURT_CLAIM_FILED: "Обращение в суд",
};

/** «Уведомления» (figure 10); render it only when there are notices. */
export function NoticesBlock(props: { notices: HomeAccountData["activeNotices"]["nodes"] }) {
  return (
    <section class="card block notices" aria-labelledby="notices-title">
      <h2 id="notices-title" class="card__title">
        <WarningIcon class="notices__icon" />
        Уведомления
      </h2>
      <ul class="notices__list">
        <For each={props.notices}>
          {(n) => (
            <li class="notices__item">
              <p class="notices__kind">{NOTICE_TITLE[n.kind]}</p>
              <p class="notices__text">{n.text}</p>
              <time class="notices__date" datetime={n.createdAt}>
                {formatDate(n.createdAt)}
              </time>
            </li>
          )}
        </For>
      </ul>
      <div class="notices__actions">
        <A href="/payment" class="button button--accent button--small">
          Оплатить задолженность
        </A>
      </div>
    </section>
  );
}
