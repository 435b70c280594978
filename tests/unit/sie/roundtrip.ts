/** Helpers for the round-trip tests: the parts of a document a re-export is expected to keep. */
import { parseIdentity } from '../../../shared/domain/identity/identity.js';
import type { SieDocument } from '../../../shared/domain/sie/types.js';

function dropLines(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(dropLines);
  if (x && typeof x === 'object') {
    return Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'line' && k !== 'endLine').map(([k, v]) => [k, dropLines(v)]));
  }
  return x;
}

function byAccount<T extends { account: string }>(xs: T[]): T[] {
  return [...xs].sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0));
}

/**
 * The document without line numbers and without the header fields the writer always sets itself
 * (#FLAGGA, #PROGRAM, #FORMAT, #GEN, #SIETYP, #KSUMMA); the org.nr in its normalised form, empty
 * #ORGNR/#FNAMN as absent, and #KTYP/#SRU/#ENHET in account order (the writer groups them by account).
 */
export function comparable(doc: SieDocument): unknown {
  const { flagga: _f, program: _p, format: _fo, gen: _g, sieType: _s, ksumma: _k, lineCount: _l, unknownLabels: _u, ...rest } = doc;
  const id = rest.orgnr?.raw ? parseIdentity(rest.orgnr.raw) : null;
  const orgnr = rest.orgnr && id ? { ...rest.orgnr, raw: id.ok ? id.value.display : rest.orgnr.raw } : null;
  return dropLines({
    ...rest, orgnr, companyName: rest.companyName?.value ? rest.companyName : null,
    accountTypes: byAccount(rest.accountTypes), sru: byAccount(rest.sru), units: byAccount(rest.units),
  });
}
