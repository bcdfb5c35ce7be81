// The links to the sections of the cabinet or to the tabs of a section. On narrow screens the
// list becomes a strip that scrolls sideways (CSS).
import { For, createEffect, on } from "solid-js";
import { A, useLocation } from "@solidjs/router";

export type NavItem = { href: string; label: string; end?: boolean };

export function NavStrip(props: {
  /** The nav's accessible name. */
  label: string;
  items: readonly NavItem[];
  navClass?: string;
  listClass: string;
  /** The links' class; the current one also gets `${linkClass}--active`. */
  linkClass: string;
  inactiveClass?: string;
  /** Scroll the strip so the current link is in view, on showing and after every route change. */
  keepCurrentInView?: boolean;
}) {
  let strip: HTMLUListElement | undefined;
  const location = useLocation();
  createEffect(
    on(
      () => location.pathname,
      () => {
        if (!props.keepCurrentInView) return;
        queueMicrotask(() => {
          const active = strip?.querySelector<HTMLElement>(`.${props.linkClass}--active`);
          if (!strip || !active || strip.scrollWidth <= strip.clientWidth) return;
          const a = active.getBoundingClientRect();
          const s = strip.getBoundingClientRect();
          if (a.left < s.left || a.right > s.right - 32) strip.scrollLeft += a.left - s.left - 8;
        });
      },
    ),
  );

  return (
    <nav class={props.navClass} aria-label={props.label}>
      <ul class={props.listClass} ref={strip}>
        <For each={props.items}>
          {(item) => (
            <li>
              <A href={item.href} end={item.end} class={props.linkClass} activeClass={`${props.linkClass}--active`} inactiveClass={props.inactiveClass}>
                {item.label}
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
