import { For } from "solid-js";
import { A } from "@solidjs/router";
import { ArrowIcon } from "../../components/Icons";

// The amount due is already in the header band; home offers the most used actions.
const LINKS = [
  { href: "/readings", title: "Передать показания", text: "с 1 по 25 число каждого месяца" },
  { href: "/payment", title: "Оплатить услуги", text: "квитанция, оплата картой, автоплатеж" },
  { href: "/charges", title: "Начисления", text: "история начислений и график" },
  { href: "/appeals", title: "Заявления", text: "обращения и ответы Общества" },
] as const;

export function QuickLinks() {
  return (
    <nav aria-label="Быстрые действия">
      <ul class="quick">
        <For each={LINKS}>
          {(link) => (
            <li>
              <A href={link.href} class="card quick__link">
                <span>
                  <span class="quick__title">{link.title}</span>
                  <span class="quick__text">{link.text}</span>
                </span>
                <ArrowIcon class="icon quick__arrow" />
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
