// Frame of the sign-in pages: brand on top, one centred card.
import type { RouteSectionProps } from "@solidjs/router";
import { Brand } from "../components/Brand";
import { Footer } from "./Footer";

export function PublicLayout(props: RouteSectionProps) {
  return (
    <div class="public">
      <header class="public__header container">
        <Brand />
      </header>
      <main id="main" class="public__main">
        {props.children}
      </main>
      <Footer />
    </div>
  );
}
