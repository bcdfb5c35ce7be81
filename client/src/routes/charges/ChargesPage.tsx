import { UnderConstruction } from "../../components/UnderConstruction";

// Section «Начисления» (manual 6.3).
export function ChargesPage() {
  return (
    <UnderConstruction title="Начисления">
      Здесь будет история начислений по каждой услуге за выбранный период и график начислений.
    </UnderConstruction>
  );
}
