/**
 * @module engine/extract/class-summary-row
 * A tax summary row that names a tax class or the tax after an amount or sales word: "Kwota PTU A
 * 23% 7,88", "Kwota A 23,00% 1,60", "Sprzed. opodatk. A 42,15" (a Polish paragon's tax and sales
 * per class, its labels abbreviated), "Suma PTU 8,95", "Betrag B 7% 0,70", "Total TVA 5,5% 1,20":
 * never an item, in any language. The word alone ("Kwota 12,00") is ./bare-summary.ts's; a name
 * holding a letter and a rate ("Vitamin C 20% 3,99") opens with no such word and is an item.
 * Source: a fresh tester's Polish paragon photo, whose four class rows came back as items.
 */

/** Amount and sales words that open a summary row (PL, EN, DE, FR, ES, IT, NL, PT, CS, HU, SV). */
const LABEL = String.raw`(?:sprzed(?:a[żz]?)?\.?\s*opod(?:atk(?:owana)?)?\.?|kwota|suma|razem|amount|total|sales|betrag|summe|montant|importe|importo|imponibile|bedrag|valor|[čc][áa]stka|[öo]sszeg|summa|belopp)`;
/** The tax's name after it. */
const TAX = String.raw`(?:ptu|vat|tax|mwst|ust|tva|iva|btw|moms|dph|[áa]fa|gst)`;
/** The class letter, in brackets or not, an equals sign or colon after it. */
const CLASS = String.raw`[(\[]?[A-H][)\]]?\s?[=:]?`;
const RATE = String.raw`\d{1,2}(?:[.,]\d{1,3})?\s?%`;
/** The label, then the tax word, a class letter or both, a rate or none, then a figure. */
const ROW = new RegExp(String.raw`^\W*${LABEL}\s*(?:${TAX}\s*(?:${CLASS}\s*)?|${CLASS}\s*)(?:${RATE}\s*)?[:=]?\s*-?\d`, 'iu');

/** Whether `text` (a row's text) is a tax summary row naming a class or the tax after an amount or sales word. */
export function classSummaryRow(text: string): boolean {
  return ROW.test(text);
}
