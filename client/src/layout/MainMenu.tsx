import { For, createEffect, on } from "solid-js";
import { A, useLocation } from "@solidjs/router";

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
  const location = useLocation();
  let strip: HTMLUListElement | undefined;

  // On narrow screens keep the current section in view (as the readings tabs do).
  createEffect(
    on(
      () => location.pathname,
      () =>
        queueMicrotask(() => {
          const active = strip?.querySelector<HTMLElement>(".menu__link--active");
          if (!strip || !active || strip.scrollWidth <= strip.clientWidth) return;
          const a = active.getBoundingClientRect();
          const s = strip.getBoundingClientRect();
          if (a.left < s.left || a.right > s.right - 32) strip.scrollLeft += a.left - s.left - 8;
        }),
    ),
  );

  return (
    <nav class="menu" aria-label="Разделы личного кабинета">
      <ul class="menu__list container" ref={strip}>
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
