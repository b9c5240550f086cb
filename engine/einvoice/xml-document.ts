/**
 * @module engine/einvoice/xml-document
 * Parses an e-invoice's XML with fast-xml-parser, guarded: at most MAX_EINVOICE_XML_BYTES, no
 * DOCTYPE (so no DTD entity can be declared, let alone expanded: only XML's five predefined
 * entities and character references are decoded, with bounded expansion), at most 100 nested
 * elements, well-formedness checked by the parser's validator first and every reference by
 * badReference (the validator lets &foo; and &#99999999; through); a declared encoding this
 * service cannot decode is refused rather than read as UTF-8. Namespace prefixes are
 * dropped (`ram:ID` -> `ID`): UBL and CII name their elements distinctly enough within one
 * document, and producers choose prefixes freely. Every value stays a string (no number
 * guessing: "0012" is an id, "12.50" an amount the mappers convert themselves).
 *
 * Also the small readers the syntax mappers walk the tree with (`child`, `children`, `text`,
 * `attr`, `path`), which accept the element names of several versions of a syntax at each step.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { appError, quoteInput } from '../../schemas/errors.ts';

/** Largest e-invoice XML read (bytes): a real one with thousands of lines is a few MB. */
export const MAX_EINVOICE_XML_BYTES = 10 * 1024 * 1024;

/** A parsed element: child elements by local name (one or an array), `@_name` attributes, `#text`. */
export type XNode = { [name: string]: XValue };
export type XValue = string | XNode | XValue[];

export interface XmlDocument {
  /** Local name of the root element: `Invoice`, `CreditNote`, `CrossIndustryInvoice`, ... */
  root: string;
  node: XNode;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // The DOCTYPE is refused before parsing, so only &amp; &lt; &gt; &quot; &apos; and &#...; remain.
  processEntities: { enabled: true, maxTotalExpansions: 100_000, maxExpandedLength: MAX_EINVOICE_XML_BYTES },
  // XML's own five named entities only (no HTML names); an object here also turns on &#...; decoding
  htmlEntities: { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' } as unknown as boolean,
  maxNestedTags: 100,
});

/** The text of `bytes` by its BOM or its declared encoding (UTF-8 when neither says). */
export function decodeXml(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 200).toString('latin1');
  const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  let label = 'utf-8';
  if (declared) {
    try {
      label = new TextDecoder(declared).encoding;
    } catch {
      // an XML processor must refuse a document in an encoding it cannot read (XML 1.0, 4.3.3)
      throw appError('EINVOICE_MALFORMED', { reason: `it declares the encoding ${quoteInput(declared.slice(0, 40))}, which this service cannot read` });
    }
  }
  return new TextDecoder(label).decode(bytes); // strips a UTF-8 BOM
}

/**
 * The first reference in `xml` (outside CDATA sections, comments and processing instructions)
 * that XML 1.0 does not allow without a DTD: an ampersand that starts no reference, a named
 * entity other than the five predefined ones (&nbsp;, &foo;: no DTD may declare them here), or a
 * character reference to no character XML allows (section 2.2: &#0;, a surrogate, past U+10FFFF).
 * Returns its line (1-based) and text, or null when every reference is well-formed.
 */
export function badReference(xml: string): { line: number; text: string } | null {
  const blanked = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, (m) => m.replace(/[^\n]/g, ' '));
  for (const m of blanked.matchAll(/&(#x[0-9a-fA-F]+;|#\d+;|[A-Za-z_][\w.-]*;)?/g)) {
    const ref = m[1];
    const at = () => ({ line: blanked.slice(0, m.index).split('\n').length, text: xml.slice(m.index!, m.index! + Math.min(20, m[0].length || 1)) });
    if (!ref) return at();
    if (ref[0] !== '#') {
      if (!['amp;', 'lt;', 'gt;', 'quot;', 'apos;'].includes(ref)) return at();
      continue;
    }
    const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2, -1), 16) : Number(ref.slice(1, -1));
    const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) return at();
  }
  return null;
}

/**
 * Parses `bytes` as XML (see the module comment). Errors: AppError EINVOICE_TOO_LARGE (413),
 * EINVOICE_DOCTYPE and EINVOICE_MALFORMED (422).
 */
export function parseXml(bytes: Buffer): XmlDocument {
  if (bytes.length > MAX_EINVOICE_XML_BYTES) throw appError('EINVOICE_TOO_LARGE', { bytes: bytes.length, max: MAX_EINVOICE_XML_BYTES });
  const xml = decodeXml(bytes);
  if (/<!DOCTYPE/i.test(xml)) throw appError('EINVOICE_DOCTYPE');
  const ref = badReference(xml);
  if (ref) throw appError('EINVOICE_MALFORMED', { reason: `line ${ref.line}: ${quoteInput(ref.text)} is no reference XML allows without a DTD` });
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw appError('EINVOICE_MALFORMED', { reason: `line ${valid.err.line}: ${valid.err.msg}`.slice(0, 160) });
  let tree: XNode;
  try {
    tree = parser.parse(xml) as XNode;
  } catch (e) {
    throw appError('EINVOICE_MALFORMED', { reason: (e instanceof Error ? e.message : String(e)).slice(0, 160) });
  }
  const root = Object.keys(tree).find((k) => !k.startsWith('@_') && k !== '#text');
  const node = root ? tree[root] : undefined;
  if (!root || node === undefined || Array.isArray(node)) throw appError('EINVOICE_MALFORMED', { reason: 'no single root element' });
  return { root, node: typeof node === 'string' ? { '#text': node } : node };
}

/** Each of the names in turn: the first that is present. */
const pick = (n: XNode | undefined, names: readonly string[]): XValue | undefined => {
  if (!n) return undefined;
  for (const name of names) if (n[name] !== undefined) return n[name];
  return undefined;
};

const asNode = (v: XValue): XNode => (typeof v === 'string' ? { '#text': v } : Array.isArray(v) ? asNode(v[0] ?? '') : v);

/** Every child element called one of `names` (a syntax's versions may name it differently). */
export function children(n: XNode | undefined, ...names: string[]): XNode[] {
  const v = pick(n, names);
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map(asNode);
}

/** The first child element called one of `names`. */
export function child(n: XNode | undefined, ...names: string[]): XNode | undefined {
  return children(n, ...names)[0];
}

/**
 * Walks a path of steps from `n`, each step a name or a list of alternative names, taking the
 * first element at each step: `path(doc, ['ExchangedDocument', 'HeaderExchangedDocument'], 'ID')`.
 */
export function path(n: XNode | undefined, ...steps: (string | readonly string[])[]): XNode | undefined {
  let at = n;
  for (const s of steps) at = child(at, ...(typeof s === 'string' ? [s] : s));
  return at;
}

/** The trimmed text of an element, null when absent or empty. */
export function text(n: XNode | undefined): string | null {
  if (!n) return null;
  const t = n['#text'];
  const s = typeof t === 'string' ? t.trim() : '';
  return s === '' ? null : s;
}

/** An attribute's value, null when absent. */
export function attr(n: XNode | undefined, name: string): string | null {
  const v = n?.[`@_${name}`];
  return typeof v === 'string' ? v : null;
}

/** A decimal element's value (EN 16931 amounts, quantities, percentages), null when absent or not a number. */
export function decimal(n: XNode | undefined): number | null {
  const s = text(n);
  if (s === null || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  return Number(s);
}
