import { createSignal } from "solid-js";
import { createMutation } from "@urql/solid";
import { requestErrorText } from "../../../lib/userErrors";
import { AutopayDisableMutation } from "../graphql/mutations/autopayDisable";

/** «Отключить» → «Удалить»: switches the account's autopay off; the message when it is refused. */
export function useAutopayDisable(accountId: () => string) {
  const [, disable] = createMutation(AutopayDisableMutation);
  const [disabling, setDisabling] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  /** `done` runs once it is off, before the button is enabled again. */
  async function confirm(done: () => void): Promise<void> {
    setError(null);
    setDisabling(true);
    try {
      const r = await disable({ input: { accountId: accountId() } });
      const payload = r.data?.autopayDisable;
      const message = !payload ? requestErrorText(r.error) : payload.userErrors.map((e) => e.message).join(" ");
      if (message) setError(message);
      else done();
    } finally {
      setDisabling(false);
    }
  }

  return { disabling, error, clearError: () => setError(null), confirm };
}
