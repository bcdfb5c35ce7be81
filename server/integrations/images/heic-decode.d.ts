// The part of heic-decode (libheif compiled to WebAssembly, with its HEVC decoder) the photo
// pipeline uses; the package ships no types.
declare module "heic-decode" {
  interface Decoded {
    width: number;
    height: number;
    /** RGBA, 4 bytes a pixel. */
    data: Uint8ClampedArray;
  }
  function decode(input: { buffer: ArrayBufferLike | Uint8Array }): Promise<Decoded>;
  export default decode;
}
