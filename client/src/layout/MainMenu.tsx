import { For } from "solid-js";
import { A } from "@solidjs/router";

// Sections of the manual (6.1–6.6), in its order.
const SECTIONS = [
  { href: "/", label: "Главная" },
  { href: "/readings", label: "Показания" },
  { href: "/charges", label: "Начисления" },
  { href: "/payment", label: "Оплата" },
  { href: "/appeals", label: "Заявления" },
  { href: "/profile", label: "Профиль" },
] as const;

/** Section menu; on narrow screens it becomes a horizontally scrolling strip. */
export function MainMenu() {
  return (
    <nav class="menu" aria-label="Разделы личного кабинета">
      <ul class="menu__list container">
        <For each={SECTIONS}>
          {(s) => (
            <li>
              <A href={s.href} end={s.href === "/"} class="menu__link" activeClass="menu__link--active">
                {s.label}
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
