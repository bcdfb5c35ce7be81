// Section «Главная» (manual 6.1). The header data comes from the shared layout; this
// page adds quick actions and «Новости компании».
import { usePageTitle } from "../../lib/title";
import { NewsBlock } from "./NewsBlock";
import { QuickLinks } from "./QuickLinks";

export function HomePage() {
  usePageTitle(() => "Главная");
  return (
    <div class="home">
      <h1 class="sr-only">Главная</h1>
      <QuickLinks />
      <NewsBlock />
    </div>
  );
}
