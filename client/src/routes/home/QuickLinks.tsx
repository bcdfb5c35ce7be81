import { For } from "solid-js";
import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { graphql } from "../../gql";
import { ArrowIcon } from "../../components/Icons";

const QuickLinksWindow = graphql(`
  query QuickLinksWindow {
    readingsWindow { fromDay toDay }
  }
`);

// The amount due is already in the header band; home offers the most used actions.
// «Передать показания» names the days of the month readings are accepted.
const LINKS = [
  { href: "/readings", title: "Передать показания", text: null },
  { href: "/payment", title: "Оплатить услуги", text: "квитанция, оплата картой, автоплатеж" },
  { href: "/charges", title: "Начисления", text: "история начислений и график" },
  { href: "/appeals", title: "Заявления", text: "обращения и ответы Общества" },
] as const;

export function QuickLinks() {
  const [result] = createQuery({ query: QuickLinksWindow });
  // Manual 6.2: «с 1 по 25 число», as the server is set up.
  const readingsText = () => {
    const w = result.data?.readingsWindow;
    return w ? `с ${w.fromDay} по ${w.toDay} число каждого месяца` : "\u00a0"; // the line keeps its height while loading
  };

  return (
    <nav aria-label="Быстрые действия">
      <ul class="quick">
        <For each={LINKS}>
          {(link) => (
            <li>
              <A href={link.href} class="card quick__link">
                <span>
                  <span class="quick__title">{link.title}</span>
                  <span class="quick__text">{link.text ?? readingsText()}</span>
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
