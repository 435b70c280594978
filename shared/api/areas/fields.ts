/** Field schemas shared by every area's method inputs. */
import { z } from 'zod';
import { isIsoDate, isIsoMonth } from '../../domain/dates/isoDate.js';

export const date = z.string().refine(isIsoDate, { message: 'Datum skrivs ÅÅÅÅ-MM-DD.' });
export const month = z.string().refine(isIsoMonth, { message: 'Månad skrivs ÅÅÅÅ-MM.' });
export const ore = z.number().int().refine(Number.isSafeInteger, { message: 'Belopp anges i hela ören.' });
export const account = z.string().regex(/^\d{1,10}$/, 'Ett konto är ett nummer, t.ex. 1930.');
export const text = (max: number) => z.string().max(max);

export const lineInput = z.object({ account, amount: ore, text: text(500).optional(), quantity: z.string().max(30).optional() });
export const voucherRefInput = z.object({ series: z.string().min(1).max(20), number: z.number().int().positive(), fiscalYear: date.optional() });
export const range = { fiscalYear: date.optional(), from: date.optional(), to: date.optional() };

