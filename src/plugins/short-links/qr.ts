import QRCode from 'qrcode';
import type {ParseFrontMatter} from '@docusaurus/types';
import {loadRegistry, numbersById} from './registry';

/** A QR code drawn as one SVG path: `size` modules a side, dark modules as 1-unit strokes. */
export type QrCode = {size: number; path: string};

const SVG = /viewBox="0 0 (\d+) \1".*<path stroke="#000000" d="([^"]+)"/;

/** The QR code of `text`, from the qrcode library's SVG (its dark path). */
export async function qrCode(text: string): Promise<QrCode> {
  const svg = await QRCode.toString(text, {type: 'svg', errorCorrectionLevel: 'M', margin: 0});
  const match = SVG.exec(svg);
  if (!match)
    throw new Error(`qrcode 库的 SVG 格式变了，src/plugins/short-links/qr.ts 读不出二维码：${svg.slice(0, 120)}`);
  return {size: Number(match[1]), path: match[2]!};
}

/**
 * markdown.parseFrontMatter (docusaurus.config.ts): each question's front
 * matter gets `qr`, the QR code of its short link `<siteRoot>q/<n>/`, drawn
 * here at build time. It travels with the page's own data, so no page loads
 * a QR encoder or another page's code.
 */
export function withShortLinkQr(siteRoot: string): ParseFrontMatter {
  return async ({defaultParseFrontMatter, ...params}) => {
    const result = await defaultParseFrontMatter(params);
    // Read each time: a question added while `npm run dev` runs gets its code too.
    const n = numbersById(loadRegistry()).get(String(result.frontMatter.id));
    if (n !== undefined) result.frontMatter.qr = await qrCode(`${siteRoot}q/${n}/`);
    return result;
  };
}
