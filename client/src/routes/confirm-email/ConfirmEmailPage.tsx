// The link «Подтвердить регистрацию» of the letter (figure 5) opens /confirm-email?token=…:
// the address is confirmed by the token alone, signed in or not.
import { Match, Show, Switch, createSignal, onMount } from "solid-js";
import { A, useSearchParams } from "@solidjs/router";
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import { sessionStatus } from "../../lib/auth";
import { usePageTitle } from "../../lib/title";
import { requestErrorText } from "../../lib/userErrors";
import { Spinner } from "../../components/Status";

const EmailConfirm = graphql(`
  mutation EmailConfirm($input: ContactConfirmInput!) {
    contactConfirm(input: $input) {
      viewer { id }
      userErrors { field message code }
    }
  }
`);

type Outcome = { ok: boolean; message: string };

export function ConfirmEmailPage() {
  usePageTitle(() => "Подтверждение адреса электронной почты");
  const [params] = useSearchParams();
  const [, confirm] = createMutation(EmailConfirm);
  const [outcome, setOutcome] = createSignal<Outcome | null>(null);

  onMount(async () => {
    const token = typeof params.token === "string" ? params.token.trim() : "";
    if (!token) {
      setOutcome({ ok: false, message: "В ссылке нет кода подтверждения. Откройте ссылку из письма полностью." });
      return;
    }
    const result = await confirm({ input: { token } });
    const payload = result.data?.contactConfirm;
    if (!payload) setOutcome({ ok: false, message: requestErrorText(result.error) });
    else if (payload.userErrors[0]) setOutcome({ ok: false, message: payload.userErrors[0].message });
    else setOutcome({ ok: true, message: "Адрес электронной почты подтвержден" });
  });

  return (
    <section class="card auth-card" aria-labelledby="confirm-email-title">
      <h1 id="confirm-email-title" class="auth-card__title">
        Подтверждение адреса электронной почты
      </h1>
      <Switch fallback={<Spinner label="Подтверждаем адрес…" />}>
        <Match when={outcome()}>
          {(o) => (
            <p class={`notice ${o().ok ? "notice--success" : "notice--error"}`} role={o().ok ? "status" : "alert"}>
              {o().message}
            </p>
          )}
        </Match>
      </Switch>
      {/* Where to go next depends on a session, which a freshly opened tab is still resuming. */}
      <Show when={sessionStatus() !== "starting"}>
        <div class="auth-card__links">
          <Show when={sessionStatus() === "signedIn"} fallback={<A href="/login">Войти в Личный кабинет</A>}>
            <A href="/">Перейти в Личный кабинет</A>
            <Show when={outcome() && !outcome()!.ok}>
              <A href="/profile/contacts">Запросить новую ссылку</A>
            </Show>
          </Show>
        </div>
      </Show>
    </section>
  );
}
