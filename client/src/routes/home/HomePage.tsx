// Section «Главная» (manual 6.1, figures 9–10). The header data comes from the shared layout;
// this page adds quick actions, the blocks about the active account — «Объект», «Тарифы»,
// «Ваши документы», «Уведомления» when there are any — and «Новости компании».
import { Match, Show, Switch } from "solid-js";
import { createQuery } from "@urql/solid";
import { usePageTitle } from "../../lib/title";
import { requestErrorText } from "../../lib/userErrors";
import { ErrorNotice, Spinner } from "../../components/Status";
import { DocumentsBlock, HomeAccount, NoticesBlock, ObjectBlock, TariffsBlock } from "./AccountBlocks";
import { NewsBlock } from "./NewsBlock";
import { QuickLinks } from "./QuickLinks";
import { afterPrefetch } from "./prefetch";

export function HomePage() {
  usePageTitle(() => "Главная");
  const [result, reexecute] = createQuery({ query: HomeAccount, requestPolicy: afterPrefetch(HomeAccount, "cache-and-network") });
  const account = () => result.data?.viewer?.activeAccount;
  const notices = () => account()?.activeNotices.nodes ?? [];

  return (
    <div class="home">
      <h1 class="sr-only">Главная</h1>
      <QuickLinks />
      <Switch>
        <Match when={account()}>
          {(a) => (
            <div class="home__grid">
              <ObjectBlock account={a()} />
              <div class="home__column">
                <TariffsBlock account={a()} />
                <DocumentsBlock account={a()} />
              </div>
            </div>
          )}
        </Match>
        <Match when={result.error && !result.fetching}>
          <ErrorNotice onRetry={() => reexecute({ requestPolicy: "network-only" })}>{requestErrorText(result.error)}</ErrorNotice>
        </Match>
        <Match when={result.fetching && !result.data}>
          <div class="card block">
            <Spinner label="Загружаем сведения о лицевом счете…" />
          </div>
        </Match>
      </Switch>
      <div class="home__row" classList={{ "home__row--pair": notices().length > 0 }}>
        <Show when={notices().length > 0}>
          <NoticesBlock notices={notices()} />
        </Show>
        <NewsBlock />
      </div>
    </div>
  );
}
