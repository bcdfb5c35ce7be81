import { A } from "@solidjs/router";
import { usePageTitle } from "../../lib/title";

export function NotFoundPage() {
  usePageTitle(() => "Страница не найдена");
  return (
    <section class="card placeholder">
      <h1 class="page-title">Страница не найдена</h1>
      <p class="placeholder__text">Такой страницы нет в личном кабинете. Проверьте адрес или воспользуйтесь меню.</p>
      <A href="/" class="button button--ghost">
        Вернуться на главную
      </A>
    </section>
  );
}
