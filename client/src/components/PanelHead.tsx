import type { JSX } from "solid-js";

/** Title and explanation at the top of a tab or panel (figures 13, 31–33, 38, 39). */
export function PanelHead(props: { id: string; title: string; children: JSX.Element }) {
  return (
    <header class="panel-head">
      <h2 id={props.id} class="panel-head__title">
        {props.title}
      </h2>
      <p class="panel-head__text">{props.children}</p>
    </header>
  );
}
