/**
 * Heavy and native packages (sharp, pdfjs-dist, @napi-rs/canvas, heic-decode) are loaded only when
 * a receipt is read, so the CLI and every other command start fast. The specifier goes through a
 * variable so the CLI bundler leaves the import to Node at run time.
 */
const cache = new Map<string, Promise<unknown>>();

export function lazyImport<T>(specifier: string): Promise<T> {
  let p = cache.get(specifier);
  if (!p) cache.set(specifier, (p = import(/* @vite-ignore */ specifier)));
  return p as Promise<T>;
}
