// Sign-in to the operators' console with an employee's login and password. The tokens go to the
// staff session store, never the customer's.
import { createMutation } from "@urql/solid";
import { graphql } from "../../gql";
import { staffSession } from "../../lib/staffAuth";
import { usePageTitle } from "../../lib/title";
import { SignInForm, SignedOutOnly } from "../../components/SignIn";
import { BrandMark } from "../../components/Icons";

const StaffSessionCreate = graphql(`
  mutation StaffSessionCreate($input: StaffSessionCreateInput!) {
    staffSessionCreate(input: $input) {
      session { accessToken accessTokenExpiresAt }
      staff { id login fullName role }
      userErrors { field message code }
    }
  }
`);

export function OperatorLoginPage() {
  usePageTitle(() => "Вход в консоль оператора");
  return (
    <div class="public">
      <header class="public__header container">
        <span class="brand">
          <BrandMark class="brand__mark" />
          <span class="brand__text">
            <span class="brand__company">Газпром энергосбыт Тюмень</span>
            <span class="brand__product">Консоль оператора</span>
          </span>
        </span>
      </header>
      <main id="main" class="public__main">
        <SignedOutOnly session={staffSession} home="/operator">
          <LoginForm />
        </SignedOutOnly>
      </main>
    </div>
  );
}

function LoginForm() {
  const [state, create] = createMutation(StaffSessionCreate);
  return (
    <SignInForm
      title="Вход в консоль оператора"
      loginLabel="Логин сотрудника"
      loginMissing="Введите логин"
      busy={state.fetching}
      signIn={async (login, password) => {
        const result = await create({ input: { login, password } });
        const payload = result.data?.staffSessionCreate;
        if (payload?.session) staffSession.setSession(payload.session); // the page then goes on to the console
        return { payload, error: result.error };
      }}
    />
  );
}
