/**
 * QR codes for print (src/app/printFigure.ts, the <curvature-lab> element's print fallback). The
 * encoder (qrcode-generator) is a separate chunk, loaded the first time a print figure is built.
 */
import { GREY, OKABE_ITO } from './palette';

let last: { text: string; qr: { d: string; size: number } } | null = null;

/**
 * QR code of `text` as SVG path data in module units, and its size in modules. The last one is
 * kept: the print figure is rebuilt while a run trains (its caption changes), its link is not,
 * and encoding takes tens of milliseconds.
 */
export async function qrPath(text: string): Promise<{ d: string; size: number }> {
  if (last?.text === text) return last.qr;
  const qr = await encode(text);
  last = { text, qr };
  return qr;
}

async function encode(text: string): Promise<{ d: string; size: number }> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c} ${r}h1v1h-1z`;
  return { d, size: n };
}

/** A standalone QR code of `text`, `px` wide, with its 4-module quiet zone. */
export async function qrSvg(text: string, px: number): Promise<string> {
  const { d, size } = await qrPath(text);
  const n = size + 8;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 ${n} ${n}" data-qr="${size}"><rect width="${n}" height="${n}" fill="${GREY.white}"/><path transform="translate(4,4)" d="${d}" fill="${OKABE_ITO.black}"/></svg>`;
}
