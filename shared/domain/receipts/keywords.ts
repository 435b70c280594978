/**
 * The keyword table: where a receipt with no posting history is suggested to go. Chains and words
 * map to a BAS cost account; `chain` names the canonical chain when the printed line is a legal
 * or garbled name (H&M prints "Hennes & Mauritz Sverige AB").
 */
export interface KeywordRule {
  re: RegExp;
  account: string;
  /** What the suggestion says about why (Swedish). */
  label: string;
  /** A chain: the merchant line matches it. */
  chain?: string;
  /** Display name when it differs from the printed line. */
  name?: string;
  /** A meal: representation rules apply (purpose, participants, VAT capped per person). */
  meal?: boolean;
}

const chain = (re: RegExp, chainKey: string, account: string, label: string, name?: string): KeywordRule => ({ re, account, label, chain: chainKey, ...(name ? { name } : {}) });

export const KEYWORD_RULES: readonly KeywordRule[] = [
  chain(/\bica\b/i, 'ica', '5460', 'Dagligvaror (ICA)'),
  chain(/\bcoop\b/i, 'coop', '5460', 'Dagligvaror (Coop)'),
  chain(/hemk[öo]p/i, 'hemkop', '5460', 'Dagligvaror (Hemköp)'),
  chain(/\bwillys\b/i, 'willys', '5460', 'Dagligvaror (Willys)'),
  chain(/\blidl\b/i, 'lidl', '5460', 'Dagligvaror (Lidl)'),
  chain(/city ?gross/i, 'citygross', '5460', 'Dagligvaror (City Gross)'),
  chain(/hennes\s*&\s*mauritz|\bh\s?&\s?m\b/i, 'hm', '5480', 'Kläder (H&M)', 'H&M'),
  chain(/[åa]hl[ée]ns/i, 'ahlens', '6110', 'Varuhus (Åhléns)', 'Åhléns'),
  chain(/clas ?ohlson/i, 'clasohlson', '5460', 'Förbrukningsmaterial (Clas Ohlson)', 'Clas Ohlson'),
  chain(/\b(bauhaus|byggmax|jula|biltema|hornbach|beijer)\b/i, 'bygg', '5460', 'Byggvaruhus'),
  chain(/\b(elgiganten|webhallen|kjell|netonnet|inet|dustin|media ?markt)\b/i, 'elektronik', '5410', 'Elektronik och datorer'),
  chain(/\b(circle ?k|okq8|preem|st1|shell|ingo|tanka)\b/i, 'drivmedel', '5611', 'Drivmedel'),
  chain(/\b(staples|office ?depot|lyreco)\b/i, 'kontor', '6110', 'Kontorsmateriel'),
  chain(/\b(postnord|posten)\b/i, 'post', '6250', 'Porto'),
  chain(/\b(telia|tele2|telenor|comviq)\b/i, 'telefoni', '6212', 'Telefoni'),
  chain(/\b(adlibris|bokus|akademibokhandeln)\b/i, 'bok', '6970', 'Facklitteratur'),
  chain(/\b(sj|västtrafik|skånetrafiken|taxi|uber|flygbussarna)\b/i, 'resa', '5810', 'Resor och biljetter'),
  { re: /\b(frimärken?|porto)\b/i, account: '6250', label: 'Porto' },
  { re: /\b(bensin|diesel|drivmedel|e10|hvo|laddning)\b/i, account: '5611', label: 'Drivmedel' },
  { re: /\b(parkering|easypark|apcoa|aimo|p-avgift)\b/i, account: '5890', label: 'Parkering' },
  { re: /\b(kontorsmaterial|kollegieblock|papper|pennor?|toner|bläck)\b/i, account: '6110', label: 'Kontorsmateriel' },
  { re: /\b(hotell|hotel|logi)\b/i, account: '5831', label: 'Logi' },
  { re: /(restaurang|restaurant|caf[eé]|kaf[eé]|pizzeri|bageri|baguett|konditori|lunch|sushi|bistro|grill|espresso|ravintola)/i, account: '6071', label: 'Måltid (representation)', meal: true },
];

/** Where nothing else says: other external costs, deductible. */
export const DEFAULT_COST_ACCOUNT = '6991';

/**
 * The first rule matching the merchant, else the first matching anywhere in the text.
 * @example keywordFor('ICA Kvantum Emporia', [])?.account // '5460'
 */
export function keywordFor(merchant: string | null, lines: readonly string[]): KeywordRule | null {
  if (merchant) {
    const hit = KEYWORD_RULES.find((r) => r.re.test(merchant));
    if (hit) return hit;
  }
  const text = lines.join('\n');
  return KEYWORD_RULES.find((r) => r.re.test(text)) ?? null;
}
