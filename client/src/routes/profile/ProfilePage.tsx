// Section «Профиль» (manual 6.6, figures 35–39, 42): «Заполненность профиля» and the tabs
// «Мои лицевые счета», «Подписки», «Автоплатежи», «Логин, пароль», «Почта, телефон»,
// «Доступ для приложений» (personal API tokens), «Выход из ЛК». Each tab has its own address (/profile/<tab>).
import { Match, Show, Switch, type Component } from "solid-js";
import { Dynamic } from "solid-js/web";
import { A, useParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { usePageTitle } from "../../lib/title";
import { requestErrorText } from "../../lib/userErrors";
import { ErrorNotice, Spinner } from "../../components/Status";
import { NavStrip } from "../../components/NavStrip";
import { ProfileViewer, type ProfileData, type TabProps } from "./profileData";
import { AccountsTab } from "./AccountsTab";
import { SubscriptionsTab } from "./SubscriptionsTab";
import { AutopayTab } from "./AutopayTab";
import { LoginPasswordTab } from "./LoginPasswordTab";
import { ContactsTab } from "./ContactsTab";
import { SignOutTab } from "./SignOutTab";
import { ApiTokensTab } from "./ApiTokensTab";

const TABS: { path: string; label: string; component: Component<TabProps> }[] = [
  { path: "", label: "Мои лицевые счета", component: AccountsTab },
  { path: "subscriptions", label: "Подписки", component: SubscriptionsTab },
  { path: "autopay", label: "Автоплатежи", component: AutopayTab },
  { path: "login", label: "Логин, пароль", component: LoginPasswordTab },
  { path: "contacts", label: "Почта, телефон", component: ContactsTab },
  { path: "tokens", label: "Доступ для приложений", component: ApiTokensTab },
  { path: "exit", label: "Выход из ЛК", component: SignOutTab },
];

const TAB_LINKS = TABS.map((t) => ({ href: t.path ? `/profile/${t.path}` : "/profile", label: t.label, end: true }));

export function ProfilePage() {
  const params = useParams();
  const tab = () => TABS.find((t) => t.path === (params.tab ?? "")) ?? TABS[0]!;
  usePageTitle(() => `${tab().label} — Профиль`);
  const [result, reexecute] = createQuery({ query: ProfileViewer, requestPolicy: "cache-and-network" });

  return (
    <div class="profile">
      <h1 class="page-title">Профиль пользователя Личного кабинета</h1>
      <Switch fallback={<Spinner />}>
        <Match when={result.data?.viewer}>
          {(viewer) => (
            <>
              <Completeness viewer={viewer()} />
              <div class="profile__layout">
                <NavStrip
                  label="Настройки профиля"
                  items={TAB_LINKS}
                  navClass="profile__nav"
                  listClass="profile__tabs"
                  linkClass="profile__tab"
                  inactiveClass="profile__tab--inactive"
                  keepCurrentInView
                />
                <section class="card profile__panel" aria-labelledby="profile-panel-title">
                  <Dynamic component={tab().component} viewer={viewer()} titleId="profile-panel-title" />
                </section>
              </div>
            </>
          )}
        </Match>
        <Match when={result.error && !result.fetching}>
          <ErrorNotice onRetry={() => reexecute({ requestPolicy: "network-only" })}>{requestErrorText(result.error)}</ErrorNotice>
        </Match>
      </Switch>
    </div>
  );
}

/** «Заполненность профиля N%»: e-mail, phone, their confirmations and a linked account. */
function Completeness(props: { viewer: ProfileData }) {
  const percent = () => Math.max(0, Math.min(100, props.viewer.profileCompleteness));
  const missing = () => {
    const v = props.viewer;
    const items: string[] = [];
    if (!v.email) items.push("укажите e-mail");
    else if (!v.emailConfirmed) items.push("подтвердите e-mail");
    if (!v.phone) items.push("укажите телефон");
    else if (!v.phoneConfirmed) items.push("подтвердите телефон");
    return items;
  };
  return (
    <div class="card completeness">
      <p id="completeness-label" class="completeness__label">
        Заполненность профиля <strong>{percent()}%</strong>
      </p>
      <div class="progress" role="progressbar" aria-labelledby="completeness-label" aria-valuemin="0" aria-valuemax="100" aria-valuenow={percent()}>
        <span class="progress__bar" style={{ width: `${percent()}%` }} />
      </div>
      <Show when={missing().length > 0}>
        <p class="completeness__hint">
          Чтобы заполнить профиль, {missing().join(", ")} во вкладке <A href="/profile/contacts">«Почта, телефон»</A>.
        </p>
      </Show>
    </div>
  );
}
