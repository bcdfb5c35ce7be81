import { Route, Router } from "@solidjs/router";
import { Provider } from "@urql/solid";
import { lazy } from "solid-js";
import { createApiClient } from "./lib/urql";
import { RetailerGate, RetailerSettings } from "./components/RetailerSettings";
import { PublicLayout } from "./layout/PublicLayout";
import { LoginPage } from "./routes/login/LoginPage";
import { loadCabinet } from "./layout/loadCabinet";

// Loaded when first visited: the sign-in page is in the first bundle; the cabinet's frame with
// Главная comes next (the sign-in page fetches it while the customer types, ./layout/loadCabinet.ts);
// the other sections (and the whole operators' console) are chunks of their own.
const AppLayout = lazy(() => loadCabinet().then((m) => ({ default: m.AppLayout })));
const HomePage = lazy(() => loadCabinet().then((m) => ({ default: m.HomePage })));
const RegisterPage = lazy(() => import("./routes/register/RegisterPage").then((m) => ({ default: m.RegisterPage })));
const RecoverPage = lazy(() => import("./routes/recover/RecoverPage").then((m) => ({ default: m.RecoverPage })));
const ReminderLinkPage = lazy(() => import("./routes/reminder-link/ReminderLinkPage").then((m) => ({ default: m.ReminderLinkPage })));
const PasswordChangePage = lazy(() => import("./routes/password-change/PasswordChangePage").then((m) => ({ default: m.PasswordChangePage })));
const ConfirmEmailPage = lazy(() => import("./routes/confirm-email/ConfirmEmailPage").then((m) => ({ default: m.ConfirmEmailPage })));
const ReadingsPage = lazy(() => import("./routes/readings/ReadingsPage").then((m) => ({ default: m.ReadingsPage })));
const ChargesPage = lazy(() => import("./routes/charges/ChargesPage").then((m) => ({ default: m.ChargesPage })));
const PaymentPage = lazy(() => import("./routes/payment/PaymentPage").then((m) => ({ default: m.PaymentPage })));
const PaymentResultPage = lazy(() => import("./routes/payment/PaymentResultPage").then((m) => ({ default: m.PaymentResultPage })));
const AppealsPage = lazy(() => import("./routes/appeals/AppealsPage").then((m) => ({ default: m.AppealsPage })));
const ProfilePage = lazy(() => import("./routes/profile/ProfilePage").then((m) => ({ default: m.ProfilePage })));
const NotificationsPage = lazy(() => import("./routes/notifications/NotificationsPage").then((m) => ({ default: m.NotificationsPage })));
const NotFoundPage = lazy(() => import("./routes/not-found/NotFoundPage").then((m) => ({ default: m.NotFoundPage })));
const FaqPage = lazy(() => import("./routes/faq/FaqPage").then((m) => ({ default: m.FaqPage })));
const PublicFaqPage = lazy(() => import("./routes/faq/FaqPage").then((m) => ({ default: m.PublicFaqPage })));
const OperatorRoot = lazy(() => import("./routes/operator/OperatorRoot").then((m) => ({ default: m.OperatorRoot })));
const OperatorLoginPage = lazy(() => import("./routes/operator/OperatorLoginPage").then((m) => ({ default: m.OperatorLoginPage })));
const OperatorLayout = lazy(() => import("./routes/operator/OperatorLayout").then((m) => ({ default: m.OperatorLayout })));
const OperatorNotFound = lazy(() => import("./routes/operator/OperatorLayout").then((m) => ({ default: m.OperatorNotFound })));
const QueuePage = lazy(() => import("./routes/operator/QueuePage").then((m) => ({ default: m.QueuePage })));
const NewsPage = lazy(() => import("./routes/operator/NewsPage").then((m) => ({ default: m.NewsPage })));
const MetersPage = lazy(() => import("./routes/operator/MetersPage").then((m) => ({ default: m.MetersPage })));
const ContactCentrePage = lazy(() => import("./routes/operator/ContactCentrePage").then((m) => ({ default: m.ContactCentrePage })));
const OperatorFaqPage = lazy(() => import("./routes/operator/FaqPage").then((m) => ({ default: m.OperatorFaqPage })));

export function App() {
  const client = createApiClient();
  return (
    <Provider value={client}>
      <RetailerSettings>
        <Router root={RetailerGate}>
          {/* Sign-in pages: no session needed. */}
          <Route component={PublicLayout}>
            <Route path="/login" component={LoginPage} />
            <Route path="/register" component={RegisterPage} />
            <Route path="/recover" component={RecoverPage} />
            {/* A password breaking the rules of 3.1 is changed before anything else. */}
            <Route path="/password-change" component={PasswordChangePage} />
            {/* The link of the confirmation letter: works signed in or not. */}
            <Route path="/confirm-email" component={ConfirmEmailPage} />
            {/* A readings reminder's personal link (e-mail, SMS): readings without signing in. */}
            <Route path="/readings/link" component={ReminderLinkPage} />
            <Route path="/r/:code" component={ReminderLinkPage} />
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
              <Route path="/contact-centre" component={ContactCentrePage} />
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
