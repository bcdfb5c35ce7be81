// Whether a CSS media query matches now, as a signal that follows the window (e.g. a phone
// turned sideways): for layout that CSS alone cannot change, such as collapsing table months.
import { createSignal, onCleanup, type Accessor } from "solid-js";

export function createMediaQuery(query: string): Accessor<boolean> {
  const list = window.matchMedia(query);
  const [matches, setMatches] = createSignal(list.matches);
  const update = () => setMatches(list.matches);
  list.addEventListener("change", update);
  onCleanup(() => list.removeEventListener("change", update));
  return matches;
}

/** The phone layout of the styles (`@media (max-width: 700px)`). */
export const NARROW = "(max-width: 700px)";
