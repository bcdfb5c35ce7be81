// The billing domain's error codes and messages: invoices («квитанция», 6.4) and the
// administrators' period close.
import { errorCatalogue } from "../../shared/errors.js";
import { periodName, periodTitle } from "../../shared/calendar.js";

export const billingErrors = errorCatalogue({
  INVOICE_NOT_FOUND: {
    description: "No invoice («квитанция») was issued for the account and period.",
    message: (period: Date) => `Квитанция за ${periodName(period)} не сформирована`,
  },
  PERIOD_NOT_ENDED: {
    description: "Period close: the month has not ended yet.",
    message: (period: Date) => `Период ${periodTitle(period)} еще не закончился: закрыть его можно с 1 числа следующего месяца.`,
  },
  EARLIER_PERIOD_OPEN: {
    description: "Period close: an earlier month is still open; periods close in order.",
    message: (period: Date) => `Сначала закройте период ${periodTitle(period)}.`,
  },
  LATER_PERIOD_CLOSED: {
    description: "Period close: a later month is closed already; periods close in order.",
    message: (period: Date) => `Период ${periodTitle(period)} уже закрыт: периоды закрываются по порядку.`,
  },
  CHARGES_EXIST: {
    description: "Period close: the month already has charges imported outside the close.",
    message: (period: Date) => `За период ${periodTitle(period)} уже есть начисления, загруженные в обход закрытия периода.`,
  },
});
export const { userError } = billingErrors;
