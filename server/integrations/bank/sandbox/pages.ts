// The sandbox bank's hosted pages: the card form (figure 22 of the manual), the 3-D Secure
// step, and the list of test cards. Plain server-rendered HTML that works without scripts.
import { esc } from "../../../shared/html.js";
import { formatRub, fromKopecks } from "../../../shared/money.js";
import { SANDBOX_3DS_CODE, TEST_CARDS } from "./cards.js";
import { SANDBOX_PATH, type SandboxOrder } from "./bank.js";

const MERCHANT = "АО «Газпром энергосбыт Тюмень»";

/** Served at /sandbox-bank/style.css: the pages run under the app's CSP (no inline styles). */
export const SANDBOX_STYLESHEET = `
*{box-sizing:border-box}body{margin:0;font-family:"DejaVu Sans",Arial,sans-serif;background:#eef1f5;color:#1d2733}
.bank{max-width:460px;margin:32px auto;padding:0 12px}.bank__head{display:flex;justify-content:space-between;align-items:baseline;margin-bottom:12px}
.bank__name{font-weight:bold;color:#0b4f8a}.bank__tag{font-size:12px;background:#ffe8a3;border-radius:4px;padding:2px 6px}
.card{background:#fff;border-radius:10px;box-shadow:0 1px 4px rgba(0,0,0,.12);padding:20px}
.order{display:flex;justify-content:space-between;gap:12px;border-bottom:1px solid #e2e6ec;padding-bottom:12px;margin-bottom:16px}
.order__merchant{font-size:14px}.order__desc{font-size:12px;color:#5b6775}.order__sum{font-size:20px;font-weight:bold;white-space:nowrap}
.brands{font-size:11px;letter-spacing:.05em;color:#5b6775;margin-bottom:12px}
label{display:block;font-size:13px;margin:10px 0 4px}input[type=text],input[type=password]{width:100%;font-size:18px;padding:9px 10px;border:1px solid #b7c0cc;border-radius:6px}
input[aria-invalid=true]{border-color:#c62828}.row{display:flex;gap:12px}.row>div{flex:1}
.check{display:flex;gap:8px;align-items:center;margin:14px 0 4px;font-size:14px}.check input{width:18px;height:18px}
.hint{font-size:12px;color:#5b6775;margin:6px 0 0}.error{color:#c62828;font-size:14px;margin:10px 0 0}
.actions{display:flex;gap:10px;margin-top:18px}button{font-size:16px;border-radius:6px;padding:10px 16px;border:0;cursor:pointer}
.pay{background:#0b4f8a;color:#fff;flex:1}.cancel{background:#e2e6ec;color:#1d2733}
.tests{margin-top:16px;font-size:13px}.tests table{border-collapse:collapse;width:100%;margin-top:8px}.tests td,.tests th{border-top:1px solid #e2e6ec;padding:6px 4px;text-align:left;vertical-align:top}
.tests code{white-space:nowrap}.saved{font-size:18px;letter-spacing:.04em;margin:4px 0 0}.bank__title{font-size:18px;margin:0 0 8px}
@media (max-width:420px){.bank{margin:12px auto}.order{flex-direction:column}}
`;

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)} — Sandbox Bank</title><link rel="stylesheet" href="${SANDBOX_PATH}/style.css"></head><body><main class="bank">
<div class="bank__head"><span class="bank__name">Sandbox Bank</span><span class="bank__tag">Тестовый банк: деньги не списываются</span></div>
${body}</main></body></html>`;
}

function orderHead(order: SandboxOrder): string {
  return `<div class="order"><div><div class="order__merchant">${esc(MERCHANT)}</div><div class="order__desc">${esc(order.description)}</div></div>
<div class="order__sum" data-amount>${esc(formatRub(fromKopecks(order.kopecks)))}</div></div>`;
}

export function testCardsTable(): string {
  const rows = TEST_CARDS.map((c) => `<tr><td><code>${esc(c.pan.replace(/(\d{4})(?=\d)/g, "$1 "))}</code></td><td>${esc(c.behaviour)}</td></tr>`).join("");
  return `<details class="tests"><summary>Тестовые карты</summary>
<p class="hint">Срок действия — любой будущий месяц, CVC — любые три цифры. Любая другая карта с верным номером оплачивается с 3-D Secure (код ${SANDBOX_3DS_CODE}).</p>
<table><thead><tr><th>Номер</th><th>Что произойдет</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}

export interface CardFormState {
  pan?: string;
  expiry?: string;
  save?: boolean;
  error?: { message: string; field?: string };
}

export function cardPage(order: SandboxOrder, state: CardFormState = {}): string {
  const err = state.error;
  const invalid = (f: string) => (err?.field === f ? ` aria-invalid="true" aria-describedby="error"` : "");
  const saved = order.savedCard;
  const cardFields = saved
    ? `<label>Карта</label><p class="saved" data-saved-card>${esc(saved.maskedPan.replace(/(.{4})(?=.)/g, "$1 "))} · до ${String(saved.expiryMonth).padStart(2, "0")}/${String(saved.expiryYear % 100).padStart(2, "0")}</p>`
    : `<label for="pan">Номер карты</label>
<input id="pan" name="pan" type="text" inputmode="numeric" autocomplete="cc-number" maxlength="23" placeholder="0000 0000 0000 0000" value="${esc(state.pan ?? "")}"${invalid("pan")} autofocus>
<div class="row"><div><label for="expiry">Срок действия</label>
<input id="expiry" name="expiry" type="text" inputmode="numeric" autocomplete="cc-exp" maxlength="7" placeholder="ММ/ГГ" value="${esc(state.expiry ?? "")}"${invalid("expiry")}></div>`;
  const cvc = `<div><label for="cvc">CVC</label>
<input id="cvc" name="cvc" type="password" inputmode="numeric" autocomplete="cc-csc" maxlength="3" placeholder="•••"${invalid("cvc")}${saved ? " autofocus" : ""}>
<p class="hint">Три цифры с оборотной стороны карты</p></div>`;
  const remember =
    !saved && order.bindCard === "ask"
      ? `<label class="check"><input type="checkbox" name="save" value="1"${state.save ? " checked" : ""}> Запомнить мою карту</label>`
      : "";
  const note =
    order.bindCard === "always"
      ? `<p class="hint">Для привязки карты будет проведена проверочная авторизация на сумму ${esc(formatRub(fromKopecks(order.kopecks)))}. Эта сумма будет автоматически возвращена на карту.</p>`
      : "";
  return layout(
    "Оплата картой",
    `<div class="card">${orderHead(order)}
<div class="brands" aria-label="Принимаются карты">МИР · MASTERCARD · MAESTRO · VISA</div>
<form method="post" action="${SANDBOX_PATH}/pay/${esc(order.id)}" novalidate>
${saved ? `${cardFields}<div class="row">${cvc}</div>` : `${cardFields}${cvc}</div>`}
${remember}${note}
${err ? `<p class="error" id="error" role="alert">${esc(err.message)}</p>` : ""}
<div class="actions"><button class="pay" type="submit" name="action" value="pay">Оплатить ${esc(formatRub(fromKopecks(order.kopecks)))}</button>
<button class="cancel" type="submit" name="action" value="cancel">Отмена</button></div>
</form>${testCardsTable()}</div>`,
  );
}

export function threeDsPage(order: SandboxOrder, error?: string): string {
  const card = order.card!;
  return layout(
    "Подтверждение платежа",
    `<div class="card">${orderHead(order)}
<h1 class="bank__title">Подтверждение платежа — 3-D Secure</h1>
<p>Банк-эмитент карты ${esc(card.maskedPan)} отправил код подтверждения в SMS.</p>
<form method="post" action="${SANDBOX_PATH}/3ds/${esc(order.id)}" novalidate>
<label for="code">Код из SMS</label>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6"${error ? ` aria-invalid="true" aria-describedby="error"` : ""} autofocus>
<p class="hint">В тестовом банке код: ${SANDBOX_3DS_CODE}</p>
${error ? `<p class="error" id="error" role="alert">${esc(error)}</p>` : ""}
<div class="actions"><button class="pay" type="submit" name="action" value="confirm">Подтвердить</button>
<button class="cancel" type="submit" name="action" value="cancel">Отмена</button></div>
</form></div>`,
  );
}

/** An order that is no longer payable: paid, declined, cancelled or expired. */
export function closedPage(order: SandboxOrder, returnUrl: string): string {
  const text =
    order.status === "SUCCEEDED" || order.status === "REFUNDED"
      ? "Заказ оплачен."
      : `Оплата не выполнена${order.failureReason ? `: ${order.failureReason}` : ""}.`;
  return layout(
    "Заказ",
    `<div class="card">${orderHead(order)}<p>${esc(text)}</p>${returnUrl ? `<p><a href="${esc(returnUrl)}">Вернуться в магазин</a></p>` : ""}</div>`,
  );
}

export function notFoundPage(): string {
  return layout("Заказ не найден", `<div class="card"><p>Заказ не найден или время на оплату истекло.</p></div>`);
}

/** GET /sandbox-bank/: what the sandbox is and its test cards. */
export function indexPage(): string {
  return layout(
    "Тестовые карты",
    `<div class="card"><h1 class="bank__title">Тестовый банк личного кабинета</h1>
<p>Встроенный эквайринг для разработки и демонстрации: страница оплаты картой, 3-D Secure, сохранение карт и уведомления (webhooks) в личный кабинет. Деньги не списываются.</p>
${testCardsTable().replace("<details", "<details open")}</div>`,
  );
}
