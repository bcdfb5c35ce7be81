// Renders the app icons of the web app manifest (client/public/icon-192.png, icon-512.png) from
// favicon.svg. Run it after changing the favicon: `node client/scripts/render-icons.mjs`; the PNGs
// are committed (the build does not need a canvas). The icons are "any maskable": the artwork is
// drawn on a full-bleed square of the brand colour so a mask never cuts into the bolt.
import fs from "node:fs";
import { createCanvas, loadImage } from "@napi-rs/canvas";

const dir = new URL("../public/", import.meta.url);
const svg = fs.readFileSync(new URL("favicon.svg", dir), "utf8");
for (const size of [192, 512]) {
  const inner = Math.round(size * 0.8); // the maskable safe zone is the central 80 %
  // Rasterised at the size drawn (the SVG's own size is 32 px: scaling that up blurs).
  const image = await loadImage(Buffer.from(svg.replace("<svg ", `<svg width="${inner}" height="${inner}" `)));
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#0b4f9c";
  ctx.fillRect(0, 0, size, size);
  ctx.drawImage(image, (size - inner) / 2, (size - inner) / 2, inner, inner);
  fs.writeFileSync(new URL(`icon-${size}.png`, dir), canvas.toBuffer("image/png"));
  console.log(`icon-${size}.png`);
}
