/** The name Kontera suggests for an exported SIE file (backend download and desktop save dialog alike). */

/** Letters with diacritics become their base letter; anything else outside A–Z, 0–9 becomes `_`. */
function safePart(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60);
}

/**
 * `<företagsnamn>-<räkenskapsår>.se`, in characters every file system and mail program accepts. A
 * fiscal year within one calendar year is named by that year, a broken one by both.
 * @example sieFileName('Åkesson & Söner AB', '2025-07-01', '2026-06-30') // 'Akesson_Soner_AB-2025-2026.se'
 */
export function sieFileName(company: string, start: string, end: string): string {
  const a = start.slice(0, 4);
  const b = end.slice(0, 4);
  return `${safePart(company) || 'kontera'}-${a === b ? a : `${a}-${b}`}.se`;
}
