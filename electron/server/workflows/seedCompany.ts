import type { Db } from '../../db/connection.js';
import { insertAccounts } from '../../db/repos/accounts.repo.js';
import { insertTemplates } from '../../db/repos/templates.repo.js';
import { basChart } from '../../../shared/domain/accounts/chart.js';
import { BUILTIN_TEMPLATES } from '../../../shared/domain/templates/builtin.js';

/** Fills a new company file with the BAS chart and the built-in konteringsmallar. */
export function seedChartAndTemplates(db: Db, form: 'EF' | 'AB', now: string): void {
  insertAccounts(db, basChart().map((a) => ({
    number: a.number, name: a.name, type: a.type, normal_balance: a.normalBalance, statement: a.statement,
    vat_code: a.vatCode, sru: null, active: 1, source: 'bas-2025' as const,
  })));
  insertTemplates(db, BUILTIN_TEMPLATES.filter((t) => t.form === 'both' || t.form === form), true, now);
}
