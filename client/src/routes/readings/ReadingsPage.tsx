import { UnderConstruction } from "../../components/UnderConstruction";

// Section «Показания» (manual 6.2).
export function ReadingsPage() {
  return (
    <UnderConstruction title="Показания">
      Здесь можно будет передавать показания приборов учета с 1 по 25 число каждого месяца, смотреть историю принятых показаний и выполнять предварительный расчет.
    </UnderConstruction>
  );
}
