import { Route, Router } from "@solidjs/router";
import { Provider } from "@urql/solid";
import { createApiClient } from "./lib/urql";
import { RetailerSettings } from "./components/RetailerSettings";
import { AppLayout } from "./layout/AppLayout";
import { PublicLayout } from "./layout/PublicLayout";
import { LoginPage } from "./routes/login/LoginPage";
import { RegisterPage } from "./routes/register/RegisterPage";
import { RecoverPage } from "./routes/recover/RecoverPage";
import { ConfirmEmailPage } from "./routes/confirm-email/ConfirmEmailPage";
import { HomePage } from "./routes/home/HomePage";
import { ReadingsPage } from "./routes/readings/ReadingsPage";
import { ChargesPage } from "./routes/charges/ChargesPage";
import { PaymentPage } from "./routes/payment/PaymentPage";
import { PaymentResultPage } from "./routes/payment/PaymentResultPage";
import { AppealsPage } from "./routes/appeals/AppealsPage";
import { ProfilePage } from "./routes/profile/ProfilePage";
import { NotificationsPage } from "./routes/notifications/NotificationsPage";
import { NotFoundPage } from "./routes/not-found/NotFoundPage";
import { FaqPage, PublicFaqPage } from "./routes/faq/FaqPage";
import { OperatorRoot } from "./routes/operator/OperatorRoot";
import { OperatorLoginPage } from "./routes/operator/OperatorLoginPage";
import { OperatorLayout, OperatorNotFound } from "./routes/operator/OperatorLayout";
import { QueuePage } from "./routes/operator/QueuePage";
import { NewsPage } from "./routes/operator/NewsPage";
import { MetersPage } from "./routes/operator/MetersPage";
import { OperatorFaqPage } from "./routes/operator/FaqPage";

export function App() {
  const client = createApiClient();
  return (
    <Provider value={client}>
      <RetailerSettings>
        <Router>
          {/* Sign-in pages: no session needed. */}
          <Route component={PublicLayout}>
            <Route path="/login" component={LoginPage} />
            <Route path="/register" component={RegisterPage} />
            <Route path="/recover" component={RecoverPage} />
            {/* The link of the confirmation letter: works signed in or not. */}
            <Route path="/confirm-email" component={ConfirmEmailPage} />
            {/* «Часто задаваемые вопросы» for visitors (signed in, /appeals/faq has the cabinet's frame). */}
            <Route path="/faq" component={PublicFaqPage} />
          </Route>
          {/* The operators' console: its own staff session, GraphQL client and layout. */}
          <Route path="/operator" component={OperatorRoot}>
            <Route path="/login" component={OperatorLoginPage} />
            <Route component={OperatorLayout}>
              <Route path="/" component={QueuePage} />
              <Route path="/news" component={NewsPage} />
              <Route path="/meters" component={MetersPage} />
              <Route path="/faq" component={OperatorFaqPage} />
              <Route path="*404" component={OperatorNotFound} />
            </Route>
          </Route>
          {/* Every section of the manual shares the authenticated layout. */}
          <Route component={AppLayout}>
            <Route path="/" component={HomePage} />
            <Route path="/readings/:tab?" component={ReadingsPage} />
            <Route path="/charges" component={ChargesPage} />
            <Route path="/payment" component={PaymentPage} />
            <Route path="/payment/result" component={PaymentResultPage} />
            <Route path="/appeals/faq" component={FaqPage} />
            <Route path="/appeals/:tab?" component={AppealsPage} />
            <Route path="/profile/:tab?" component={ProfilePage} />
            <Route path="/notifications" component={NotificationsPage} />
            <Route path="*404" component={NotFoundPage} />
          </Route>
        </Router>
      </RetailerSettings>
    </Provider>
  );
}
