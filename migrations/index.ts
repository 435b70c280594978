/** Forward-only migrations in order. Each is frozen once released; never import app code here. */
import { up as core } from './0001_core.js';
import { up as vat } from './0002_vat.js';
import { up as sie } from './0003_sie.js';
import { up as bank } from './0004_bank.js';
import { up as receipts } from './0005_receipts.js';
import { up as closing } from './0006_closing.js';
import { up as safety } from './0007_safety.js';
import { up as importedBalances } from './0008_imported_balances.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'core', sql: core },
  { version: 2, name: 'vat', sql: vat },
  { version: 3, name: 'sie', sql: sie },
  { version: 4, name: 'bank', sql: bank },
  { version: 5, name: 'receipts', sql: receipts },
  { version: 6, name: 'closing', sql: closing },
  { version: 7, name: 'safety', sql: safety },
  { version: 8, name: 'imported-balances', sql: importedBalances },
].sort((a, b) => a.version - b.version);
