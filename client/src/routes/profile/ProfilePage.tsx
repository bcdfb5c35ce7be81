import { UnderConstruction } from "../../components/UnderConstruction";

// Section «Профиль» (manual 6.6).
export function ProfilePage() {
  return (
    <UnderConstruction title="Профиль">
      Здесь можно будет управлять лицевыми счетами, подписками, автоплатежом, логином, паролем и контактными данными.
    </UnderConstruction>
  );
}
