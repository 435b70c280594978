/** Printing helpers for the year-end documents (HTML text, whole kronor). */

const NBSP = '\u00a0';

/**
 * Whole kronor with NBSP thousands and a real minus sign.
 * @example kronor(-1234567) // '−1 234 567'
 */
export function kronor(x: number | null): string {
  if (x === null) return '–';
  const s = String(Math.abs(x)).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return x < 0 ? `\u2212${s}` : s;
}

/** A percent string '42.1' as '42,1 %'. */
export function percent(p: string): string {
  return `${p.replace('-', '\u2212').replace('.', ',')}${NBSP}%`;
}

/** Escapes text for HTML element content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Paragraphs from text with blank-line breaks. */
export function paragraphs(s: string): string {
  return s.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => `<p>${esc(p)}</p>`).join('\n');
}

export const PRINT_CSS = `
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #111; line-height: 1.35; }
h1 { font-size: 22pt; margin: 0 0 6mm; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; break-before: page; }
h2.first { break-before: auto; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; }
th, td { padding: 1mm 2mm; vertical-align: top; }
th { text-align: left; border-bottom: 1px solid #444; font-weight: 600; }
td.n, th.n { text-align: right; white-space: nowrap; }
tr.sum td { border-top: 1px solid #444; font-weight: 600; }
tr.head td { font-weight: 600; padding-top: 3mm; }
.cover { margin-top: 60mm; text-align: center; }
.cover p { font-size: 12pt; margin: 2mm 0; }
.sig { display: inline-block; width: 45%; margin: 14mm 4% 0 0; border-top: 1px solid #444; padding-top: 1mm; }
.muted { color: #555; }
`;
