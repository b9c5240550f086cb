/**
 * @module engine/extract/tax-id-line
 * A tax registration number printed after the tax word ("BTW NL066077413B01", "SST ID:
 * W10-1808-32000123", "IVA: ESB12345678", "TVA FR 12345678901"): the line names the tax but
 * prints no tax amount, and its figure (or the figure of the line below it) is never the tax.
 * A registration number is a run of at least six digits with letters among or right before them
 * (EU VAT numbers: a country prefix, then digits, Council Directive 2006/112/EC art. 215;
 * Malaysia's SST number "W10-1808-32000123"), or of nine digits or more (dashes allowed), not
 * followed by a decimal part: a date (eight digits at most) or a whole tax amount in a currency
 * without cents ("VAT 125000") is none.
 */

/**
 * The rule above as a pattern on a line's text (folded or not), for the tax-line exclusions
 * matchAny runs: letters then digits ("nl066077413b01", "esb12345678", "fr 12345678901"),
 * digits with letters among them ("066077413b01"), or nine digits or more ("123-456-78-90").
 */
export const TAX_REGISTRATION = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?:` +
    String.raw`(?=\p{L}{1,4}(?:[\p{L}\-/]*\d){6})\p{L}{1,4}\d[\d\p{L}\-/]*` +
    String.raw`|(?=\p{L}{2}[\s-](?:[\-/]?\d){6})\p{L}{2}[\s-]\d[\d\p{L}\-/]*` +
    String.raw`|(?=(?:[\-/]?\d){6}[\d\-/]*\p{L})\d[\d\-/]*\p{L}[\d\p{L}\-/]*` +
    String.raw`|(?=(?:[\-/]?\d){9})\d[\d\-/]*` +
    String.raw`)(?![.,]?\d)`,
  'iu',
);
