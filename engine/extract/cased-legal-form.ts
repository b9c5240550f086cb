/**
 * @module engine/extract/cased-legal-form
 * Legal forms that are also short words or names once folded to small letters ("AB", "AS",
 * "ASA", "AE", "IKE", "SIA", "OÜ"), so they count only as printed: in capitals (or in their own
 * mixed case: "Aps", "Oy") and ending a name after at least one word of it. The Nordic, Baltic,
 * Greek and Central European forms a fresh tester's receipts printed under their trade names
 * ("Södermalm Kaffe AB", "Grünerløkka Bakeri AS", "Kritikos Estiatoria IKE", "Smørrebrødshuset
 * Aps"): Swedish aktiebolag (AB), Norwegian aksjeselskap (AS, ASA), Danish anpartsselskab and
 * aktieselskab (ApS, A/S), Finnish osakeyhtiö (Oy, Oyj, Ab), Estonian osaühing (OÜ, read "OU"
 * where the recogniser has no Ü), Lithuanian UAB, Latvian SIA, Greek AE, EPE, IKE (dotted or not),
 * Hungarian Kft., Zrt., Nyrt., Bt., Slovenian/Croatian d.o.o., Romanian S.R.L. and SRL.
 * Forms that are no word in any language served (ApS, A/S, Oyj, d.o.o., Kft., Zrt.) are also in
 * the folded list of ./supplier.ts (LEGAL_FORM_WORDS).
 */

/** One of the cased forms (see the module comment), as printed. */
const CASED_FORM = String.raw`(?:AB|AS|ASA|A\/S|ApS|APS|Aps|Oy|OY|Oyj|OYJ|Ab|AE|A\.E\.|EPE|E\.P\.E\.|IKE|I\.K\.E\.|OÜ|OU|UAB|SIA|d\.o\.o\.?|D\.O\.O\.?|Kft\.?|KFT\.?|Zrt\.?|ZRT\.?|Nyrt\.?|NYRT\.?|Bt\.?|S\.R\.L\.?|SRL)`;

/** A cased legal form ending a text, after a word of two letters or more and a space ("Kaffe AB", "Oy Ab" after a name). */
const CASED_FORM_AT_END = new RegExp(String.raw`\p{L}{2}[\p{L}.'’-]*\s+(?:${CASED_FORM}\s+)?${CASED_FORM}[\s.,]*$`, 'u');
/** A cased legal form and nothing else ("AB", "Oy Ab"). */
const CASED_FORM_ONLY = new RegExp(String.raw`^\s*${CASED_FORM}(?:\s+${CASED_FORM})?[\s.,]*$`, 'u');

/**
 * Whether `text` (as read, not folded) ends in a cased legal form after a word of the name
 * ("Södermalm Kaffe AB", "Kanto Food Ventures Oy Ab"). "Such as", "Abc ab" do not: the form
 * must be printed in its case.
 */
export function casedLegalFormAtEnd(text: string): boolean {
  return CASED_FORM_AT_END.test(text);
}

/** Whether `text` (as read) is a cased legal form alone ("AB", "ApS", "Oy Ab"). */
export function casedLegalFormOnly(text: string): boolean {
  return CASED_FORM_ONLY.test(text);
}
