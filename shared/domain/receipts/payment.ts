/** How the receipt was paid, from its words; the first clear sign in reading order wins. */
import type { PaymentMethod } from './types.js';

const SIGNS: [PaymentMethod, RegExp][] = [
  ['swish', /\bswish\b/i],
  ['gift-card', /(presentkort|lahjakortti|gift ?card)/i],
  ['card', /(kontokort|bankkort|kreditkort|kortbetalning|kortköp|\bkort\b|\bvisa\b|mastercard|maestro|euroline|amex|american express|contactless|kontaktl[öo]s|korttitapahtuma|\bkortti\b|card)/i],
  ['cash', /(kontant|käteinen|kateinen|\bcash\b|växel|vaxel)/i],
  ['invoice', /(\bfaktura\b|\binvoice\b|\blasku\b)/i],
];

/**
 * @example readPayment(['Mottaget Kontokort 135,73']) // 'card'
 */
export function readPayment(lines: readonly string[]): PaymentMethod | null {
  const text = lines.join('\n');
  let best: { m: PaymentMethod; at: number } | null = null;
  for (const [m, re] of SIGNS) {
    const hit = re.exec(text);
    if (hit && (best === null || hit.index < best.at)) best = { m, at: hit.index };
  }
  return best?.m ?? null;
}
