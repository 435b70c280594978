/**
 * A camt XML nested 20 000 levels deep is a clear refusal at every door (bank-unreadable, a
 * Swedish message, CLI exit 1), never an internal error; nothing is written.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect, afterEach } from 'vitest';
import { newCompany, type TestCompany } from '../../support/company.js';
import { runCli } from '../../../electron/cli/main.js';
import { readBankFile } from '../../../electron/server/bank/readBankFile.js';

let c: TestCompany;
afterEach(() => c?.cleanup());

const DEEP = `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>${'<a>'.repeat(20_000)}${'</a>'.repeat(20_000)}</BkToCstmrStmt></Document>`;

describe('djupt nästlad camt-XML', () => {
  it('läsaren vägrar med bank-unreadable', async () => {
    const r = await readBankFile(Buffer.from(DEEP));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.code)).toEqual(['bank-unreadable']);
    expect(r.problems[0]!.message).toMatch(/XML-filen går inte att läsa/);
  });

  it('bank.import och kontera bank import vägrar tydligt, slutkod 1, inget skrivs', async () => {
    c = await newCompany();
    const file = path.join(c.dir, 'djup.xml');
    writeFileSync(file, DEEP);
    const r = await c.raw('bank.import', { path: file });
    expect(r.ok ? null : r.error.code).toBe('bank-unreadable');
    await c.call('company.close', {});
    const out: string[] = [];
    const code = await runCli(['bank', 'import', c.file, file], { out: (s) => out.push(s), err: (s) => out.push(s) });
    expect(code).toBe(1);
    expect(out.join('\n')).toMatch(/^FEL bank-unreadable: XML-filen går inte att läsa/m);
    await c.call('company.open', { path: c.file });
    expect((await c.call('bank.accounts', {})).length).toBe(0);
  });
});
