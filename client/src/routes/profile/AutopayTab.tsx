// «Автоплатежи» (6.6.3): comes with card payments (6.4.4); until then the tab says so.
import { A } from "@solidjs/router";
import { PanelHead } from "./PanelHead";
import type { TabProps } from "./profileData";

export function AutopayTab(props: TabProps) {
  return (
    <div class="panel">
      <PanelHead id={props.titleId} title="Автоплатежи">
        Управление автоплатежами по всем привязанным лицевым счетам и банковскими картами для списания.
      </PanelHead>
      <div class="notice notice--info">
        <span>
          Автоплатежи появятся вместе с оплатой банковской картой в разделе «Оплата». Сейчас этот раздел в разработке.
        </span>
        <A href="/payment" class="button button--small button--ghost">
          Раздел «Оплата»
        </A>
      </div>
    </div>
  );
}
