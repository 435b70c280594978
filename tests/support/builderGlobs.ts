/** electron-builder's file globs, as far as build/electron-builder.json uses them: `**`, `*`, later patterns win, `!` excludes. */
export function globRe(g: string): RegExp {
  const re = g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/?/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '(?:.*/)?');
  return new RegExp(`^${re.replace(/\(\?:\.\*\/\)\?$/, '.*')}$`);
}

/** Whether `file` (relative to the app root, with /) is selected by the ordered patterns. */
export function matches(patterns: readonly string[], file: string): boolean {
  let inc = false;
  for (const g of patterns) {
    const neg = g.startsWith('!');
    if (globRe(neg ? g.slice(1) : g).test(file)) inc = !neg;
  }
  return inc;
}
