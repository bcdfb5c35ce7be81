import { ComingSoon } from "../../components/ComingSoon";

export function RecoverPage() {
  return (
    <ComingSoon title="Восстановление доступа">
      Восстановление пароля по e-mail или SMS с кодом скоро станет доступно.
    </ComingSoon>
  );
}
