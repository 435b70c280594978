/**
 * Finds SQL built from strings in TypeScript source: template literals whose text reads as SQL
 * and that interpolate `${…}` (or any interpolating template handed straight to
 * prepare/exec/pragma), string concatenation onto SQL text, and kysely's escape hatches
 * (`sql.raw`, `sql.lit`, `sql.id`) fed with anything but a literal. A small scanner, not a
 * parser: it walks the source once, skipping comments and ordinary strings, and reads template
 * literals with their nested `${}` expressions.
 */
export interface Finding {
  file: string;
  line: number;
  kind: 'template' | 'concat' | 'kysely-raw';
  text: string;
  /** The interpolated expressions of a template finding. */
  exprs: string[];
}

const SQL = /\b(SELECT\s|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER|VIEW)|DROP\s|ALTER\s+TABLE|PRAGMA\s|ATTACH\s|VACUUM|WHERE\s|ORDER\s+BY|GROUP\s+BY|EXPLAIN)/;

/** Reads a template literal starting at `i` (the backtick); returns its end and raw text. */
function readTemplate(src: string, i: number): { end: number; text: string; interpolates: boolean; exprs: string[] } {
  let j = i + 1;
  let interpolates = false;
  const exprs: string[] = [];
  while (j < src.length) {
    const c = src[j];
    if (c === '\\') j += 2;
    else if (c === '`') return { end: j + 1, text: src.slice(i, j + 1), interpolates, exprs };
    else if (c === '$' && src[j + 1] === '{') {
      interpolates = true;
      const end = skipExpression(src, j + 2);
      exprs.push(src.slice(j + 2, end - 1).trim());
      j = end;
    } else j++;
  }
  return { end: j, text: src.slice(i), interpolates, exprs };
}

function skipExpression(src: string, j: number): number {
  let depth = 1;
  while (j < src.length && depth > 0) {
    const c = src[j];
    if (c === '`') j = readTemplate(src, j).end;
    else if (c === "'" || c === '"') j = skipString(src, j);
    else {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      j++;
    }
  }
  return j;
}

function skipString(src: string, i: number): number {
  const q = src[i];
  let j = i + 1;
  while (j < src.length && src[j] !== q && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
  return j + 1;
}

const lineAt = (src: string, i: number) => src.slice(0, i).split('\n').length;

/** Every place in `src` where SQL is assembled from strings. */
export function scanSource(file: string, src: string): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    const n = src[i + 1];
    if (c === '/' && n === '/') i = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i);
    else if (c === '/' && n === '*') i = src.indexOf('*/', i + 2) < 0 ? src.length : src.indexOf('*/', i + 2) + 2;
    else if (c === '`') {
      const t = readTemplate(src, i);
      const direct = /\.(pragma|prepare|exec)\(\s*$/.test(src.slice(Math.max(0, i - 20), i));
      if (t.interpolates && (direct || SQL.test(t.text))) out.push({ file, line: lineAt(src, i), kind: 'template', text: t.text, exprs: t.exprs });
      i = t.end;
    } else if (c === "'" || c === '"') {
      const end = skipString(src, i);
      const s = src.slice(i, end);
      const after = src.slice(end, end + 40);
      const before = src.slice(Math.max(0, i - 40), i);
      if (SQL.test(s) && (/^\s*\+/.test(after) || /\+\s*$/.test(before))) out.push({ file, line: lineAt(src, i), kind: 'concat', text: s.slice(0, 160), exprs: [] });
      i = end;
    } else {
      const m = /^sql\.(raw|lit|id)\(\s*([^'"`)])/.exec(src.slice(i, i + 30));
      if (m && (i === 0 || !/[\w.]/.test(src[i - 1] as string))) out.push({ file, line: lineAt(src, i), kind: 'kysely-raw', text: src.slice(i, src.indexOf(')', i) + 1).slice(0, 160), exprs: [] });
      i++;
    }
  }
  return out;
}
