// System header of figure 9: login and sign-out, account selector, notifications,
// owner / account number, address and the amount due with «Оплатить».
import { Show, createSignal } from "solid-js";
import { A } from "@solidjs/router";
import { Brand } from "../components/Brand";
import { LogoutIcon } from "../components/Icons";
import { signOut } from "../lib/auth";
import { formatDate, formatRub } from "../lib/format";
import { AccountSelect } from "./AccountSelect";
import { NotificationsBell } from "./NotificationsBell";
import type { ViewerData } from "./viewer";

export function Header(props: { viewer: ViewerData; onViewerStale: () => void }) {
  const [leaving, setLeaving] = createSignal(false);
  const account = () => props.viewer.activeAccount;

  async function leave() {
    setLeaving(true);
    await signOut(); // the layout then reloads onto /login, dropping cached data
  }

  return (
    <header class="header">
      <div class="topbar">
        <div class="container topbar__inner">
          <Brand />
          <div class="topbar__account">
            <AccountSelect viewer={props.viewer} />
          </div>
          <div class="topbar__user">
            <NotificationsBell count={props.viewer.unreadNotificationCount} onNotification={props.onViewerStale} />
            <span class="topbar__login">
              Логин: <strong>{props.viewer.login}</strong>
            </span>
            <button type="button" class="button button--small button--ghost" onClick={leave} disabled={leaving()}>
              <LogoutIcon />
              <span>Выйти</span>
            </button>
          </div>
        </div>
      </div>

      <div class="customer">
        <div class="container customer__inner">
          <Show
            when={account()}
            fallback={
              <p class="customer__empty">
                К учетной записи не привязан лицевой счет. Привяжите его в разделе <A href="/profile">«Профиль»</A>.
              </p>
            }
          >
            {(acc) => (
              <>
                <div class="customer__who">
                  <p class="customer__name">
                    {acc().ownerFullName} <span class="customer__sep">/</span> <span class="nowrap">ЛС:{acc().number}</span>
                  </p>
                  <p class="customer__address">{acc().address}</p>
                </div>
                <div class="customer__due">
                  <p class="customer__due-line">
                    К оплате на {formatDate(acc().amountDue.asOf)}: <strong>{formatRub(acc().amountDue.total)}</strong>{" "}
                    <span class="nowrap">в т.ч. пени {formatRub(acc().amountDue.penalty)}</span>
                  </p>
                  <A href="/payment" class="button button--accent">
                    Оплатить
                  </A>
                </div>
              </>
            )}
          </Show>
        </div>
      </div>
    </header>
  );
}
