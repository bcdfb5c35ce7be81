// Browser hardening headers, set on every response before routing (a route may tighten its
// own CSP, as the document pages do). Pages run only our own scripts and styles: the built
// client has no inline script or style (Solid's `style={{…}}` goes through CSSOM, which CSP
// does not govern), the sandbox bank's pages use a served stylesheet.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export interface SecurityHeadersOptions {
  /** The app's public origin (PUBLIC_URL): its WebSocket origin is allowed to connect, https turns HSTS on. */
  publicUrl: string;
  /** Origins a form of ours may post to besides our own: a real bank's card page. */
  formTargets?: string[];
  /** GraphiQL is served (development): its page boots from a CDN with an inline script. */
  graphiql?: boolean;
  /** Vite's dev client is served (`npm run dev`): it injects <style> tags and talks to its HMR socket. */
  viteDev?: boolean;
}

const PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

export function securityHeaders(opts: SecurityHeadersOptions) {
  const self = new URL(opts.publicUrl);
  const wsOrigin = `${self.protocol === "https:" ? "wss:" : "ws:"}//${self.host}`;
  const policy = (extra: { style?: string; connect?: string } = {}) =>
    [
      "default-src 'self'",
      "script-src 'self'",
      `style-src 'self'${extra.style ?? ""}`,
      "img-src 'self' data: blob:",
      "font-src 'self'",
      `connect-src 'self' ${wsOrigin}${extra.connect ?? ""}`,
      "object-src 'none'",
      "base-uri 'none'",
      ["form-action 'self'", ...(opts.formTargets ?? [])].join(" "),
      "frame-ancestors 'none'",
    ].join("; ");
  // Vite's dev client injects <style> tags and talks to its HMR socket on another port.
  const csp = opts.viteDev ? policy({ style: " 'unsafe-inline'", connect: ` ws://${self.hostname}:*` }) : policy();
  const common: Record<string, string> = {
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer", // document links carry their token in the URL
    "x-content-type-options": "nosniff",
    "permissions-policy": PERMISSIONS,
  };
  if (self.protocol === "https:") common["strict-transport-security"] = "max-age=31536000";

  return {
    apply(req: IncomingMessage, res: ServerResponse): void {
      for (const [name, value] of Object.entries(common)) res.setHeader(name, value);
      // GraphiQL (development only) boots from a CDN with an inline script: framing stays refused.
      const graphiql = opts.graphiql && req.method === "GET" && req.url?.startsWith("/graphql") && req.headers.accept?.includes("text/html");
      res.setHeader("content-security-policy", graphiql ? "frame-ancestors 'none'" : csp);
    },
  };
}

/**
 * The CSP of a self-contained HTML document (also rendered to PDF from the same markup): no
 * scripts, nothing fetched; its own <style> blocks are allowed by hash.
 */
export function documentCsp(html: string): string {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash("sha256").update(m[1]!).digest("base64")}'`);
  return `default-src 'none'; style-src ${hashes.join(" ") || "'none'"}; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}
