// What the envelope and the «Уведомления» page share: the operations and the kind labels.
import { graphql } from "../../gql";
import type { NotificationKind, NotificationsListQuery } from "../../gql/graphql";

export const NotificationsList = graphql(`
  query NotificationsList($first: Int!, $after: String) {
    viewer {
      id
      unreadNotificationCount
      notifications(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id kind title body createdAt read accessNotice { id reported appeal { number } } }
      }
    }
  }
`);

export const NotificationsMarkAllRead = graphql(`
  mutation NotificationsMarkAllRead($upToId: ID) {
    notificationsMarkAllRead(input: { upToId: $upToId }) {
      markedCount
      viewer { id unreadNotificationCount }
      userErrors { code message }
    }
  }
`);

export const NotificationAdded = graphql(`
  subscription NotificationAdded {
    notificationAdded { id kind title body createdAt read accessNotice { id reported appeal { number } } }
  }
`);

export type NotificationItem = NonNullable<NotificationsListQuery["viewer"]>["notifications"]["nodes"][number];

export const KIND_LABEL: Record<NotificationKind, string> = {
  READINGS_REMINDER: "Показания",
  PAYMENT_REMINDER: "Оплата",
  DEBT: "Задолженность",
  COURT_CLAIM: "Претензионная работа",
  APPEAL: "Заявления",
  PAYMENT: "Оплата",
  AUTOPAY: "Автоплатеж",
  INVOICE: "Квитанция",
  INFO: "Информация",
  ACCOUNT_ACCESS: "Доступ к лицевому счету",
};

export const AccountAccessReport = graphql(`
  mutation AccountAccessReport($id: ID!) {
    accountAccessReport(input: { noticeId: $id }) {
      newcomerRemoved
      notice { id reported appeal { number } }
      userErrors { field message code }
    }
  }
`);

/** Where a notification asks the customer to go, if anywhere. */
export function actionOf(kind: NotificationKind): { href: string; label: string } | null {
  if (kind === "READINGS_REMINDER") return { href: "/readings", label: "Передать показания" };
  if (kind === "PAYMENT_REMINDER" || kind === "DEBT") return { href: "/payment", label: "Оплатить" };
  if (kind === "APPEAL") return { href: "/appeals", label: "К заявлениям" };
  return null;
}

/** Newest first, each id once (a live event may repeat a row a page already holds). */
export function mergeNewestFirst(current: readonly NotificationItem[], incoming: readonly NotificationItem[]): NotificationItem[] {
  const seen = new Set<string>();
  const out: NotificationItem[] = [];
  for (const n of [...incoming, ...current]) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    out.push(n);
  }
  // Global IDs do not sort; the time does (ties keep arrival order).
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
