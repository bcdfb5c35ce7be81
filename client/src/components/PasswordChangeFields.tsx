// Changing one's password (3.1): the current password and the new one twice, sent by
// viewerPasswordChange. Used by Профиль → «Логин, пароль» (6.6.4) and by «Смена пароля» that a
// session opened with a password breaking 3.1 must go through first.
import { createSignal } from "solid-js";
import { createMutation } from "@urql/solid";
import { graphql } from "../gql";
import { requestErrorText, toFormErrors, type FormErrors } from "../lib/userErrors";
import { NewPasswordFields, PasswordField } from "./Field";

const PasswordChange = graphql(`
  mutation ViewerPasswordChange($input: ViewerPasswordChangeInput!) {
    viewerPasswordChange(input: $input) {
      viewer { id }
      userErrors { field message code }
    }
  }
`);

export const PASSWORD_FIELDS = ["currentPassword", "password", "passwordConfirmation"] as const;
type Field = (typeof PASSWORD_FIELDS)[number];

/** The three fields' values and the mutation; `send` answers the errors by field, empty when saved (the fields are cleared). */
export function usePasswordChange() {
  const [state, change] = createMutation(PasswordChange);
  const [current, setCurrent] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [confirmation, setConfirmation] = createSignal("");
  return {
    fetching: () => state.fetching,
    /** Whether anything was typed into the fields. */
    typed: () => !!(current() || password() || confirmation()),
    async send(): Promise<FormErrors<Field>> {
      const result = await change({ input: { currentPassword: current(), password: password(), passwordConfirmation: confirmation() } });
      const payload = result.data?.viewerPasswordChange;
      if (!payload) return { form: requestErrorText(result.error) };
      if (payload.userErrors.length) return toFormErrors(payload.userErrors, PASSWORD_FIELDS);
      setCurrent("");
      setPassword("");
      setConfirmation("");
      return {};
    },
    /** The fields; their ids are `${id}-currentPassword`, `${id}-password`, `${id}-passwordConfirmation`. */
    Fields: (props: { id: string; errors: FormErrors<Field> }) => (
      <>
        <PasswordField
          id={`${props.id}-currentPassword`}
          name="currentPassword"
          label="Текущий пароль"
          autocomplete="current-password"
          value={current()}
          onInput={setCurrent}
          error={props.errors.currentPassword}
        />
        <NewPasswordFields
          id={props.id}
          password={password()}
          confirmation={confirmation()}
          onPassword={setPassword}
          onConfirmation={setConfirmation}
          errors={props.errors}
        />
      </>
    ),
  };
}
