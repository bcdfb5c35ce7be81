import { A } from "@solidjs/router";
import { BrandMark } from "./Icons";

/**
 * Company name and product name, linking home. The link is named by its visible text (so voice
 * control finds it by what is shown), and where it leads is added for screen readers only.
 */
export function Brand(props: { href?: string; product?: string; leadsTo?: string }) {
  return (
    <A href={props.href ?? "/"} class="brand">
      <BrandMark class="brand__mark" />
      <span class="brand__text">
        <span class="brand__company">Газпром энергосбыт Тюмень</span>
        <span class="brand__product">{props.product ?? "Личный кабинет клиента"}</span>
      </span>
      <span class="sr-only"> — {props.leadsTo ?? "на главную"}</span>
    </A>
  );
}
