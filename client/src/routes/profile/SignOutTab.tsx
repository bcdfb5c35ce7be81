// «Выход из ЛК»: sign out on this device or on every device (sessionRevokeAll).
import { createSignal } from "solid-js";
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import { clearSession, signOut } from "../../lib/auth";
import { setFlash } from "../../lib/flash";
import { requestErrorText } from "../../lib/userErrors";
import { LogoutIcon } from "../../components/Icons";
import { PanelHead } from "../../components/PanelHead";
import type { TabProps } from "./profileData";
import { FormError } from "../../components/Status";

const SessionRevokeAll = graphql(`
  mutation SessionRevokeAll {
    sessionRevokeAll {
      revoked
      userErrors { field message code }
    }
  }
`);

export function SignOutTab(props: TabProps) {
  const [all, revokeAll] = createMutation(SessionRevokeAll);
  const [leaving, setLeaving] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  async function leave() {
    setLeaving(true);
    await signOut(); // the layout then reloads onto /login
  }

  async function leaveEverywhere() {
    setError(null);
    const result = await revokeAll({});
    const payload = result.data?.sessionRevokeAll;
    const message = !payload ? requestErrorText(result.error) : payload.userErrors.map((e) => e.message).join(" ");
    if (message) return setError(message);
    // Every refresh token of the user, this one included, is revoked on the server.
    setFlash("Вы вышли из Личного кабинета на всех устройствах.");
    clearSession();
  }

  return (
    <div class="panel">
      <PanelHead id={props.titleId} title="Выход из ЛК">
        Завершите работу в Личном кабинете на этом устройстве или сразу на всех устройствах, где выполнен вход.
      </PanelHead>
      <div class="exit">
        <div class="exit__item">
          <div>
            <p class="exit__title">На этом устройстве</p>
            <p class="muted">Для следующего входа понадобятся логин и пароль.</p>
          </div>
          <button type="button" class="button button--ghost" onClick={leave} disabled={leaving()}>
            <LogoutIcon />
            <span>Выйти</span>
          </button>
        </div>
        <div class="exit__item">
          <div>
            <p class="exit__title">На всех устройствах</p>
            <p class="muted">Например, если Вы входили с чужого компьютера или потеряли телефон.</p>
          </div>
          <button type="button" class="button button--ghost" onClick={leaveEverywhere} disabled={all.fetching}>
            {all.fetching ? "Выходим…" : "Выйти на всех устройствах"}
          </button>
        </div>
      </div>
      <FormError message={error()} />
    </div>
  );
}
