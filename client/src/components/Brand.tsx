import { A } from "@solidjs/router";
import { BrandMark } from "./Icons";

/** Company name and product name, linking home. */
export function Brand() {
  return (
    <A href="/" class="brand" aria-label="Личный кабинет клиента — на главную">
      <BrandMark class="brand__mark" />
      <span class="brand__text">
        <span class="brand__company">Газпром энергосбыт Тюмень</span>
        <span class="brand__product">Личный кабинет клиента</span>
      </span>
    </A>
  );
}
