import { type Db, first, exec } from '../connection.js';
import type { CompanyTable } from '../tables/core.table.js';

export function getCompany(db: Db): CompanyTable | undefined {
  return first(db, db.q.selectFrom('company').selectAll());
}

export function insertCompany(db: Db, c: CompanyTable): void {
  exec(db, db.q.insertInto('company').values(c));
}
