import { useEffect, useRef } from 'react';

/**
 * The year-end document's HTML, shown apart from the app: parsed (never run), scripts, frames and
 * event attributes removed, and rendered in its own shadow root so its styles stay inside. The
 * page's CSP forbids inline styles, so the document's <style> text becomes a constructed sheet
 * (CSSOM, which the CSP allows).
 */
export function DocumentView({ html, label }: { html: string; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    // The <style> text is taken out before parsing: even an inert parsed document reports it to the CSP.
    const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '').join('\n');
    const doc = new DOMParser().parseFromString(html.replace(/<style[^>]*>[\s\S]*?<\/style>/gi, ''), 'text/html');
    doc.querySelectorAll('script, style, link, meta, base, iframe, frame, object, embed, form').forEach((e) => e.remove());
    doc.querySelectorAll('*').forEach((el) => {
      for (const a of [...el.attributes]) if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value) || a.name === 'style') el.removeAttribute(a.name);
    });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css.replace(/@page[^{]*\{[^}]*\}/g, '').replace(/(^|[\s,}])body(?=[\s{,.:])/g, '$1.doc-body'));
    root.adoptedStyleSheets = [sheet];
    const body = document.createElement('div');
    body.className = 'doc-body';
    body.append(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
    root.replaceChildren(body);
  }, [html]);
  return <div ref={ref} className="doc-frame" role="document" aria-label={label} tabIndex={0} data-testid="year-end-document" />;
}
