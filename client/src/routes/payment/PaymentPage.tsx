import { UnderConstruction } from "../../components/UnderConstruction";

// Section «Оплата» (manual 6.4).
export function PaymentPage() {
  return (
    <UnderConstruction title="Оплата">
      Здесь можно будет открыть квитанцию, оплатить услуги банковской картой, настроить автоплатеж и посмотреть историю платежей.
    </UnderConstruction>
  );
}
