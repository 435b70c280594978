import { sv, errorText } from '../../i18n/sv.js';
import type { ApiError } from '../../../shared/api/errors.js';
import { stepOfPath } from './wizardSteps.js';

const t = sv.bokslut;

/** An error of the year-end methods with the wizard step (and row) it points at, in Swedish. */
export function errorWhere(e: ApiError): string {
  const list = e.problems?.length ? e.problems : [e];
  return list.map((p) => {
    const msg = errorText({ code: p.code, message: p.message });
    if (!p.path) return msg;
    const path = p.path.replace(/^answers\./, '');
    const step = stepOfPath(path);
    const row = /^([\w.]+?)\.(\d+)\.(\w+)$/.exec(path);
    const where = row ? t.rowAt(t.rowsTitle[row[1]!] ?? row[1]!, Number(row[2]) + 1, t.cols[row[3]!] ?? row[3]!) : step ? t.steps[step] ?? path : path;
    return t.fieldAt(where ?? path, msg);
  }).join(' ');
}
