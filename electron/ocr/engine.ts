/**
 * One tesseract.js worker (it runs in a worker_threads thread of its own) shared by a batch of
 * receipts. Created lazily with a timeout (a broken traineddata file makes createWorker hang) and
 * always terminated by the caller (`using`-style: `withOcr`), or the Node process never exits.
 */
import type { Worker } from 'tesseract.js';
import { traineddataDir } from './traineddata.js';
import { tesseractWorkerPath } from './packagedPaths.js';

export interface OcrWord {
  text: string;
  conf: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrResult {
  words: OcrWord[];
  text: string;
  /** Mean word confidence, 0–100. */
  confidence: number;
  /** The skew tesseract corrected (radians). */
  rotateRadians: number;
}

export type OcrProgress = (fraction: number) => void;

const CREATE_TIMEOUT_MS = 60_000;

export class OcrEngine {
  private worker: Promise<Worker> | null = null;
  private progress: OcrProgress | null = null;

  private start(): Promise<Worker> {
    this.worker ??= (async () => {
      const langPath = traineddataDir();
      const { createWorker, OEM } = await import('tesseract.js');
      let timer: NodeJS.Timeout | undefined;
      const created = createWorker('swe+eng', OEM.LSTM_ONLY, {
        langPath, gzip: true, cacheMethod: 'none', workerPath: tesseractWorkerPath(),
        logger: (m: { status: string; progress: number }) => { if (m.status === 'recognizing text') this.progress?.(m.progress); },
        errorHandler: () => {},
      });
      const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('Textigenkänningen startade inte (tidsgräns).')), CREATE_TIMEOUT_MS); });
      try {
        const w = await Promise.race([created, timeout]);
        // tesseract's diagnostics ("Detected 69 diacritics") would otherwise go to stderr.
        await w.setParameters({ debug_file: '/dev/null' } as never);
        return w;
      } finally {
        clearTimeout(timer);
      }
    })();
    return this.worker;
  }

  /** Reads a PNG/JPEG buffer; `deskew` lets tesseract straighten small skews first. */
  async recognize(image: Buffer, opts: { deskew?: boolean; onProgress?: OcrProgress } = {}): Promise<OcrResult> {
    const w = await this.start();
    this.progress = opts.onProgress ?? null;
    try {
      const { data } = await w.recognize(image, { rotateAuto: opts.deskew ?? true }, { text: true, tsv: true });
      const words = parseTsv(data.tsv ?? '');
      const confidence = words.length ? words.reduce((s, x) => s + x.conf, 0) / words.length : 0;
      return { words, text: data.text, confidence, rotateRadians: (data as { rotateRadians?: number }).rotateRadians ?? 0 };
    } finally {
      this.progress = null;
    }
  }

  async terminate(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (!w) return;
    try {
      await (await w).terminate();
    } catch {
      // a worker that never started has nothing to end
    }
  }
}

/** Runs `fn` with a fresh engine and terminates it whatever happens. */
export async function withOcr<T>(fn: (engine: OcrEngine) => Promise<T>): Promise<T> {
  const engine = new OcrEngine();
  try {
    return await fn(engine);
  } finally {
    await engine.terminate();
  }
}

/** tesseract's TSV: level 5 rows are words with their box and confidence. */
export function parseTsv(tsv: string): OcrWord[] {
  const out: OcrWord[] = [];
  for (const row of tsv.split('\n')) {
    const c = row.split('\t');
    if (c[0] !== '5' || c.length < 12) continue;
    const text = (c[11] ?? '').trim();
    if (!text) continue;
    const [x, y, w, h, conf] = [Number(c[6]), Number(c[7]), Number(c[8]), Number(c[9]), Number(c[10])];
    out.push({ text, conf, x0: x, y0: y, x1: x + w, y1: y + h });
  }
  return out;
}
