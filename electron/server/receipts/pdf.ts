/**
 * PDFs: a text layer (ICA's digital receipts) is read directly with pdfjs-dist (legacy build for
 * Node); a scanned PDF without one is rendered with @napi-rs/canvas (prebuilt from npm) and read
 * by OCR like a photo. At most the first pages of a long PDF are rendered.
 */
import { groupRows, type TextBox } from '../../../shared/domain/receipts/rows.js';
import { lazyImport } from './lazy.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
const pdfjs = () => lazyImport<Pdfjs>('pdfjs-dist/legacy/build/pdf.mjs');

export const MAX_RENDERED_PAGES = 3;
const RENDER_DPI = 200;

export interface PdfContent {
  pages: number;
  /** Row-grouped text of every page with a text layer. */
  rows: string[];
  /** True when the text layer holds the receipt (enough characters with digits). */
  hasText: boolean;
}

async function open(bytes: Buffer) {
  const lib = await pdfjs();
  return lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
}

/** The text layer, grouped into printed rows. */
export async function readPdfText(bytes: Buffer): Promise<PdfContent> {
  const doc = await open(bytes);
  try {
    const rows: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const tc = await page.getTextContent();
      const boxes: TextBox[] = [];
      for (const it of tc.items) {
        if (!('str' in it) || !it.str.trim()) continue;
        const [, , , d, e, f] = it.transform as number[];
        const h = Math.abs(it.height || d || 8);
        boxes.push({ text: it.str, x0: e ?? 0, x1: (e ?? 0) + it.width, y0: f ?? 0, y1: (f ?? 0) + h });
      }
      rows.push(...groupRows(boxes, true));
    }
    const chars = rows.join('').replace(/\s/g, '').length;
    return { pages: doc.numPages, rows, hasText: chars >= 30 && /\d/.test(rows.join('')) };
  } finally {
    await doc.destroy();
  }
}

/** PNG renderings of the first pages (for scanned PDFs and previews). */
export async function renderPdfPages(bytes: Buffer, maxPages = MAX_RENDERED_PAGES, dpi = RENDER_DPI): Promise<Buffer[]> {
  const doc = await open(bytes);
  try {
    const out: Buffer[] = [];
    for (let p = 1; p <= Math.min(doc.numPages, maxPages); p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: { toBuffer(t: string): Buffer }; context: unknown } } }).canvasFactory;
      const cc = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const ctx = cc.context as { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void };
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, Math.ceil(viewport.width), Math.ceil(viewport.height));
      await page.render({ canvasContext: cc.context, viewport, canvas: cc.canvas } as never).promise;
      out.push(cc.canvas.toBuffer('image/png'));
    }
    return out;
  } finally {
    await doc.destroy();
  }
}
