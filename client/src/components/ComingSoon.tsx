import type { JSX } from "solid-js";
import { A } from "@solidjs/router";
import { usePageTitle } from "../lib/title";

/** Placeholder card for a sign-in page function that is not built yet. */
export function ComingSoon(props: { title: string; children: JSX.Element }) {
  usePageTitle(() => props.title);
  return (
    <section class="card auth-card" aria-labelledby="coming-soon-title">
      <h1 id="coming-soon-title" class="auth-card__title">{props.title}</h1>
      <p class="notice notice--info">{props.children}</p>
      <div class="auth-card__links">
        <A href="/login">Войти в Личный кабинет</A>
      </div>
    </section>
  );
}
