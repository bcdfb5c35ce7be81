import { ComingSoon } from "../../components/ComingSoon";

export function RegisterPage() {
  return (
    <ComingSoon title="Регистрация">
      Регистрация в личном кабинете по номеру лицевого счета и фамилии собственника скоро станет доступна.
    </ComingSoon>
  );
}
