import type { Db } from '../../../db/connection.js';
import { insertAccounts, updateAccount } from '../../../db/repos/accounts.repo.js';
import { classifyAccount, type AccountType } from '../../../../shared/domain/accounts/accountType.js';
import type { SieImportPlan } from '../../../../shared/domain/sie/plan.js';
import { defaultVatCode } from '../../../../shared/domain/vat/defaults.js';

const KTYP: Record<string, AccountType> = { T: 'asset', S: 'liability', K: 'expense', I: 'income' };

/**
 * Adds the file's accounts that the chart lacks (any number of digits). Existing accounts keep
 * their number and class; in a company created from the file they take the file's names.
 * An added account gets its VAT code by the same rule as an account the user adds (the BAS table,
 * else a rate its name states: "Försäljn varor 25% sv" → sales-25), and the import says which.
 * Returns how many were added and a warning when names differ in an existing company.
 */
export function importAccounts(db: Db, plan: SieImportPlan, isNew: boolean): { added: number; renamedWarning: string | null; vatCodeWarning: string | null } {
  const existing = new Map((db.raw.prepare('SELECT number, name, sru FROM accounts').all() as { number: string; name: string; sru: string | null }[]).map((a) => [a.number, a]));
  const fresh = [];
  const differing: string[] = [];
  const coded: string[] = [];
  for (const a of plan.accounts) {
    const have = existing.get(a.number);
    if (!have) {
      const known = a.type ? (a.number.startsWith('20') && a.type === 'S' ? 'equity' : KTYP[a.type]) : undefined;
      const c = classifyAccount(a.number, known, a.name);
      const vat = defaultVatCode(a.number, a.name || undefined);
      if (vat) coded.push(`${a.number} ${vat}`);
      fresh.push({ number: a.number, name: a.name || `Konto ${a.number}`, type: c.type, normal_balance: c.normalBalance, statement: c.statement,
        vat_code: vat, sru: a.sru[0] ?? null, active: 1, source: 'import' as const });
      continue;
    }
    if (isNew && a.name && a.name !== have.name) updateAccount(db, a.number, { name: a.name });
    else if (a.name && a.name.toLocaleLowerCase('sv') !== have.name.toLocaleLowerCase('sv')) differing.push(a.number);
    if (a.sru[0] && !have.sru) db.raw.prepare('UPDATE accounts SET sru = ? WHERE number = ?').run(a.sru[0], a.number);
  }
  insertAccounts(db, fresh);
  return {
    added: fresh.length,
    renamedWarning: differing.length
      ? `${differing.length} konton har andra namn i filen än i företagets kontoplan (${differing.slice(0, 8).join(', ')}${differing.length > 8 ? ' …' : ''}). Kontoplanens namn behålls; numren är desamma.`
      : null,
    vatCodeWarning: coded.length
      ? `${coded.length} konton som inte finns i BAS-kontoplanen fick momskod efter sitt nummer eller namn (${coded.slice(0, 8).join(', ')}${coded.length > 8 ? ' …' : ''}). Kontrollera dem under Konton; ändra med kontera account vat-code.`
      : null,
  };
}

/** Dimensions and objects: added when missing, never renamed. */
export function importObjects(db: Db, plan: SieImportPlan): void {
  const dim = db.raw.prepare('INSERT OR IGNORE INTO dimensions (dim, name, parent) VALUES (?, ?, ?)');
  for (const d of plan.dimensions) dim.run(d.dim, d.name, d.parent);
  const obj = db.raw.prepare('INSERT OR IGNORE INTO objects (dim, id, name) VALUES (?, ?, ?)');
  for (const o of plan.objects) obj.run(o.dim, o.id, o.name);
}
