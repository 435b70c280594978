/**
 * A small DTD validator for flat documents such as eSKD files, used because xmllint is not
 * installed on the build machines. It reads `<!ELEMENT>` content models (sequence, choice, ?, *, +,
 * #PCDATA) and `<!ATTLIST … #FIXED>` from the DTD text and checks a document against them:
 * well-formedness (fast-xml-parser), root element, each element declared, children in the
 * declared order and count, no child elements inside #PCDATA, attributes declared and fixed ones equal.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface Dtd {
  models: Map<string, string>;
  attributes: Map<string, Map<string, string | null>>; // element → attribute → fixed value (null = any)
}

export function parseDtd(text: string): Dtd {
  const models = new Map<string, string>();
  for (const m of text.matchAll(/<!ELEMENT\s+(\S+)\s+([^>]+)>/g)) models.set(m[1]!, m[2]!.trim());
  const attributes = new Map<string, Map<string, string | null>>();
  for (const m of text.matchAll(/<!ATTLIST\s+(\S+)\s+(\S+)\s+\S+\s+(#FIXED\s+"([^"]*)"|[^>]*)>/g)) {
    const el = attributes.get(m[1]!) ?? new Map<string, string | null>();
    el.set(m[2]!, m[4] ?? null);
    attributes.set(m[1]!, el);
  }
  return { models, attributes };
}

/** Content model → RegExp over the children's names, each followed by ','. */
function modelRegExp(model: string): RegExp | 'pcdata' {
  if (/#PCDATA/.test(model)) return 'pcdata';
  const tokens = model.match(/[A-Za-z_][\w.-]*|[(),|?*+]/g) ?? [];
  const src = tokens.map((t) => (t === '(' ? '(?:' : t === ',' ? '' : /^[(),|?*+]$/.test(t) || t === ')' ? t : `(?:${t},)`)).join('');
  return new RegExp(`^${src}$`);
}

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

function nameOf(node: Node): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

export function validateAgainstDtd(xml: string, dtd: Dtd, root: string): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: true });
  const doc = (parser.parse(xml) as Node[]).filter((n) => !nameOf(n).startsWith('?'));
  const problems: string[] = [];
  if (doc.length !== 1 || nameOf(doc[0]!) !== root) problems.push(`root must be ${root}`);
  const visit = (node: Node, path: string): void => {
    const name = nameOf(node);
    const model = dtd.models.get(name);
    if (!model) { problems.push(`${path}: ${name} is not declared`); return; }
    const declared = dtd.attributes.get(name) ?? new Map<string, string | null>();
    for (const [a, v] of Object.entries(node[':@'] ?? {})) {
      if (!declared.has(a)) problems.push(`${path}: attribute ${a} is not declared`);
      else if (declared.get(a) !== null && declared.get(a) !== v) problems.push(`${path}: ${a} must be "${declared.get(a)}"`);
    }
    const children = (node[name] as Node[]).filter((c) => nameOf(c) !== '#text');
    const re = modelRegExp(model);
    if (re === 'pcdata') {
      if (children.length > 0) problems.push(`${path}: ${name} holds text only`);
      return;
    }
    const seq = children.map((c) => `${nameOf(c)},`).join('');
    if (!re.test(seq)) problems.push(`${path}: children ${seq || '(none)'} do not match ${model}`);
    children.forEach((c, i) => visit(c, `${path}/${nameOf(c)}[${i}]`));
  };
  for (const n of doc) visit(n, nameOf(n));
  return problems;
}
