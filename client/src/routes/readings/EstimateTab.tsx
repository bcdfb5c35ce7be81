// «Предварительный расчет» (manual 6.2.3, figure 16). The calculation's API is being built:
// this panel keeps the manual's explanation and a slot where the calculation will go.
import { A } from "@solidjs/router";
import { ToolsIcon } from "../../components/Icons";
import { readingsHref, type ReadingsTabProps } from "./paths";

export function EstimateTab(props: ReadingsTabProps) {
  return (
    <div class="panel estimate">
      <header class="panel-head">
        <h2 id={props.titleId} class="panel-head__title">Предварительный расчет</h2>
        <p class="panel-head__text">
          Предварительный расчет выполняется по переданным показаниям и в соответствии с тарифами, приведёнными на
          главной странице. Если показания по каким-либо причинам не могут быть переданы (например, если прибор учета
          вышел из строя или единицы измерения прибора учета не совпадают с единицами измерения для тарифных ставок), то
          расчет будет выполнен по нормативным значениям. В иных случаях, для выполнения более точного предварительного
          расчета, необходимо передать показания. В сумму предварительного расчета автоматически будет включена сумма
          задолженности за предыдущие периоды. Переплата по услугам в предварительном расчете не учитывается.
        </p>
      </header>
      <p class="notice notice--warning estimate__warning">
        <span>
          <strong>Внимание!</strong> Предварительный расчет не включает в себя часть услуг, таких как потребление
          ресурсов на общедомовые нужды, госпошлины, услуги ограничения, возобновление подачи электроэнергии и прочие.
          Сумма, выставляемая к оплате по окончании расчетного периода, может значительно отличаться от суммы
          предварительного расчета! Пожалуйста, в начале каждого месяца сверяйте суммы с платежным документом.
        </span>
      </p>
      {/* Slot for the calculation of figure 16: the table Услуга / Тариф / Норматив / Объем /
          Расчетная стоимость for props.accountId, the acknowledgment checkbox and «Оплатить авансом». */}
      <div class="estimate__slot" data-slot="estimate">
        <ToolsIcon class="estimate__icon" />
        <div>
          <p class="placeholder__status">Скоро здесь можно будет выполнить предварительный расчет</p>
          <p class="muted">
            Пока расчет готовится, передайте показания — по ним будет выполнен более точный расчет.
          </p>
          <A href={readingsHref("")} class="button button--ghost button--small estimate__back">
            Передать показания
          </A>
        </div>
      </div>
    </div>
  );
}
