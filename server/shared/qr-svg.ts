// A QR code as inline SVG that survives PDF printing. qrcode's own SVG draws each row as a
// stroked line; Chromium's PDF output turns those into hairlines that no scanner reads at any
// resolution. Here every run of dark modules is a filled rectangle, with the quiet zone of 4
// modules the QR standard asks for. No external request; crisp at any print resolution.
import QRCode from "qrcode";

export function qrSvg(text: string, errorCorrectionLevel: "L" | "M" | "Q" | "H" = "M"): string {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel }).modules;
  const q = 4;
  let d = "";
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!data[y * size + x]) continue;
      let run = 1;
      while (x + run < size && data[y * size + x + run]) run++;
      d += `M${x + q} ${y + q}h${run}v1h-${run}z`;
      x += run - 1;
    }
  }
  const side = size + 2 * q;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
}
