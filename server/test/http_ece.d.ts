// The part of http_ece (Encrypted Content-Encoding, RFC 8188) the Web Push test uses to open a
// payload as the browser would; the package ships no types.
declare module "http_ece" {
  import type { ECDH } from "node:crypto";
  export function decrypt(buffer: Buffer, params: { version: "aes128gcm"; privateKey: ECDH; authSecret: string | Buffer }): Buffer;
  const ece: { decrypt: typeof decrypt };
  export default ece;
}
