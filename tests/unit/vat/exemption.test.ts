import { describe, expect, it } from 'vitest';
import { ore } from '../../../shared/domain/money/ore.js';
import { exemptionChecks, exemptionTurnover, periodNotEndedCheck } from '../../../shared/domain/vat/exemption.js';
import { vatLines } from './lines.js';

describe('momsbefrielse', () => {
  it('measures taxable sales in Sweden (05–08, 41), not exempt, export or EU sales', () => {
    const lines = vatLines([['3001', '-50 000'], ['3002', '-10 000'], ['3231', '-5 000'], ['3004', '-40 000'], ['3105', '-30 000'], ['3108', '-20 000'], ['3001', '1 000']]);
    expect(exemptionTurnover(lines)).toBe(6400000);
  });

  it.each([
    [8999999, []],
    [9000000, ['exemption-limit-near']],
    [11999999, ['exemption-limit-near']],
    [12000000, ['exemption-limit-reached']],
    [12000001, ['exemption-limit-reached']],
  ])('turnover %i öre → %j', (turnover, codes) => {
    const checks = exemptionChecks(ore(turnover), 2026);
    expect(checks.map((c) => c.code)).toEqual(codes);
    for (const c of checks) expect([c.severity, c.message]).toEqual(['warning', expect.stringMatching(/120 000 kr/)]);
  });

  it('warns about a return made before the period ends', () => {
    expect(periodNotEndedCheck('2026-03-31', '2026-03-31')?.code).toBe('period-not-ended');
    expect(periodNotEndedCheck('2026-03-31', '2026-04-01')).toBeNull();
  });
});
