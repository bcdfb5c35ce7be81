// Sign-in (manual, section 4): by login or account number and password.
import { Show, onMount } from "solid-js";
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createMutation, useClient } from "@urql/solid";
import { graphql } from "../../gql";
import { customerSession, setSession } from "../../lib/auth";
import { takeFlash } from "../../lib/flash";
import { usePageTitle } from "../../lib/title";
import { SignInForm, SignedOutOnly } from "../../components/SignIn";
import { prefetchSignedIn } from "../home/prefetch";
import { loadCabinet } from "../../layout/loadCabinet";

const SessionCreate = graphql(`
  mutation SessionCreate($input: SessionCreateInput!) {
    sessionCreate(input: $input) {
      session { accessToken accessTokenExpiresAt }
      passwordChangeRequired
      userErrors { field message code }
    }
  }
`);

/** `?next=/readings/estimate`: where to go once signed in — a path of this app only (never another origin). */
function nextPath(next: string | string[] | undefined): string {
  return typeof next === "string" && /^\/(?![/\\])/.test(next) ? next : "/";
}

export function LoginPage() {
  usePageTitle(() => "Вход");
  const [params] = useSearchParams();
  return (
    <SignedOutOnly session={customerSession} home={nextPath(params.next)}>
      <LoginForm next={nextPath(params.next)} />
    </SignedOutOnly>
  );
}

function LoginForm(props: { next: string }) {
  const [state, create] = createMutation(SessionCreate);
  const client = useClient();
  const navigate = useNavigate();
  // The form is on screen: the cabinet's code comes while the customer types.
  onMount(() => setTimeout(() => void loadCabinet(), 0));
  // A notice from the page before (a new password, a sign-out everywhere, a deletion).
  const notice = takeFlash();

  return (
    <SignInForm
      title="Вход в личный кабинет"
      loginLabel="Логин"
      loginHint="Логин или номер лицевого счета (10 цифр)"
      loginMissing="Введите логин или номер лицевого счета"
      busy={state.fetching}
      signIn={async (login, password) => {
        const result = await create({ input: { login, password } });
        const payload = result.data?.sessionCreate;
        // A password breaking the rules of 3.1 is changed first; otherwise the page redirects to "/" (or `next`).
        if (payload?.session && payload.passwordChangeRequired) navigate("/password-change", { state: { reason: payload.passwordChangeRequired } });
        if (payload?.session) {
          setSession(payload.session);
          if (!payload.passwordChangeRequired) prefetchSignedIn(client, props.next);
        }
        return { payload, error: result.error };
      }}
      notice={
        <Show when={notice}>
          {(n) => (
            <p class={`notice notice--${n().tone} auth-card__notice`} role="status">
              {n().text}
            </p>
          )}
        </Show>
      }
    >
      <div class="auth-card__links">
        <A href="/register">Зарегистрироваться</A>
        <A href="/recover">Забыли свой пароль?</A>
        <A href="/faq">Часто задаваемые вопросы</A>
      </div>
    </SignInForm>
  );
}
