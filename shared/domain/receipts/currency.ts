/**
 * The receipt's currency: a printed code or sign (SEK, kr, :-, EUR, €, CHF, NOK, DKK, USD, GBP),
 * else the country its words give away (Finnish receipts are in euro), else unknown.
 */
export interface CurrencyReading {
  currency: string;
  /** A currency code or sign is printed on the receipt (not only inferred from its language). */
  printed: boolean;
}

const CODES: [string, RegExp][] = [
  ['EUR', /(\bEUR\b|€)/],
  ['CHF', /\b(CHF|SFr)\b/],
  ['NOK', /\bNOK\b/],
  ['DKK', /\bDKK\b/],
  ['USD', /(\bUSD\b|US\$)/],
  ['GBP', /\bGBP\b/], // '£' alone is often OCR's reading of '€'
  ['SEK', /(\bSEK\b|\d\s?kr\b|\bkr\s?\d|\d:-|\bKr\b|\bkronor\b)/],
];
const FINNISH = /(yhteens|\balv\b|y-tunnus|kuitti|käteinen|kateinen|\bosto\b|helsinki|\boy\b|puh\.)/i;
const SWEDISH = /(moms|kvitto|org\.? ?nr|totalt|att betala|kontant|växel|kassa|tack för|välkommen)/i;

/**
 * @example readCurrency(['Totalt 135,73 SEK']) // { currency: 'SEK', printed: true }
 */
export function readCurrency(lines: readonly string[]): CurrencyReading | null {
  const text = lines.join('\n');
  const counts = CODES.map(([c, re]) => ({ c, n: (text.match(new RegExp(re.source, 'g')) ?? []).length })).filter((x) => x.n > 0);
  if (counts.length) return { currency: counts.reduce((a, b) => (b.n > a.n ? b : a)).c, printed: true };
  if (FINNISH.test(text)) return { currency: 'EUR', printed: false };
  if (SWEDISH.test(text)) return { currency: 'SEK', printed: false };
  return null;
}
