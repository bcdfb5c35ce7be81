import { Show, type JSX } from "solid-js";
import { A } from "@solidjs/router";
import { usePageTitle } from "../lib/title";
import { ToolsIcon } from "./Icons";

/**
 * Honest placeholder for a section whose functions are not built yet. `lead` goes above the
 * notice (what the section can already show), `actions` before «Вернуться на главную».
 */
export function UnderConstruction(props: { title: string; children: JSX.Element; lead?: JSX.Element; actions?: JSX.Element }) {
  usePageTitle(() => props.title);
  return (
    <section class="card placeholder" aria-labelledby="section-title">
      <h1 id="section-title" class="page-title">{props.title}</h1>
      {props.lead}
      <div class="placeholder__body">
        <ToolsIcon class="placeholder__icon" />
        <div>
          <p class="placeholder__status">Раздел в разработке</p>
          <p class="placeholder__text">{props.children}</p>
          <div class="placeholder__actions">
            <Show when={props.actions}>{props.actions}</Show>
            <A href="/" class="button button--ghost">Вернуться на главную</A>
          </div>
        </div>
      </div>
    </section>
  );
}
