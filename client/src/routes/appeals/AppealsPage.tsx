import { UnderConstruction } from "../../components/UnderConstruction";

// Section «Заявления» (manual 6.5).
export function AppealsPage() {
  return (
    <UnderConstruction title="Заявления">
      Здесь можно будет подать заявление или задать вопрос, следить за статусом обращений и читать ответы Общества.
    </UnderConstruction>
  );
}
