// «Уведомления в браузере» under «Подписки»: Web Push for this browser — readings reminders,
// payment reminders and answers to appeals, each a switch that saves at once. Switching the first
// one on asks the browser's permission and subscribes (PushManager, the service worker of
// client/vite.config.ts); switching all off removes this browser's subscription.
import { Switch } from "../../components/Switch";
import { For, Show, createResource, createSignal } from "solid-js";
import { createMutation, useClient } from "@urql/solid";
import { graphql } from "../../gql";
import { requestErrorText } from "../../lib/userErrors";
import { FormError } from "../../components/Status";

const PushState = graphql(`
  query PushState($endpoint: String!) {
    webPushPublicKey
    viewer { id pushSubscription(endpoint: $endpoint) { endpoint readingReminders paymentReminders appealAnswers } }
  }
`);

const PushSubscribe = graphql(`
  mutation ViewerPushSubscribe($input: ViewerPushSubscribeInput!) {
    viewerPushSubscribe(input: $input) {
      subscription { endpoint readingReminders paymentReminders appealAnswers }
      userErrors { field message code }
    }
  }
`);

const PushUnsubscribe = graphql(`
  mutation ViewerPushUnsubscribe($input: ViewerPushUnsubscribeInput!) {
    viewerPushUnsubscribe(input: $input) {
      userErrors { field message code }
    }
  }
`);

type Topics = { readingReminders: boolean; paymentReminders: boolean; appealAnswers: boolean };
const NONE: Topics = { readingReminders: false, paymentReminders: false, appealAnswers: false };

const TOPICS: { key: keyof Topics; label: string }[] = [
  { key: "readingReminders", label: "Напоминания о передаче показаний" },
  { key: "paymentReminders", label: "Напоминания об оплате" },
  { key: "appealAnswers", label: "Ответы на обращения" },
];

const supported = () => typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;

const toBase64Url = (buf: ArrayBuffer | null) =>
  buf
    ? btoa(String.fromCharCode(...new Uint8Array(buf)))
        .replace(/\+/g, "-")
        .replace(/\//g, "_")
        .replace(/=+$/, "")
    : "";

export function PushSwitches() {
  const client = useClient();
  const [, subscribe] = createMutation(PushSubscribe);
  const [, unsubscribe] = createMutation(PushUnsubscribe);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [status, setStatus] = createSignal<string | null>(null);

  const [state, { mutate }] = createResource(async () => {
    if (!supported()) return null;
    const reg = await navigator.serviceWorker.getRegistration();
    const sub = await reg?.pushManager.getSubscription();
    const r = await client.query(PushState, { endpoint: sub?.endpoint ?? "" }, { requestPolicy: "network-only" }).toPromise();
    const key = r.data?.webPushPublicKey ?? null;
    const saved = r.data?.viewer?.pushSubscription;
    const topics: Topics = saved
      ? { readingReminders: saved.readingReminders, paymentReminders: saved.paymentReminders, appealAnswers: saved.appealAnswers }
      : NONE;
    return { key, topics };
  });

  async function toggle(key: keyof Topics, on: boolean) {
    const s = state();
    if (!s?.key) return;
    const next: Topics = { ...s.topics, [key]: on };
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const reg = await navigator.serviceWorker.ready;
      let sub = await reg.pushManager.getSubscription();
      if (!next.readingReminders && !next.paymentReminders && !next.appealAnswers) {
        if (sub) {
          const r = await unsubscribe({ input: { endpoint: sub.endpoint } });
          const message = r.data ? r.data.viewerPushUnsubscribe.userErrors.map((e) => e.message).join(" ") : requestErrorText(r.error);
          if (message) return void setError(message);
          await sub.unsubscribe();
        }
        mutate({ ...s, topics: next });
        return void setStatus("Уведомления в этом браузере отключены");
      }
      if (!sub) {
        if ((await Notification.requestPermission()) !== "granted") return void setError("Разрешите уведомления для этого сайта в настройках браузера.");
        sub = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: s.key }); // base64url, as the spec allows
      }
      const r = await subscribe({
        input: { endpoint: sub.endpoint, p256dh: toBase64Url(sub.getKey("p256dh")), auth: toBase64Url(sub.getKey("auth")), ...next },
      });
      const payload = r.data?.viewerPushSubscribe;
      const message = !payload ? requestErrorText(r.error) : payload.userErrors.map((e) => e.message).join(" ");
      if (message) return void setError(message);
      mutate({ ...s, topics: next });
      setStatus("Настройки уведомлений сохранены");
    } catch {
      setError("Браузер не смог оформить подписку на уведомления. Повторите попытку или используйте другой браузер.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <Show when={state()?.key}>
      <section class="push-switches" aria-labelledby="push-title">
        <h3 id="push-title">Уведомления в браузере</h3>
        <p class="muted">Уведомления приходят на это устройство, даже когда личный кабинет закрыт.</p>
        <ul class="switches">
          <For each={TOPICS}>
            {(t) => (
              <li>
                <Switch
                  name={`push-${t.key}`}
                  label={t.label}
                  checked={state()!.topics[t.key]}
                  disabled={busy()}
                  onChange={(checked) => void toggle(t.key, checked)}
                />
              </li>
            )}
          </For>
        </ul>
        <p class="panel__status" role="status">
          {status()}
        </p>
        <FormError message={error()} />
      </section>
    </Show>
  );
}
