/**
 * Child process for multi-process tests: opens a company file and posts N small vouchers through
 * dispatch, one transaction each. Usage: node --import tsx tests/support/poster.ts FILE N [LABEL]
 */
import { Session } from '../../electron/server/context.js';
import { dispatch } from '../../electron/server/dispatch.js';

const [file, n, label = 'p'] = process.argv.slice(2);
const session = new Session();
const opened = await dispatch(session, 'company.open', { path: file as string });
if (!opened.ok) throw new Error(opened.error.message);
for (let i = 1; i <= Number(n); i++) {
  const r = await dispatch(session, 'vouchers.post', {
    date: '2026-03-05', text: `${label} ${i}`, lines: [{ account: '6110', amount: i }, { account: '1930', amount: -i }],
  });
  if (!r.ok) {
    process.stderr.write(`${label} ${i}: ${r.error.code} ${r.error.message}\n`);
    process.exitCode = 1;
  }
  if (process.send) process.send(i);
}
await dispatch(session, 'company.close', {});
