// The sandbox bank's pages under /sandbox-bank/: GET shows, POST submits (303 to the next step:
// the 3-D Secure page or back to the merchant's return URL).
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody } from "../http-body.js";
import { SANDBOX_PATH, type FormResult, type SandboxBank } from "./bank.js";
import { cardPage, closedPage, indexPage, notFoundPage, SANDBOX_STYLESHEET, threeDsPage } from "./pages.js";

const HTML = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  // The bank's page runs no scripts: the app's CSP (http/security-headers.ts) covers it.
};

export function sandboxPagesHandler(bank: SandboxBank) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://x");
    const path = url.pathname.slice(SANDBOX_PATH.length);
    const send = (status: number, html: string) => void res.writeHead(status, HTML).end(html);
    const redirect = (to: string) => void res.writeHead(303, { location: to, "cache-control": "no-store" }).end();

    if (path === "" || path === "/") return send(200, indexPage());
    if (path === "/style.css")
      return void res.writeHead(200, { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=3600" }).end(SANDBOX_STYLESHEET);
    const m = /^\/(pay|3ds)\/([A-Za-z0-9_-]+)$/.exec(path);
    if (!m || (req.method !== "GET" && req.method !== "POST")) return send(404, notFoundPage());
    const [, step, orderId] = m as unknown as [string, "pay" | "3ds", string];
    const order = await bank.order(orderId);
    if (!order) return send(404, notFoundPage());

    if (req.method === "GET") {
      if (order.status === "NEW") return step === "pay" ? send(200, cardPage(order)) : redirect(`${SANDBOX_PATH}/pay/${order.id}`);
      if (order.status === "AWAITING_3DS") return step === "3ds" ? send(200, threeDsPage(order)) : redirect(`${SANDBOX_PATH}/3ds/${order.id}`);
      return send(200, closedPage(order, bank.returnTo(order)));
    }

    let form: URLSearchParams;
    try {
      form = new URLSearchParams((await readBody(req, 8 * 1024)).toString("utf8"));
    } catch {
      return send(413, notFoundPage());
    }
    let result: FormResult;
    // The order as it is after the step (another replica or tab may have moved it meanwhile).
    const after = async () => (await bank.order(order.id)) ?? order;
    if (form.get("action") === "cancel") result = await bank.cancel(order.id);
    else if (step === "pay") {
      result = await bank.submitCard(order.id, {
        pan: form.get("pan") ?? "",
        expiry: form.get("expiry") ?? "",
        cvc: form.get("cvc") ?? "",
        save: form.get("save") === "1",
      });
      const now = result.kind === "error" ? await after() : order;
      if (result.kind === "error" && now.status === "NEW") {
        return send(422, cardPage(now, { pan: form.get("pan") ?? "", expiry: form.get("expiry") ?? "", save: form.get("save") === "1", error: result }));
      }
    } else {
      result = await bank.submit3ds(order.id, form.get("code") ?? "");
      const now = result.kind === "error" ? await after() : order;
      if (result.kind === "error" && now.status === "AWAITING_3DS") return send(422, threeDsPage(now, result.message));
    }
    if (result.kind === "3ds") return redirect(`${SANDBOX_PATH}/3ds/${order.id}`);
    if (result.kind === "done" && result.redirect) return redirect(result.redirect);
    const closed = await after();
    return send(200, closedPage(closed, bank.returnTo(closed)));
  };
}
