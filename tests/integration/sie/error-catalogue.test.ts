/** One reproducer through sie.import for every error code the SIE methods declare. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, writeFileSync, truncateSync, openSync, writeSync, closeSync, statSync } from 'node:fs';
import path from 'node:path';
import { newCompany, tempDir, type TestCompany } from '../../support/company.js';
import { Session } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import { encodeSieText } from '../../../electron/server/sie/encode.js';
import { setFiscalYearStateRaw } from '../../support/yearState.js';

let c: TestCompany;
let dir: string;
beforeAll(async () => {
  c = await newCompany({ fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
  dir = tempDir();
});
afterAll(() => c.cleanup());

const HEAD = '#FLAGGA 0\n#SIETYP 4\n#FNAMN "Fel AB"\n#ORGNR 556036-0793\n#RAR 0 20250101 20251231\n';
const VER = (body: string, date = '20250110', n = 1) => `#VER A ${n} ${date} "Text"\n{\n${body}}\n`;
const OK_ROWS = '#TRANS 1930 {} 100.00\n#TRANS 3001 {} -100.00\n';
let n = 0;
const file = (text: string) => {
  const f = path.join(dir, `f${n++}.se`);
  writeFileSync(f, encodeSieText(text));
  return f;
};
type Err = { code: string; message: string; line?: number };
const open = async (text: string, extra: Record<string, unknown> = {}): Promise<Err> => {
  const r = await c.raw('sie.import', { path: file(text), ...extra } as never);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};
const fresh = async (text: string, nc: Record<string, unknown> = {}): Promise<Err> => {
  const r = await dispatch(new Session(), 'sie.import', { path: file(text), newCompany: { path: path.join(dir, `n${n++}.kontera`), ...nc } } as never);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

const CATALOGUE: Record<string, () => Promise<Err>> = {
  'not-sie': () => open('<html><body>404 Not Found</body></html>\n'),
  'unbalanced-voucher': () => open(HEAD + VER('#TRANS 1930 {} 100.00\n#TRANS 3001 {} -99.99\n')),
  'sie-bad-account': () => open(HEAD + VER('#TRANS 19X0 {} 100.00\n#TRANS 3001 {} -100.00\n')),
  'sie-bad-amount': () => open(HEAD + VER('#TRANS 1930 {} 100,00\n#TRANS 3001 {} -100.00\n')),
  'sie-bad-date': () => open(HEAD + VER(OK_ROWS, '20251340')),
  'sie-bad-fiscal-year': () => open('#FLAGGA 0\n#SIETYP 4\n#RAR 0 20251231 20250101\n'),
  'sie-bad-number': () => open(`${HEAD}#SRU 1930 7281\n#IB x 1930 100.00\n`),
  'sie-trans-outside-ver': () => open(`${HEAD}#TRANS 1930 {} 100.00\n`),
  'sie-unterminated-list': () => open(HEAD + VER('#TRANS 1930 {1 "A" 100.00\n#TRANS 3001 {} -100.00\n')),
  'sie-unclosed-voucher': () => open(`${HEAD}#VER A 1 20250110 "Text"\n{\n${OK_ROWS}`),
  'sie-ksumma-mismatch': () => open(`#FLAGGA 0\n#KSUMMA\n#SIETYP 4\n#FNAMN "X"\n#KSUMMA 123456789\n`),
  'file-not-found': async () => (await c.raw('sie.import', { path: path.join(dir, 'finns-inte.se') }) as { error: Err }).error,
  'sie-file-too-large': async () => {
    const f = path.join(dir, 'jatte.se');
    writeFileSync(f, '#FLAGGA 0\n');
    truncateSync(f, 257 * 1024 * 1024); // sparse: costs no disk
    return (await c.raw('sie.import', { path: f }) as { error: Err }).error;
  },
  'sie-voucher-conflict': async () => {
    await c.call('sie.import', { path: file(HEAD + VER(OK_ROWS, '20250110', 7)) });
    return open(HEAD + VER('#TRANS 1930 {} 200.00\n#TRANS 3001 {} -200.00\n', '20250110', 7));
  },
  'sie-fiscal-year-conflict': () => open('#FLAGGA 0\n#SIETYP 4\n#RAR 0 20250701 20260630\n' + VER(OK_ROWS, '20250801')),
  'no-fiscal-year': () => open('#FLAGGA 0\n#SIETYP 4\n' + VER(OK_ROWS, '20300110')),
  'fiscal-year-closed': async () => {
    setFiscalYearStateRaw(c.session.db!.raw, 'closed', '2025-01-01');
    try {
      return await open('#FLAGGA 0\n#SIETYP 4\n' + VER(OK_ROWS, '20250110', 90));
    } finally {
      setFiscalYearStateRaw(c.session.db!.raw, 'open', '2025-01-01');
    }
  },
  'period-closed': async () => {
    await c.call('periods.close', { month: '2025-02' });
    return open('#FLAGGA 0\n#SIETYP 4\n' + VER(OK_ROWS, '20250210', 91));
  },
  'period-vat-reported': async () => {
    c.session.db?.raw.prepare("INSERT INTO period_states VALUES ('2025-03', 'vat-reported', '2025-04-12T00:00:00Z', 'test', NULL)").run();
    return open('#FLAGGA 0\n#SIETYP 4\n' + VER('#TRANS 1930 {} 125.00\n#TRANS 3001 {} -100.00\n#TRANS 2611 {} -25.00\n', '20250310', 92));
  },
  'sie-company-missing': () => fresh('#FLAGGA 0\n#SIETYP 4\n#RAR 0 20250101 20251231\n' + VER(OK_ROWS)),
  'invalid-identity': () => fresh(HEAD.replace('556036-0793', '556036-0794') + VER(OK_ROWS), { identity: '556036-0794' }),
  'file-exists': () => fresh(HEAD + VER(OK_ROWS), { path: c.file }),
  'invalid-fiscal-year': () => fresh('#FLAGGA 0\n#SIETYP 1\n#FNAMN "X AB"\n#ORGNR 556036-0793\n#KONTO 1930 "Bank"\n'),
  'not-found': async () => {
    const e = await newCompany();
    try {
      return (await e.raw('sie.undoImport', {}) as { error: Err }).error;
    } finally {
      e.cleanup();
    }
  },
  'undo-not-possible': async () => {
    await c.call('sie.import', { path: file(HEAD + VER(OK_ROWS, '20250120', 40)) });
    await c.post(`2025-05-05 B "Efter"\n  6110 1\n  1930 -1\n`);
    return (await c.raw('sie.undoImport', {}) as { error: Err }).error;
  },
  'backup-invalid': async () => {
    const r = await c.call('sie.import', { path: file(HEAD + VER(OK_ROWS, '20250121', 41)) });
    const fd = openSync(r.backup as string, 'r+');
    for (let off = 4096; off < statSync(r.backup as string).size; off += 4096) writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, off + 50);
    closeSync(fd);
    return (await c.raw('sie.undoImport', {}) as { error: Err }).error;
  },
  'cannot-write': async () => (await c.raw('sie.export', { path: path.join(dir, 'saknas', 'ut.se') }) as { error: Err }).error,
};

const LINE_CODES = new Set(['unbalanced-voucher', 'sie-bad-account', 'sie-bad-amount', 'sie-bad-date', 'sie-bad-fiscal-year', 'sie-bad-number',
  'sie-trans-outside-ver', 'sie-unterminated-list', 'sie-unclosed-voucher', 'sie-ksumma-mismatch', 'sie-voucher-conflict', 'no-fiscal-year',
  'fiscal-year-closed', 'period-closed', 'period-vat-reported', 'not-sie']);

describe('SIE error catalogue', () => {
  for (const [code, reproduce] of Object.entries(CATALOGUE)) {
    it(`${code}: Swedish message${LINE_CODES.has(code) ? ' naming the line' : ''}`, async () => {
      const e = await reproduce();
      expect(e.code).toBe(code);
      expect(e.message).toMatch(/[åäöÅÄÖ]|\b(är|inte|finns|ange|rad)\b/);
      if (LINE_CODES.has(code)) expect(e.line, e.message).toBeGreaterThan(0);
    });
  }

  it('every code in the SIE contract has a reproducer', () => {
    const src = readFileSync(new URL('../../../shared/api/areas/sie.contract.ts', import.meta.url), 'utf8');
    const declared = [...src.matchAll(/'([a-z]+(?:-[a-z0-9]+)+)'/g)].map((m) => m[1] as string);
    expect(declared.filter((d) => !(d in CATALOGUE))).toEqual([]);
  });
});
