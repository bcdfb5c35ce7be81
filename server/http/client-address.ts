// The client's address for limits and audit: the socket's peer, or what X-Forwarded-For says
// when (and only as far as) the peers are trusted proxies listed in TRUST_PROXY (proxy-addr:
// addresses, CIDR ranges, "loopback", "linklocal", "uniquelocal"). Without it, a forged
// header is ignored.
import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/** Compiled once at start: a malformed TRUST_PROXY entry throws there. */
export function clientAddressResolver(trustProxy: string[]): (req: IncomingMessage) => string | null {
  const trust = proxyaddr.compile(trustProxy);
  return (req) => (req.socket.remoteAddress ? proxyaddr(req, trust) : null);
}
