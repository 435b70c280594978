// Prints one closing line for the whole test run, "N passed, N failed, N skipped", from the JSON
// reports vitest writes (unit/integration and e2e), so CI logs end with a plain total.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0, failed = 0, skipped = 0, files = 0;
for (const f of ['test-output/results-main.json', 'test-output/results-e2e.json']) {
  if (!existsSync(f)) continue;
  const r = JSON.parse(readFileSync(f, 'utf8'));
  files++;
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
if (files === 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
