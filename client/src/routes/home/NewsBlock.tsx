// Block «Новости компании»: the latest news with links to the company site.
import { For, Match, Switch } from "solid-js";
import { createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import { formatDateLong } from "../../lib/format";
import { ErrorNotice, Spinner } from "../../components/Status";
import { requestErrorText } from "../../lib/userErrors";
import { ExternalIcon } from "../../components/Icons";

const HomeNews = graphql(`
  query HomeNews {
    companyNews(first: 4) { nodes { id title url publishedAt } }
  }
`);

export function NewsBlock() {
  const [news, refetch] = createQuery({ query: HomeNews });
  return (
    <section class="card news" aria-labelledby="news-title">
      <h2 id="news-title" class="card__title">
        Новости компании
      </h2>
      <Switch>
        <Match when={news.data}>
          {(data) => (
            <Switch>
              <Match when={data().companyNews.nodes.length === 0}>
                <p class="muted">Новостей пока нет.</p>
              </Match>
              <Match when={data().companyNews.nodes.length > 0}>
                <ul class="news__list">
                  <For each={data().companyNews.nodes}>
                    {(item) => (
                      <li class="news__item">
                        {item.url ? (
                          <a class="news__link" href={item.url} target="_blank" rel="noopener noreferrer">
                            {item.title}
                            <ExternalIcon class="icon icon--inline" />
                            <span class="sr-only"> (откроется в новой вкладке)</span>
                          </a>
                        ) : (
                          <span class="news__link">{item.title}</span>
                        )}
                        <time class="news__date" datetime={item.publishedAt}>
                          {formatDateLong(item.publishedAt)}
                        </time>
                      </li>
                    )}
                  </For>
                </ul>
              </Match>
            </Switch>
          )}
        </Match>
        <Match when={news.error}>
          <ErrorNotice onRetry={() => refetch({ requestPolicy: "network-only" })}>{requestErrorText(news.error)}</ErrorNotice>
        </Match>
        <Match when={news.fetching}>
          <Spinner label="Загружаем новости…" />
        </Match>
      </Switch>
    </section>
  );
}
