/** Inputs of the VAT methods: momsdeklaration, filing, posting helpers, EC sales list, calendar. */
import { z } from 'zod';
import { BOX_IDS } from '../../domain/vat/boxIds.js';
import { date, ore, account, text } from './fields.js';

/** `2026-03`, `2026-Q1`, `2026` or a fiscal year's start date; checked against the company by the handler. */
const period = z.string().trim().min(4).max(10);
const rate = z.enum(['25', '12', '6']);
const contact = z.object({ name: text(35), phone: text(17), email: text(200).nullable().optional() });

export const vatSchemas = {
  'vat.report': z.object({ period }),
  'vat.boxDetail': z.object({ period, box: z.enum(BOX_IDS) }),
  'vat.eskd': z.object({ period, note: text(1000).optional(), doctype: z.boolean().default(false), path: z.string().min(1).optional() }),
  'vat.book': z.object({ period }),
  'vat.reports': z.object({}),
  'vat.codes': z.object({}),
  'vat.split': z.object({
    gross: ore, rate: z.enum(['25', '12', '6', '0']).optional(), vatCode: z.string().max(40).optional(),
    rateKind: z.enum(['standard', 'reduced', 'restaurant', 'food', 'low', 'zero']).optional(), date: date.optional(),
    side: z.enum(['sale', 'purchase']).optional(), account: account.optional(), vatAccount: account.optional(),
  }),
  'vat.reverseCharge': z.object({
    kind: z.enum(['eu-goods', 'eu-services', 'non-eu-services', 'import', 'construction', 'domestic-goods']),
    base: ore, rate: rate.default('25'), payAccount: account.default('1930'), costAccount: account.optional(),
    baseAccount: account.optional(), contraAccount: account.optional(),
    originalAmount: text(40).optional(), supplier: text(200).optional(),
  }),
  'vat.representation': z.object({
    gross: ore, rate: rate.default('12'), participants: z.array(text(100).min(1)).min(1).max(500), purpose: text(300).min(1),
    costAccount: account.optional(), payAccount: account.optional(),
  }),
  'vat.ecSalesList': z.object({
    period, vatNumbers: z.record(z.string().max(40), z.string().max(40)).default({}),
    contact: contact.optional(), file: z.boolean().default(false), path: z.string().min(1).optional(),
  }),
  'vat.calendar': z.object({ year: z.number().int().min(1900).max(2199), turnover: ore.optional() }),
  'vat.settings': z.object({}),
  'vat.setSettings': z.object({
    exempt: z.boolean().optional(), contactName: text(35).nullable().optional(), contactPhone: text(17).nullable().optional(),
    contactEmail: text(200).nullable().optional(),
  }),
} as const;
