/**
 * @module engine/extract/items
 * Line items from the rows between the item header (or the top) and the first total: a row
 * ends with money; its numbers are read right to left as amount, unit price, quantity when
 * quantity x unit price = amount confirms it (or when one number is a small whole count).
 * A quantity clause a scan reads glued or with a look-alike times sign ("4x15.04", "4 k 15.04")
 * counts when its product makes the amount (./quantity-clause.ts), and so does a measured quantity
 * times a price per unit ("39,47 L x 7,494 lei/L 295,79", ./measured-quantity.ts), and hours or a
 * measure with decimals times a unit price ("7,5 h x 620,00 4 650,00", "4.5 × 210.00 945.00",
 * ./decimal-quantity.ts: a unit word marks the quantity, a price sign the unit price); such a clause
 * ends the description, whatever figures the description holds before it ("Unicum 0,5l 1x1 841").
 * An amount glued to its tax class letter ("2177A") is read (./class-letter-apart.ts). On a page
 * of whole money a clause's unit price may group its thousands with a space, and an amount a wide
 * gap split ("2   725") is one when the clause before it makes it. A last row that is the sum of
 * the items above it, its label unread, is their subtotal (withoutSubtotalRow).
 * Without a header row the items start after the shop's header: its top fifth at most, less when
 * a rule line, the date or a header field (Cashier, Receipt No...) ends it earlier, or earlier when
 * only the items from an earlier line add up to the subtotal or total printed below them.
 * A row with no description of its own (a code and figures) takes the text line above it.
 * On an invoice a text line under a description, starting where it starts, wraps it (whole
 * numbers in it or not, header or not), and a row with a short code of its own keeps it. A total
 * carried from one page to the next is no item and ends no table (./carried-forward.ts).
 * Nothing is filled in that the row does not print: tax, net and discount stay null.
 *
 * When the header row names its columns (Qty / Menge / Qté, Unit price / Einzelpreis / Prix
 * unitaire, Amount / Betrag / Montant, VAT % ...), each figure of a row is given to the header
 * column it sits under (word boxes: the header cell whose x-range is nearest), so a quantity
 * of 3 and a price of 12.00 are read as such even when they do not multiply to the amount (a
 * discount, a rounding). A quantity x unit price = amount check still runs when a column is empty.
 * A row printing its net value and then its gross amount, its rate making one the other ("3 szt.
 * 189,00 23% 567,00 697,41"), takes the pair making the net value (./net-before-gross.ts).
 * A whole figure ending the name ("Modell Ergo 5", "size 44", "(box 12)") stays in it when the
 * figures after it account for the row's columns, by their product or by the header's cells
 * (./figure-ending-name.ts), and so does one inside the name left of the figure columns, "4. Auflage,
 * 3  49,90" (./figure-before-column.ts); a size or count ending a till's name, a column gap before the amount
 * ("FREE RANGE EGGS 12    £3.29"), stays in it too (./size-ending-name.ts); so does a bottle's size its
 * litre's l read as a 1, "Coca Cola 0,51 1,99" (./size-figure-in-name.ts). A weighed row's weight to
 * the gram is its quantity, "0,500 18,90 9,45", its decimal comma read as a thousands group or not
 * (./quantity-first.ts, ./weighed-quantity.ts). A count before a name opening with an apostrophe
 * word, "2 L'Or Espresso 4,10 8,20", is the row's count (./name-opening.ts); a discount's row, its
 * word misread ("0isc -20.97", ./discounts.ts) or a promotion's zero row under its words, no item.
 */
import { slippedSummaryRow } from '../parse/slipped-summary-word.ts';
import type { ReceiptItem } from '../../schemas/results.ts';
import { amountsIn, fold, keyword, matchAny, spanBox, type DocLine, type PlacedAmount } from '../parse/lines.ts';
import { findDates } from '../parse/dates.ts';
import { gluedToCode } from './date-glued-to-code.ts';
import { rateSectionSubtotal } from '../parse/rate-section-subtotal.ts';
import { DISCOUNT_LABELS, NET_LABELS, TAX_LABELS, TOTAL_LABELS } from './amount-roles.ts';
import { discountRow, discountSumRow, discountWords } from './discounts.ts';
import { lineDiscountBetweenItems } from './line-discount.ts';
import { joinedDiscountRow, lineDiscountOfLineAbove } from './named-discount.ts';
import { carriedForward } from './carried-forward.ts';
import { quantityClause, type QuantityClause } from './quantity-clause.ts';
import { classRates } from '../derive/tax-classes.ts';
import { leadingMeasure, measuredQuantity } from './measured-quantity.ts';
import { labelledMeasure, labelsMeasure } from './labelled-measure.ts';
import { coverCount } from './cover-count.ts';
import { trailingCount } from './trailing-count.ts';
import { packSize } from './pack-size.ts';
import { classLetterApart, gluesMarksToCents } from './class-letter-apart.ts';
import { bareSummaryRow } from './bare-summary.ts';
import { classSummaryRow } from './class-summary-row.ts';
import { moneyDecimals } from '../parse/minor-unit.ts';
import { clauseOfItemAbove } from './quantity-below-item.ts';
import { namesBelowClauses } from './name-below-clause.ts';
import { nameWithoutTaxCode } from './code-row.ts';
import { quantityCountLine } from './quantity-count-line.ts';
import { percentFigure, printedRates, rateApart } from './rate-beside-amount.ts';
import { dateIntoAmount } from './date-into-amount.ts';
import { quantityFirst } from './quantity-first.ts';
import { makesToTheCent, pairMakingTotal, unitPriceFirst } from './price-quantity-order.ts';
import { unitMarkedPair } from './unit-marked-pair.ts';
import { decimalQuantity, measureOpensRow, unitMarksQuantity } from './decimal-quantity.ts';
import { leadingCount } from './leading-count.ts';
import { blockCountsFirst, damagedLeadingCount } from './damaged-leading-count.ts';
import { dottedClause } from './dotted-clause.ts';
import { unitOnly, withoutLeadingUnit } from './unit-word.ts';
import { rateColumnStart } from './rate-column-before-amount.ts';
import { skipWordInName } from './skip-word-in-name.ts';
import { nameOnSameRow } from './name-on-same-row.ts';
import { ROUNDING_LABELS } from '../parse/rounding-labels.ts';
import { billCharge } from '../parse/charge-labels.ts';
import { APPROXIMATE_TAX_LABELS } from './approximate-tax.ts';
import { figureInName } from './figure-in-name.ts';
import { bareRateFigures, netBeforeGross } from './net-before-gross.ts';
import { figureBeforeColumns } from './figure-before-column.ts';
import { figureEndsName } from './figure-ending-name.ts';
import { figureBeforePrice } from './figure-before-price.ts';
import { sizeEndsName } from './size-ending-name.ts';
import { nameAfterOpeningClause } from './clause-opens-row.ts';
import { damagedCountLine } from './damaged-count.ts';
import { withoutLeadingClassMark } from '../parse/leading-class-mark.ts';
import { mendedLetters } from '../parse/letter-digit-slips.ts';
import { withoutStrayPunctuation } from './stray-punctuation.ts';
import { withoutItemNumbers } from './item-sequence-number.ts';
import { markNote } from './mark-note.ts';
import { JAPANESE_CHANGE, JAPANESE_TENDERED } from '../parse/japanese-tender-words.ts';
import { withoutReducedRateWord } from '../parse/reduced-rate-word.ts';
import { opensName } from './name-opening.ts';
import { weighedPair } from './weighed-quantity.ts';
import { sizeFigureInName } from './size-figure-in-name.ts';
import { sizeOpensName } from './size-opening-name.ts';
import { mendedSignFirstLine, signFirstRows, withoutSignFirstRate } from '../parse/sign-first-rates.ts';

const HEADER = [
  'description', 'item', 'items', 'qty', 'quantity', 'unit price', 'price', 'amount', 'beschreibung', 'bezeichnung', 'menge', 'einzelpreis', 'désignation', 'quantité',
  'omschrijving', 'aantal', 'descripción', 'cantidad', 'precio', 'importe', 'descrizione', 'quantità', 'prezzo', 'importo', 'descrição', 'quantidade', 'preço',
  'nazwa', 'ilość', 'cena', 'wartość', 'prijs', 'bedrag', 'prix', 'montant', 'betrag', 'rate',
  // Czech, Hungarian, Romanian, Swedish, Danish, Finnish
  'popis', 'množství', 'megnevezés', 'mennyiség', 'egységár', 'denumire', 'cantitate', 'preț', 'beskrivning', 'antal', 'pris', 'beskrivelse', 'kuvaus', 'määrä', 'hinta',
].map((k) => keyword(k));
/** A row holding a class letter alone ("A"), as OCR sets a discount's mark apart from its row. */
const LONE_MARK = /^\s*[A-Z]\s*$/;
const STOP = ['total', 'subtotal', 'sub total', 'sub-total', 'summe', 'totaal', 'subtotaal', 'montant', 'tax', 'gst', 'vat', 'rounding', 'cash', 'change', 'payment', 'balance', 'discount', 'ust', 'mwst', 'tva', 'btw', 'steuer', 'amount due', 'service charge', 'positionssumme', 'zwischensumme', 'nettosumme', 'warensumme', 'rechnungssumme',
  // a Polish fiscal receipt's sales per tax class ("Sprzedaż opodatkowana A 27,57"; an eighteenth tester's slip listed them as items)
  'sprzedaż opodatkowana', 'sprzedaz opodatkowana',
  // a Japanese or Chinese till's subtotal ("小計 ¥1,086", "小计"; its total, "合計", is among the total labels)
  '小計', '小计',
  // and its cash handed over and change, お預り / お釣り (../parse/japanese-tender-words.ts)
  ...JAPANESE_TENDERED, ...JAPANESE_CHANGE,
  // and a Korean till's subtotal and total ("소계 24,460", "합계 24,460")
  '소계', '합계'].map((k) => keyword(k));
// (a cash rounding in any language served, "Rundung -0.02", "Öresavrundning -0,12": never an item, ../parse/rounding-labels.ts)
STOP.push(...ROUNDING_LABELS);
/**
 * A summary row (net, tax, total, discount in any language the amount roles know: "Nettobetrag",
 * "Base imponible", "IVA 21%", "Taxable Value", "IGST 18%", "Razem netto") is never an item,
 * wherever it sits: the label must open the row, before its first figure.
 */
const SUMMARY = [...STOP, ...TOTAL_LABELS.filter((re) => !['amount', 'montant', 'importe', 'betrag'].some((w) => re.test(w))), ...NET_LABELS, ...TAX_LABELS, ...DISCOUNT_LABELS];
function summaryRow(l: DocLine): boolean {
  // (the amount, payment and change words that are ordinary words too, on a row of their own: "IMPORTE 26,90", "TARJETA 26,90")
  if (bareSummaryRow(l)) return true;
  // (its label misread by one letter, "Gubtotal : 15.90": ../parse/slipped-summary-word.ts)
  if (slippedSummaryRow(l.text)) return true;
  // (a tax class or the tax named after an amount or sales word, "Kwota PTU A 23% 7,88", "Sprzed. opodatk. A 42,15": ./class-summary-row.ts)
  if (classSummaryRow(l.text)) return true;
  // (Brazil's approximate taxes, "Valor aprox. dos tributos R$ 3,45 (Fonte: IBPT)", printed above the total too: ./approximate-tax.ts)
  if (matchAny(l.text, APPROXIMATE_TAX_LABELS as RegExp[])) return true;
  const m = matchAny(l.text, SUMMARY);
  if (!m) return false;
  const first = amountsIn(l).filter((a) => !/^\s?%/.test(l.text.slice(a.end)))[0];
  return !first || m.start < first.start && !/\p{L}{3,}/u.test(l.text.slice(0, m.start).replace(/^\s*\d+\s+/, '').replace(/\b(?:zzgl|inkl|plus|incl|excl)\b\.?/gi, ''));
}
/**
 * A row that ends the items: a summary word (total, tax, cash...) before its first figure. A tax
 * word after a figure is an item row's tax category ("43,20 3 Std 19 % VAT (S) 129,60").
 */
function stopsAt(l: DocLine): boolean {
  const m = matchAny(l.text, STOP);
  if (!m) return false;
  const first = amountsIn(l)[0];
  return !first || m.start < first.start || !TAX_WORD_AFTER.test(l.text.slice(m.start));
}
const TAX_WORD_AFTER = /^(?:vat|tax|gst|ust|mwst|tva|btw|steuer)\b/i;
/**
 * Whether a line prints a date: one that is no article code's digits glued to its letters
 * ("HD03-04-06 - 5/40/160", "CK11-22-31", a till's shelf code printed between an item's name and
 * its price row, which would end the item's name there; ./date-glued-to-code.ts).
 */
function printsDate(text: string): boolean {
  // (nor a count and its unit price a speck joined, "2.12.99 25.98": ./dotted-clause.ts)
  const dotted = dottedClause(text, null);
  return findDates(text).some((d) => !gluedToCode(text, d.start) && !dateIntoAmount(text, d) && !(dotted && d.start < dotted.end && d.end > dotted.start));
}

/** Initials joined by an ampersand, a brand's name ("L&P 1.5L", "A&W Root Beer", "M&M's"): a word of a description. */
const BRAND_INITIALS = /(?<![\p{L}\d])\p{Lu}\s?&\s?\p{Lu}(?![\p{L}\d])/u;
/**
 * The label of a tax registration number ("VAT/TaX ID: 13441577", "GST Reg No 123", "VAT No."):
 * its whole number is no money, even on a page of whole money, and the line ends no items.
 */
const TAX_ID_LABEL = /\b(?:vat|tax|gst|ust|mwst|tva|btw)(?:\s*\/\s*\p{L}+)?\.?\s*(?:id|no|nr|reg|number)\b/iu;
const SKIP = ['tel', 'fax', 'date', 'time', 'invoice', 'receipt', 'cashier', 'page', 'gst id', 'reg', 'table', 'server'].map((k) => keyword(k));

export interface PlacedItem { item: ReceiptItem; line: DocLine }

/**
 * `columns`: read figures by the header columns they sit under (invoices). `wholeMoney`: the
 * page's currency prints whole amounts (../parse/minor-unit.ts: yen, forint...), so whole numbers
 * are money too; the items are then kept only when they prove it (wholeItemsHold). `wholeBySum`
 * (with `wholeMoney`): the page names no such currency and prints no cents, so only the items'
 * sum proves its whole numbers money: they must add up to a figure of the summary below them.
 */
export interface ItemOptions { columns?: boolean; wholeMoney?: boolean; wholeBySum?: boolean }

/**
 * Whole-number items kept on a page whose currency prints whole amounts: every item's quantity
 * times its unit price is its total, or the items add up to a figure of the summary below them
 * (`sums`: net, total). Otherwise a date's, a reference's or a quantity's whole number could pass
 * for a price.
 */
function wholeItemsHold(items: PlacedItem[], sums: number[], bySum = false, classes: () => Map<string, number> = () => new Map()): boolean {
  if (!items.length) return false;
  if (bySum) return addsUp(items, sums);
  const product = ({ item: x }: PlacedItem) => x.quantity != null && x.unitPrice != null && x.totalAmount != null && Math.abs(x.quantity * x.unitPrice - x.totalAmount) < 0.5;
  const priced = items.every(product);
  // (or every row a quantity clause's product or a price ending with a class letter the page's class
  // table prints, "Kenyér 1kg 899 A" under "A 5% 1 673 84 1 757": a till's tax class follows a price,
  // so the figure before it is money whatever a misread price does to the sum, ../derive/tax-classes.ts)
  const marked = (x: PlacedItem) => { const m = CLASS_MARK_END.exec(x.line.text); return !!m && classes().has(m[1]); };
  return priced || addsUp(items, sums) || (items.length >= 2 && items.some(marked) && items.every((x) => product(x) || marked(x)));
}

/** A row ending with a class letter after a figure: "Csoki 549 B". */
const CLASS_MARK_END = /\d\s+([A-HLSVZ])\s*$/;

type Col = 'qty' | 'unit' | 'amount' | 'rate' | 'desc';
const COLS: [Col, RegExp[]][] = [
  ['unit', ['unit price', 'price per unit', 'unit cost', 'einzelpreis', 'stückpreis', 'nettopreis', 'prix unitaire', 'prix unit', 'p.u.', 'pu ht', 'stukprijs', 'prezzo unitario', 'precio unitario', 'rate', 'price', 'preis', 'prix', 'prijs', 'precio', 'prezzo', 'preço', 'cena'].map((x) => keyword(x))],
  ['qty', ['qty', 'quantity', 'menge', 'anzahl', 'qté', 'qte', 'quantité', 'aantal', 'quantità', 'cantidad', 'quantidade', 'ilość', 'units', 'hours', 'hrs', 'pcs'].map((x) => keyword(x))],
  ['rate', ['vat %', 'tax %', 'vat rate', 'tax rate', 'ust. %', 'ust %', 'mwst %', 'steuersatz', 'taux de tva', 'tva %', 'btw %', 'vat', 'tva', 'mwst', 'ust', 'btw', 'gst', 'tax'].map((x) => keyword(x))],
  ['amount', ['line total', 'net amount', 'nettobetrag', 'entgelt', 'gesamtpreis', 'gesamt', 'betrag', 'montant ht', 'montant', 'total ht', 'amount', 'total', 'bedrag', 'importe', 'importo', 'sum', 'summe'].map((x) => keyword(x))],
  ['desc', ['description', 'bezeichnung', 'beschreibung', 'désignation', 'designation', 'libellé', 'article', 'artikel', 'omschrijving', 'descripción', 'descrizione', 'item', 'items', 'product', 'service', 'leistung'].map((x) => keyword(x))],
];
interface Column { col: Col; x0: number; x1: number }

/** The named columns of a header row with their x-ranges; null unless a quantity, price or amount column is among two or more. */
export function headerColumns(line: DocLine): Column[] | null {
  const text = line.text;
  const taken: [number, number][] = [];
  const out: Column[] = [];
  for (const [col, res] of COLS) {
    for (const re of res) {
      const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
      let m: RegExpExecArray | null;
      let found = false;
      const folded = fold(text);
      while ((m = g.exec(folded))) {
        const a = m.index, b = m.index + m[0].length;
        if (taken.some(([x, y]) => a < y && b > x)) continue;
        taken.push([a, b]);
        const box = spanBox(line, a, b);
        out.push({ col, x0: box.x, x1: box.x + box.w });
        found = true;
        break;
      }
      if (found) break;
    }
  }
  const roles = new Set(out.map((c) => c.col));
  if (roles.size < 2 || !(roles.has('qty') || roles.has('unit') || roles.has('amount'))) return null;
  return out.sort((a, b) => a.x0 - b.x0);
}

/** The header column a figure sits under: the nearest x-range (0 when they overlap), within two widths of the figure. */
function columnOf(cols: Column[], box: { x: number; w: number }): Col | null {
  let best: Column | null = null;
  let bestD = Infinity;
  for (const c of cols) {
    const d = Math.max(0, c.x0 - (box.x + box.w), box.x - c.x1);
    if (d < bestD) { bestD = d; best = c; }
  }
  return best && bestD <= Math.max(box.w * 2, 30) ? best.col : null;
}

/** A figure with four decimals under the unit price column of `cols`: its value and place, or null. */
function fourDecimalUnitPrice(l: DocLine, cols: Column[]): { value: number; start: number } | null {
  for (const m of l.text.matchAll(/(?<![\d.,])(\d{1,7})[.,](\d{4})(?![\d.,])/g)) {
    if (columnOf(cols, spanBox(l, m.index!, m.index! + m[0].length)) === 'unit') return { value: Number(`${m[1]}.${m[2]}`), start: m.index! };
  }
  return null;
}

/**
 * An item's name as its row prints it, without an article number of six digits or more opening it
 * and without a tax mark glued before its first letter ("*Kombucha 16oz": a US or Australian till's
 * taxable item, ../derive/taxed-mark-legend.ts; the mark is the item's tax category, EN 16931 BT-151,
 * no word of its name, BT-153).
 */
function descriptionOf(text: string): string {
  return text.replace(/^\s*\d{6,}\s*/, '').replace(/^\s*[*※＊★☆](?=\p{L})/u, '').replace(/\s{2,}/g, ' ').trim();
}

/**
 * `opts` (ItemOptions): `columns` reads figures by the header columns they sit under (invoices). Receipts keep the
 * right-to-left reading until their own tests cover it: a receipt's item sum steers its total.
 */
export function extractItems(lines: DocLine[], stopAt?: DocLine, opts: ItemOptions = {}): PlacedItem[] {
  const whole = !!opts.wholeMoney;
  // (a Turkish rate whose % sign a scan read as an 8, "EKMEK 350G 81 *10,00" under "81 112,90 1,13", put back: ../parse/sign-first-rates.ts)
  const signRows = signFirstRows(lines.map((l) => l.text).join('\n'));
  const pageLines = signRows.length ? lines.map((l) => mendedSignFirstLine(l, signRows)) : lines;
  // (a count of what was bought, "Item(s) : 5 Qty(s) : 6", "No. Items: 2 No. Qtys: 2", names two
  // columns' words too, with a figure after each colon: it closes the items, it heads none)
  let start = pageLines.findIndex((l) => {
    const hits = HEADER.filter((re) => re.test(fold(l.text))).length;
    // (and so does a pump's labelled line, "Litros 32,15 Precio/L 1,245 Importe 40,03": ./labelled-measure.ts)
    // (nor does a note explaining an item mark, "* indicates reduced tax rate item": ./mark-note.ts)
    return hits >= 2 && !/:\s*\d/.test(l.text) && !labelsMeasure(l.text) && !markNote(l.text);
  });
  // (a discount with its negative figure, "Member Disc -0.50", "Rabatt -0,50" under an item, is
  // no item and ends none: the items go on below it; a total carried to the next page, "Suma y
  // sigue", "Suma z przeniesienia", ends no table either; nor does a pump's labelled line, "Volume 32,15
  // Prix/L 1,245 Montant 40,03", whose amount word is a total's)
  // (nor does a discount that names the item above it, or is its printed percentage of it, its minus lost: "Rabatt Milch 0,50",
  // "DISC 20% COKE 5.00" under "COKE 500ML 25.00", ./named-discount.ts)
  // (or a summary row whose figure the reader split off onto the line under it, a line of no letter: "合計" over "¥928")
  // (not a discount's words over its figure, "Rabatt Milch" over "-0,50": the items go on under it)
  const figureBelow = (i: number) => !!pageLines[i + 1] && !/\p{L}/u.test(pageLines[i + 1].text) && !amountsIn(pageLines[i]).length && !discountWords(pageLines[i].text) && amountsIn(pageLines[i + 1]).some((a) => moneyDecimals(a, whole));
  const endsItems = (l: DocLine, i: number) => (stopsAt(l) || summaryRow(l)) && !discountRow(l) && !lineDiscountOfLineAbove(l, pageLines[i - 1], whole) && !labelsMeasure(l.text) && !TAX_ID_LABEL.test(fold(l.text)) && (amountsIn(l).some((a) => moneyDecimals(a, whole)) || figureBelow(i)) && !carriedForward(l, NaN);
  let end = stopAt ? pageLines.indexOf(stopAt) : pageLines.findIndex((l, i) => i > start && endsItems(l, i));
  const cols = opts.columns && start >= 0 ? headerColumns(pageLines[start]) : null;
  // (a rate section's subtotal, "Total 0% supplies: 23.83", whose figure is the sum of the items
  // since the last one, with an item row under it: the next rate's section follows, ../parse/rate-section-subtotal.ts)
  // (the first section's items are the last rows above it that add up to it: without a header row the shop's lines come first)
  for (let from = start + 1; !stopAt && end > from; ) {
    const row = rateSectionSubtotal(pageLines[end].text);
    const sub = row?.value ?? null;
    // (the row's words may run on to a line of their own, "Total 0% suppli 18.08" / "lies:")
    const k = end + 1 + (pageLines[end + 1] && !/\d/.test(pageLines[end + 1].text) ? 1 : 0);
    const next = pageLines[k];
    if (sub === null || !next || endsItems(next, k) || !amountsIn(next).some((a) => moneyDecimals(a, whole))) break;
    // (a section per rate: another rate's subtotal closes a later section; a lone "Total Amt Incl GST @ 6% : 7.42"
    // is the bill's total, and the row under it, "Rounding Adjustment (0.01)" as OCR misspells it, no item)
    if (!pageLines.slice(k).some((l) => { const r = rateSectionSubtotal(l.text); return !!r && Math.abs(r.rate - row!.rate) > 1e-9; })) break;
    const section = itemsOfRows(pageLines.slice(from, end), cols, opts, start >= 0 ? pageLines[start] : null).map((x) => x.item.totalAmount ?? NaN);
    const sums = section.map((_, k) => section.slice(k).reduce((s, v) => s + v, 0));
    if (!(from === start + 1 ? sums : sums.slice(0, 1)).some((v) => Math.abs(v - sub) < 0.005)) break;
    from = end + 1;
    const after = pageLines.findIndex((l, i) => i > end && endsItems(l, i));
    end = after;
  }
  const stop = end < 0 ? pageLines.length : end;
  // (the class letters the page's class table prints, read once when asked: ../derive/tax-classes.ts)
  let classTable: Map<string, number> | null = null;
  const classes = () => (classTable ??= classRates(pageLines.map((l) => l.text).join('\n')));
  const sums = end < 0 ? [] : pageLines.slice(end, end + 6).flatMap((l) => amountsIn(l).filter((a) => moneyDecimals(a, whole)).map((a) => a.value));
  if (start >= 0) {
    const rows = withoutSubtotalRow(itemsOfRows(pageLines.slice(start + 1, stop), cols, opts, pageLines[start]), sums);
    return whole && !wholeItemsHold(rows, sums, opts.wholeBySum, classes) ? withoutSubtotalRow(itemsOfRows(pageLines.slice(start + 1, stop), cols, { ...opts, wholeMoney: false }, pageLines[start]), sums) : rows;
  }
  // a page of whole money: the items read with cents when they add up to the summary, else the
  // whole items that prove themselves (wholeItemsHold), else the items read with cents ("0,5l" in
  // "Unicum 0,5l 1x1 841 1 841 B" is no price of its own)
  let withCents: PlacedItem[] = [];
  if (whole) {
    withCents = extractItems(lines, stopAt, { ...opts, wholeMoney: false });
    if (withCents.length && addsUp(withCents, sums)) return withCents;
  }
  // without a header row, the shop's header comes first: the top fifth at most, and less when a
  // header line ends it earlier (a rule line, the date, the cashier: a long receipt's top fifth
  // reaches into its items); the line at that index is the first candidate, not a header to skip
  const fifth = Math.max(0, Math.floor(stop * 0.2));
  const marks = pageLines.slice(0, fifth).map((l, i) => (headerMark(l) ? i : -1)).filter((i) => i >= 0);
  const first = marks.length ? marks[marks.length - 1] + 1 : fifth;
  const rows = itemsOfRows(pageLines.slice(first, stop), null, opts);
  const out = withoutSubtotalRow(rows, sums);
  // items that do not add up to a figure of the summary below them (subtotal, net, total) while
  // the items from an earlier line do: those are the items (a header with no rule, date or cashier
  // line to end it); the nearest such start wins
  // (whole figures of the shop's header read as items, a tax number's or a receipt number's, "RUT:
  // 76.123.456-7", "Boleta Nº 123456": the items are the rows after them that add up)
  if (whole) {
    const held = [...out.keys()].map((k) => out.slice(k)).find((rest) => wholeItemsHold(rest, sums, opts.wholeBySum, classes));
    // (no summary row read at all, its label unknown, "GOKEI ¥482", "HAPGYE 16,000": the row that
    // is the sum of the items above it is their total)
    return held ?? (end < 0 && !stopAt ? itemsOverBareTotal(rows) : null) ?? withCents;
  }
  if (!sums.length || addsUp(out, sums)) return out;
  for (let s = first - 1; s >= 0; s--) {
    const more = itemsOfRows(pageLines.slice(s, stop), null, opts);
    if (more.length > out.length && addsUp(more, sums)) return more;
  }
  return out;
}

/**
 * On a page of whole money, a row's amount whose thousands a wide gap set apart, read as two
 * figures ("Paprika 1x2 725 2   725 B": 2 and 725): its first group (1–3 digits, a speck of a dot
 * after it at most) and the last figure (exactly three digits) with only spaces between them are
 * one amount when a quantity clause before them makes it (count x whole unit price,
 * ./quantity-clause.ts). `money`: the row's money figures, left to right. Gives the amount, its
 * first group's figure and the clause, or null.
 */
function amountApart(l: DocLine, money: PlacedAmount[]): { value: number; head: PlacedAmount; clause: QuantityClause } | null {
  const last = money[money.length - 1], head = money[money.length - 2];
  if (!head || head.decimals !== 0 || last.decimals !== 0 || !/^\d{1,3}\.?$/.test(head.text) || !/^\d{3}$/.test(last.text) || !/^\.?\s+$/.test(l.text.slice(head.end, last.start))) return null;
  const value = head.value * 1000 + last.value;
  const clause = quantityClause(l.text.slice(0, head.start), value, true);
  return clause ? { value, head, clause } : null;
}

/**
 * The pack size ending the name in `before` (a row's text before its amount, ./pack-size.ts), or
 * null when there is none or its count is a quantity: the count times a figure of `am` after it
 * makes `amount` (within a cent per hundred).
 */
function packOf(text: string, before: string, am: PlacedAmount[], amount: number): { start: number; end: number } | null {
  const pack = packSize(before);
  if (!pack) return null;
  const count = /^\d+(?=\s?\p{L})/u.exec(text.slice(pack.start, pack.end));
  const after = am.filter((a) => a.start >= pack.end).map((a) => a.value);
  if (count && after.slice(0, -1).some((f) => Math.abs(Number(count[0]) * f - amount) < 0.011 * Math.max(1, Math.abs(amount) / 100))) return null;
  return pack;
}

/**
 * A line that is an item's name and nothing else: words, no money figure, and no summary,
 * discount, header field (Tel, Cashier...), date or rule line.
 */
function nameOnlyLine(l: DocLine, whole: boolean): boolean {
  return /\p{L}{3,}/u.test(l.text) && !amountsIn(l).some((a) => moneyDecimals(a, whole)) && !quantityCountLine(l.text) && !summaryRow(l) && !discountRow(l) && !matchAny(l.text, SKIP) && !headerMark(l);
}

/**
 * The next item's row as a line discount above it sees it (./line-discount.ts): `below` itself, or,
 * when `below` is the next item's name alone over its price row ("LOOSE CARROTS" over "0.684 kg @
 * £0.95/kg 0.65 D", "Bananas" over "1.128 kg @ $3.90/kg $4.40"), the two read as one row, the
 * price row's place and figures with the name's words. A summary under the name is no price row.
 */
function nameOverPriceRow(rows: DocLine[], below: DocLine | undefined, whole: boolean): DocLine | undefined {
  if (!below || !nameOnlyLine(below, whole)) return below;
  const price = rows[rows.indexOf(below) + 1];
  if (!price || price.page !== below.page || summaryRow(price) || discountRow(price) || !amountsIn(price).some((a) => moneyDecimals(a, whole) && a.value > 0)) return below;
  return { ...price, text: `${below.text.trim()} ${price.text.trim()}`, words: [...below.words, ...price.words] };
}

/** A line that belongs to a receipt's header, never to its items: a rule line, a date, a header field (Tel, Cashier, Receipt...) without a price. */
function headerMark(l: DocLine): boolean {
  return RULE_LINE.test(l.text) || findDates(l.text).length > 0 || (!!matchAny(l.text, SKIP) && !amountsIn(l).some((a) => a.decimals === 2));
}
/** A printed rule: five or more dashes, equals signs, underscores, stars, tildes or dots and nothing else. */
const RULE_LINE = /^\s*(?:[-=_*~.#+]\s?){5,}$/;

/**
 * The items without a last row that is their subtotal, its label unknown or misread ("Nett6
 * osszesen 1 780 259" under five items): a row that proves no quantity, under two items or more,
 * whose amount is the sum of the items above it within a cent, while the items with it add up to
 * no figure of the summary below (`sums`). A last item that happens to cost what the items above
 * it cost together would make the items with it add up to the summary's total.
 */
function withoutSubtotalRow(items: PlacedItem[], sums: number[]): PlacedItem[] {
  if (items.length < 3) return items;
  const last = items[items.length - 1].item;
  const above = items.slice(0, -1);
  const sum = above.reduce((s, x) => s + (x.item.totalAmount ?? 0), 0);
  if (last.quantity != null || last.totalAmount == null || Math.abs(last.totalAmount - sum) >= 0.011 || addsUp(items, sums)) return items;
  return above;
}

/**
 * The items above a row that is their sum, on a page where no summary row was read (its total's
 * label unknown to the rules: "GOKEI ¥482" under "ONIGIRI SAKE 324 *" and "GREEN TEA 158"): of
 * `rows` read as items to the page's end, the first row (no quantity of its own, two rows or more
 * above it) whose amount is the sum of the rows from some earlier row down to it, within a cent;
 * the rows from the earliest such start are the items, the sum row and all below it none. Null
 * when no row is such a sum.
 */
function itemsOverBareTotal(rows: PlacedItem[]): PlacedItem[] | null {
  for (let k = 2; k < rows.length; k++) {
    const bare = rows[k].item;
    if (bare.quantity != null || bare.totalAmount == null || bare.totalAmount <= 0) continue;
    for (let s = 0; s <= k - 2; s++) {
      if (addsUp(rows.slice(s, k), [bare.totalAmount])) return rows.slice(s, k);
    }
  }
  return null;
}

/** Whether the items' amounts add up to one of `figures` within a cent. */
function addsUp(items: PlacedItem[], figures: number[]): boolean {
  const sum = items.reduce((s, x) => s + (x.item.totalAmount ?? 0), 0);
  return items.length > 0 && figures.some((f) => Math.abs(f - sum) < 0.011);
}

/** The amount of `row` when it may be an item line (no summary row): its last money figure, else null. */
function nextItemTotal(row: DocLine | undefined, whole: boolean): number | null {
  if (!row || summaryRow(row)) return null;
  const l = rateApart(classLetterApart(row), new Set());
  const money = amountsIn(l).filter((a) => moneyDecimals(a, whole) && !percentFigure(l.text, a));
  return money.length ? money[money.length - 1].value : null;
}

/**
 * A quantity row ending with its class letter whose total a photo's line split set alone on the
 * line under it: "2 x 3.89 B" over "7.78" (the letter is the row's, ../derive/tax-classes.ts reads
 * it). The clause, when the row under it holds a figure alone that is the count times the unit
 * price (to the cent); null otherwise.
 */
function markedClauseOverTotal(text: string, next: DocLine | undefined, whole: boolean): QuantityClause | null {
  // (the letter or a speck read beside it: "2 x 429 BA")
  const m = /^(.*\d)\s+[A-Z]{1,2}\s*$/.exec(text);
  if (!m || !next || /\p{L}/u.test(next.text)) return null;
  const clause = quantityClause(m[1], null) ?? (whole ? quantityClause(m[1], null, true) : null);
  const money = amountsIn(next).filter((a) => moneyDecimals(a, whole));
  return clause && money.length === 1 && Math.abs(clause.quantity * clause.unitPrice - money[0].value) < 0.005 ? clause : null;
}

/**
 * The item of a pump's labelled line (./labelled-measure.ts), named by the text before its litres
 * or else by `above` (the text line over it, "GASOLINA 95"); null when `l` is no such line or
 * nothing names it.
 */
function labelledPumpItem(l: DocLine, whole: boolean, above: DocLine | null): ReceiptItem | null {
  const last = amountsIn(l).filter((a) => moneyDecimals(a, whole)).pop();
  const measure = last ? labelledMeasure(l.text, last) : null;
  if (!last || !measure) return null;
  const own = descriptionOf(l.text.slice(0, measure.start));
  const description = /\p{L}{2,}/u.test(own) ? own : above ? descriptionOf(above.text) : null;
  return description ? { quantity: measure.quantity, description, totalAmount: last.value, unitPrice: measure.unitPrice, taxAmount: null, netAmount: null, discountAmount: null } : null;
}

/** The items of `rows` (the lines between a table's header, or the shop's header, and its first total), read as extractItems says. */
function itemsOfRows(rows: DocLine[], cols: Column[] | null, opts: ItemOptions, header: DocLine | null = null): PlacedItem[] {
  const whole = !!opts.wholeMoney;
  // (whether the header row prints its price column before its quantity column; null when it names not both)
  const unitFirst = unitPriceFirst(cols ?? (header ? headerColumns(header) : null));
  const out: PlacedItem[] = [];
  const rates = printedRates(rows);
  // (whether the block's rows open with their count, "2 NASI LEMAK AYAM ...": ./damaged-leading-count.ts)
  const countsFirst = blockCountsFirst(rows.map((r) => r.text));
  let pendingText: DocLine | null = null;
  // a line that is only a quantity and a unit price ("2 x 3,69", printed above its item on
  // European tills) is no item: it gives the next line its quantity and unit price
  let pendingQty: { q: number; u: number } | null = null;
  // amount cells printed a little off their row's baseline, read as lines of their own (taken by the row above)
  const taken = new Set<DocLine>();
  // with named columns, a description wrapped onto text lines under it, starting where it starts
  // ("TGA" / "Obermonteur/Monteur", "Beamer-" / "Deckenhalterung"); a line the next row takes as
  // its own description (a description printed above its figures) is given back to that row
  let wrapping: { item: ReceiptItem; page: number; x: number; y: number; lines: number } | null = null;
  let wrapped: { item: ReceiptItem; before: string; line: DocLine } | null = null;
  // quantity lines printed above their names, the line total on the quantity line ("2 @ 17.99 35.98" over "COKE 330ML"): ./name-below-clause.ts
  // (and rows of codes and figures, the name under them, "2105 2 8.48 16.96 SR" over "PAINT ROLLER": ./code-row.ts;
  // over the first row, a column heading or a labelled figure, "MEMBER: 1370042", "FRI-SAT:1000 HRS", names none)
  const namesBelow = namesBelowClauses(rows, (r) => nameOnlyLine(r, whole), whole, (r) => HEADER.some((re) => re.test(fold(r.text))) || /:\s*\d/.test(r.text));
  // (a till gluing its UK class marks to prices with pence, "CRISPS 1.20Z", glues them to a whole price too, "PEANUTS 5Z": ./class-letter-apart.ts)
  const wholeMarked = !whole && gluesMarksToCents(rows);
  // (a heading naming a quantity column, "Qty", "Menge": a figure before the price counts there)
  const qtyHeading = !!header && COLS.find(([c]) => c === 'qty')![1].some((re) => re.test(fold(header.text)));
  for (const [i, row] of rows.entries()) {
    if (taken.has(row)) continue;
    // (an amount glued to its tax class letter, "2177A": ./class-letter-apart.ts)
    // (an amount glued to its rate, "6,9010%": ./rate-beside-amount.ts)
    const l = rateApart(classLetterApart(row, wholeMarked), rates);
    const lastWrap = wrapped;
    wrapped = null;
    // (a total carried from one page to the next is no item either, ./carried-forward.ts)
    // a pump's line naming its litres, price per litre and amount ("Litros 32,15 Precio/L 1,245
    // Importe 40,03"), the grade before them or on the line above: ./labelled-measure.ts
    const pumped = labelledPumpItem(l, whole, pendingText);
    if (pumped) { out.push({ item: pumped, line: row }); pendingText = null; pendingQty = null; wrapping = null; continue; }
    const skipWord = matchAny(l.text, SKIP);
    // (a discount row between two item rows takes its money off the item above: ./line-discount.ts)
    // (the row below it being the next item's; a class letter OCR set apart on a row of its own, "A", is passed over)
    const below = nameOverPriceRow(rows, rows.slice(i + 1).find((r) => !LONE_MARK.test(r.text)), whole);
    if (lineDiscountBetweenItems(l, out[out.length - 1], rows[i - 1], below, whole)) { pendingText = null; pendingQty = null; wrapping = null; continue; }
    // (and so does one printed on two lines, its words over the product's name and its figure, "PROMO DISC 10%" over
    // "INASAL -33.00", or over its figure alone, "Rabatt Milch" over "-0,50": one discount row, never an item of its own, ./named-discount.ts)
    const joined = i > 0 ? joinedDiscountRow(rows[i - 1], l, whole) : null;
    if (joined) {
      lineDiscountBetweenItems(joined, out[out.length - 1], rows[i - 2], below, whole);
      pendingText = null; pendingQty = null; wrapping = null;
      continue;
    }
    // (a service charge or a tip, "Servizio 12% 1,74", "Bedienung 2,10", is a charge on the bill,
    // EN 16931 BG-21, no goods line: ../parse/charge-labels.ts billCharge)
    // (the count of units sold, "Total Qty: 3", "Tota Qty. 3": ./quantity-count-line.ts)
    if ((skipWord && !skipWordInName(l, skipWord.start)) || printsDate(l.text) || quantityCountLine(l.text) || summaryRow(l) || discountRow(l) || discountSumRow(l) || billCharge(l.text) || carriedForward(l, out.reduce((s, x) => s + (x.item.totalAmount ?? 0), 0))) { pendingText = null; pendingQty = null; wrapping = null; continue; }
    // (a measured quantity alone on its line, "39,47 L x 7,494 lei/L": ./measured-quantity.ts)
    // (or under its item, when it makes that item's total and not the next one's: ./quantity-below-item.ts)
    const above = i > 0 && out[out.length - 1]?.line === rows[i - 1] ? out[out.length - 1].item : null;
    // (its count misread as a letter, "N X 1,39": the count the arithmetic makes certain, ./damaged-count.ts)
    // (on a page of whole money, its unit price whole too, "3 x 1,500" above a Korean or Japanese till's item: ./quantity-clause.ts)
    const qtyLine = quantityClause(l.text, null) ?? (whole ? quantityClause(l.text, null, true) : null) ?? measuredQuantity(l.text, null) ?? decimalQuantity(l.text, null) ?? damagedCountLine(l.text, nextItemTotal(rows[i + 1], whole), above?.totalAmount ?? null)
      ?? markedClauseOverTotal(l.text, rows[i + 1], whole);
    if (qtyLine && clauseOfItemAbove(qtyLine, above, nextItemTotal(rows[i + 1], whole))) { above!.quantity = qtyLine.quantity; above!.unitPrice = qtyLine.unitPrice; pendingQty = null; continue; }
    if (qtyLine) { pendingQty = { q: qtyLine.quantity, u: qtyLine.unitPrice }; continue; }
    const qtyAbove = pendingQty;
    pendingQty = null;
    const am = amountsIn(l).filter((a) => !percentFigure(l.text, a));
    const money = am.filter((a) => moneyDecimals(a, whole));
    if (!money.length) {
      if (/\p{L}{3,}/u.test(l.text)) pendingText = l;
      const w = wrapping;
      // (whole numbers in it are its own: "Size 42, colour blue", "Art.-Nr. 12345")
      if (w && w.lines < 2 && (!am.length || /\p{L}{3,}/u.test(l.text)) && /\p{L}{2,}/u.test(l.text) && !/:\s*$/.test(l.text) && l.page === w.page
        && Math.abs(l.box.x - w.x) <= Math.max(4, 0.5 * l.box.h) && l.box.y > w.y && l.box.y - w.y <= 1.8 * l.box.h) {
        const before = w.item.description ?? '';
        wrapped = { item: w.item, before, line: l };
        w.item.description = /\p{L}-$/u.test(before) ? before + l.text.trim() : `${before} ${l.text.trim()}`;
        w.lines++;
        w.y = l.box.y;
      } else wrapping = null;
      continue;
    }
    // a quantity column left of the description: the description starts after it ("1 Kingston SSD ... 29,37")
    // or a position number: a whole number first, then words ("1 Toolbox Stahlcoil 100,00 10 850,00")
    const leadsText = am.length > 1 && am[0].decimals === 0 && !/\p{L}/u.test(l.text.slice(0, am[0].start));
    // (or a count and its times sign before the name, "2 x Coperto 2,00 4,00"; or a point after it,
    // "1. Radler 4,20 4,20 B", a scan's speck or a position's number, two of them, "1.. st Räksmörgås": a
    // quantity only where a product proves it, below)
    // (or a quantity with decimals and its unit opening the row, "42,5 tim Konsultation 1 150,00 48 875,00": ./decimal-quantity.ts)
    // (only when it times a figure after it makes the row's amount: a size opening a name, "0,5 l Bier 3,50", stays the name's)
    const rowAmount = money[money.length - 1].value;
    const measureName = am.length > 2 && am[0].decimals > 0 && am[0].start <= l.text.search(/\S/)
      && am.slice(1, -1).some((b) => Math.abs(am[0].value * b.value - rowAmount) < 0.011 * Math.max(1, Math.abs(rowAmount) / 100)) ? measureOpensRow(l.text) : null;
    const lead = measureName !== null || (leadsText && ((cols && columnOf(cols, am[0].box) === 'qty') || opensName(l.text.slice(am[0].end, am[1].start)))) ? am[0] : null;
    const dottedLead = !!lead && /^[.·]{1,2}\s*\p{L}/u.test(l.text.slice(lead.end));
    // a whole figure inside the name ("Empanada de carne (2) 7,00", "Pizza 4 formaggi 9,50":
    // ./figure-in-name.ts) is text, unless under a figure column or times another figure makes the amount
    const last = money[money.length - 1];
    // (a row printing its net value before its gross amount, the rate making one the other: its
    // quantity and unit price make the net value, ./net-before-gross.ts)
    // (its rate printed bare under a rate heading, "Sazba DPH" over "21", is one of its whole figures: ./net-before-gross.ts bareRateFigures)
    const net = netBeforeGross(money.slice(0, -1), last.value, [...amountsIn(l).filter((a) => percentFigure(l.text, a)).map((a) => a.value), ...(whole ? [] : bareRateFigures(am))], whole);
    const makes = (x: number, y: number) => [last, net].some((m) => !!m && Math.abs(x * y - m.value) < 0.011 * Math.max(1, Math.abs(m.value) / 100));
    // (or a size or count ending a till's name, set apart from the row's amount by a column gap, no
    // figure between them: "FREE RANGE EGGS 12    £3.29", ./size-ending-name.ts)
    // (or a size opening an invoice line's name, "6.6 kW solar panel system 1 5,990.00 10% 5,990.00": ./size-opening-name.ts)
    const named = new Set(am.filter((a) => a.end <= last.start && a !== lead && (figureInName(l.text, a) || sizeEndsName(l, a, am.find((b) => b.start >= a.end) === last ? last : null) || sizeOpensName(l.text, a, am, last))
      && !(cols && [null, 'desc'].every((c) => columnOf(cols, a.box) !== c))
      && !am.some((b) => b !== a && b !== last && b !== net && b.end <= last.start && makes(a.value, b.value))));
    // a whole figure ending the name ("Modell Ergo 7", "size 44", "(box 12)") when the figures after
    // it account for the row's columns, by their product or by the header's cells: ./figure-ending-name.ts
    const nameCols = cols ? { of: (box: PlacedAmount['box']) => columnOf(cols, box), figuresFrom: Math.min(...cols.filter((c) => c.col !== 'desc').map((c) => c.x0)) } : null;
    for (const a of am) {
      if (a === lead || named.has(a) || a.end > last.start) continue;
      if (figureEndsName(l, a, am.filter((b) => b.start >= a.end), net ? [last, net] : [last], whole, nameCols)) named.add(a);
      // (a number inside the name, left of the figure columns, the figures after it under the
      // quantity and price or amount cells: "4. Auflage,   3   49,90", ./figure-before-column.ts)
      else if (nameCols && figureBeforeColumns(l, a, am, nameCols)) named.add(a);
    }
    // (a whole figure between the name and the row's one price, no times sign between them, a pack's count or a size, "PARACETAMOL 16 0.79 Z": ./figure-before-price.ts)
    if (!cols && !whole && !qtyHeading) for (const a of am) if (a !== lead && !named.has(a) && figureBeforePrice(l, a, am, last)) named.add(a);
    // (a size its unit letter misread, "Coca Cola 0,51 1,99" for 0,5l, when the figures after it make the row: ./size-figure-in-name.ts)
    const sized = cols ? null : am.find((a) => a !== lead && !named.has(a) && a.end <= last.start);
    if (sized && sizeFigureInName(l.text, sized, am.filter((b) => b.start >= sized.end && b.end <= last.start && b !== net), last.value)) named.add(sized);
    // with named columns, a number printed under the description column (an article number) is text
    const figures = am.filter((a) => a !== lead && !named.has(a) && !(cols && a.decimals === 0 && columnOf(cols, a.box) === 'desc'));
    // a unit price with four decimals ("43,2000", as EN 16931 allows) is no amount to the parser
    // (three decimals are a thousands group): under a unit price column it is the unit price
    const fine = cols ? fourDecimalUnitPrice(l, cols) : null;
    const figure = figures[0] ?? am[am.length - 1];
    // a quantity clause the figures do not show, glued or misread on a scan ("4x15.04", "4 k 15.04",
    // ./quantity-clause.ts): it is no part of the description, and gives the quantity if none is read below
    const lastMoney = money[money.length - 1];
    // on a page of whole money, a whole unit price grouped with spaces ("1x1 841 1 841 B"); a
    // measured quantity times a price per unit ("39,47 L x 7,494 lei/L 295,79": ./measured-quantity.ts)
    const before0 = l.text.slice(0, lastMoney.start);
    // (or a price per unit and a quantity with the same unit, either order, no sign: "1,659 €/l 42,30 l 70,18", ./unit-marked-pair.ts)
    // (or a quantity with decimals, hours or a measure, times its unit price: "7,5 h x 620,00 4 650,00", ./decimal-quantity.ts)
    const measured = measuredQuantity(before0, lastMoney) ?? leadingMeasure(before0, lastMoney) ?? unitMarkedPair(before0, lastMoney) ?? decimalQuantity(before0, lastMoney);
    const apart = whole ? amountApart(l, money) : null;
    const clause = measured ?? quantityClause(before0, lastMoney.value) ?? dottedClause(before0, lastMoney.value) ?? (whole ? quantityClause(before0, lastMoney.value, true) : null) ?? apart?.clause ?? null;
    const firstFig = fine && fine.start < figure.start ? fine : figure;
    // (which of two figures is the quantity: the one a unit word follows, not the one a price sign
    // follows, "1,50 Std 65,00", "85,00 €/h 2,50" (./decimal-quantity.ts); else by their decimals, ./quantity-first.ts)
    const qFirst = (x: PlacedAmount, y: PlacedAmount) => unitMarksQuantity(l.text, x, y) ?? quantityFirst(x, y);
    // (a clause that makes the amount ends the description, whatever figures the description
    // holds before it: a size, "Unicum 0,5l 1x1 841", a grade, "Super 95 39,47 L x ...")
    // a pack size ending the name ("Eggs 12 pcs 3.49", "Tojás 10 db 1 290": ./pack-size.ts) stays in
    // the description and is no quantity, unless its count times a figure after it makes the
    // amount ("Cable 10 m 2,50 25,00": ten metres bought)
    // (a star a Turkish till prints before the price, "SU 0,5 LT *22,50", is no part of the name)
    const pack = clause ? null : packOf(l.text, before0.replace(/\s\*\s*$/, ''), am, lastMoney.value);
    const inPack = (a: PlacedAmount) => !!pack && a.start >= pack.start && a.end <= pack.end;
    const firstNum = clause ? clause : pack ? { start: pack.end } : firstFig;
    // (the litres first, "50,66 l Super E10 1,602 81,16": the name between them and the price)
    // (a clause opening the row, the name after it: "2 x 1,30 Baguette tradition 2,60", ./clause-opens-row.ts)
    const opened = clause && !(measured?.name && clause === measured) ? nameAfterOpeningClause(l.text, clause, lastMoney.start) : null;
    let desc = measured?.name && clause === measured ? descriptionOf(l.text.slice(measured.name.start, measured.name.end)) : descriptionOf(l.text.slice(opened ? opened.start : lead ? measureName ?? lead.end : 0, rateColumnStart(l, opened ? opened.end : firstNum.start)).replace(lead && !opened ? /^\s*(?:[.·]{1,2}\s*)?(?:x\s+|[×*]\s*)?/ : /$^/, '').replace(/(?:^|\s)[x@*]\s*$/i, '').replace(/\s*[※＊★☆]\s*$/u, '').replace(/(?:\b(?:EUR|USD|GBP|CHF|PLN|INR|BRL|IDR|VND|RM)|\bRp\.?|R\$|zł|€|£|₫|\$)\s*$/i, '').trim());
    // (a Japanese till's reduced-rate mark printed as a word, 軽, opening or ending the name: ../parse/reduced-rate-word.ts)
    desc = withoutReducedRateWord(desc);
    // (a Turkish rate, its sign first, between the name and the starred price, "EKMEK 350G %1 *10,00", is no word of the name: ../parse/sign-first-rates.ts)
    desc = withoutSignFirstRate(desc, l.text);
    // a description holds a word ("3pc" alone is a quantity and its unit): else the text line above,
    // unless that line wraps the item above's description and the row has letters of its own ("A4 80g")
    const ownCode = lastWrap?.line === pendingText && /\p{L}/u.test(desc);
    let clauseAbove = null;
    // (a row under a quantity line printed above it, "3 ADET X 7,50" over "SU 0,5 LT *22,50", is
    // that line's item: a short name of its own is its name, the text over the quantity line no part of it)
    const ownUnderClause = !!qtyAbove && /\p{L}{2,}/u.test(desc);
    // (a quantity clause's unit word is no name, "3 UND x S/ 1.80 5.40", "6 ks x 21,90 131,40 A":
    // ./unit-word.ts; with no text line above, a row with no name of its own (a unit word, or none
    // left once its clause took the unit, the row printing its own total) under a line read as an
    // item for a size at its end,
    // "Pivo Kozel 11 0,51" for 0,5 l, is this row's name, not an item of its own; so is it over a row
    // whose quantity clause makes its amount, the clause's unit price glued to its sign, "4 x4,29 17,16 A")
    const unitName = unitOnly(desc);
    // (and a count's unit before the name, "3 kpl Korvapuusti 11,70")
    if (lead && !unitName) desc = withoutLeadingUnit(desc);
    const sizeAbove = out[out.length - 1];
    // (not a quantity line whose name is printed under it, ./name-below-clause.ts: the item above is one of its own)
    if ((unitName || (!/\p{L}{2,}/u.test(desc) && (money.length >= 2 || !!clause))) && !pendingText && !namesBelow.has(i) && sizeAbove && sizeAbove.line === rows[i - 1] && sizeAbove.item.unitPrice === null && sizeAbove.item.totalAmount !== lastMoney.value) {
      out.pop();
      pendingText = rows[i - 1];
    }
    if ((unitName || (!/\p{L}{3,}/u.test(desc) && !ownUnderClause)) && !BRAND_INITIALS.test(desc) && pendingText && !ownCode && !namesBelow.has(i)) {
      // (its reduced-rate mark after the name, "おにぎり 鮭 ※" over "2個 X 単150 ¥300", "Onigiri Salmon *" over "@150 x 2 ¥300", is no part of it)
      desc = withoutReducedRateWord(descriptionOf(pendingText.text).replace(/(?:^|\s)\*\s*$/, '').replace(/\s*[※＊★☆]\s*$/u, '').trim());
      // (the name's line may hold the clause whose amount the figures' line prints:
      // "Tejfol 20% 1x3015" over "3 015 B")
      clauseAbove = quantityClause(pendingText.text, lastMoney.value) ?? (whole ? quantityClause(pendingText.text, lastMoney.value, true) : null);
      if (clauseAbove) desc = descriptionOf(pendingText.text.slice(0, clauseAbove.start));
      if (lastWrap?.line === pendingText) lastWrap.item.description = lastWrap.before;
    }
    // (or the name a scan split onto the next line of the same row: ./name-on-same-row.ts)
    // (before a name under a code row: a name line a scan lowered onto the row's own height is the row's, "2 90.00" / "2 QUESADILLA FLOR")
    const sameRow = !/\p{L}{3,}/u.test(desc) && !pendingText ? nameOnSameRow(l, rows[i + 1]) : null;
    if (sameRow) { desc = sameRow; taken.add(rows[i + 1]); }
    // (or the name printed under its quantity line, the block printing every quantity line above its name: ./name-below-clause.ts)
    // (a row of codes and figures, its name on one line or two under it, after its tax code, "SR: PAINT ROLLER": ./code-row.ts;
    // a count and its times sign opening the row, "2x 00009912345 6.36SR", is its quantity, ./leading-count.ts)
    const nameBelow = !sameRow ? namesBelow.get(i) : undefined;
    const countOpening = nameBelow ? /^\s*(\d{1,3})\s?[xX×](?=\s)/u.exec(l.text) : null;
    if (nameBelow) { desc = nameWithoutTaxCode(descriptionOf(nameBelow.map((n) => n.text).join(' '))); for (const n of nameBelow) taken.add(n); }
    pendingText = null;
    wrapping = null;
    // (a tax-class mark in brackets before the name, "(A) PAO DE FORMA 1,59", is the item's class, no word of its name: ../parse/leading-class-mark.ts)
    desc = withoutLeadingClassMark(desc);
    if (!/\p{L}{2,}/u.test(desc) && !BRAND_INITIALS.test(desc) && !ownCode) continue;
    // a discount's figure on the line below its words ("Multibuy saving" over "-0.50") is no item either
    if (money[money.length - 1].value < 0 && discountWords(desc)) continue;
    // (nor is a row of nothing under a discount's words, "DISCOUNT 30% EAC [ZR]" over "DIS30 1 * 0.00 0.00":
    // the till's record of a promotion, no goods; its money is on the discount's own row)
    if (money[money.length - 1].value === 0 && money.every((a) => a.value === 0) && (discountWords(desc) || (i > 0 && discountWords(rows[i - 1].text) && !amountsIn(rows[i - 1]).some((a) => moneyDecimals(a, whole) && !percentFigure(rows[i - 1].text, a))))) continue;
    // (a zero-padded number opening the row, "002 CAFE EXPRESSO 13,00", is the line's number, never its quantity: ./item-sequence-number.ts)
    const amk = am.filter((a) => !inPack(a) && !named.has(a) && !(a === lead && /^0\d/.test(a.text)));
    const nums = amk.map((a) => a.value);
    const proven = clause ?? clauseAbove;
    let total = apart && clause === apart.clause ? apart.value : money[money.length - 1].value;
    let quantity: number | null = null;
    let unitPrice: number | null = null;
    if (cols) {
      // figures under the named columns; the description ends where the first figure column starts
      const under = new Map<Col, number>();
      for (const a of am) {
        if (named.has(a)) continue;
        const c = columnOf(cols, a.box);
        if (c && c !== 'desc' && !under.has(c)) under.set(c, a.value);
      }
      const money2 = am.filter((a) => moneyDecimals(a, whole) && columnOf(cols, a.box) === 'amount');
      // (the figure the total is read from on the row, if it is on the row)
      let totalAt = lastMoney.start;
      if (money2.length) { total = money2[money2.length - 1].value; totalAt = money2[money2.length - 1].start; }
      else {
        // nothing under the amount column: a row's label and value ("Bruttopreis : 43,20") is
        // a detail of the item above, no item; else the amount cell may sit just off the row's
        // baseline (a vertically centred cell), a line of its own holding one figure under that
        // column at most 1.25 line heights below: closer than the next row
        if (/:\s*$/.test(l.text.slice(0, firstNum.start))) continue;
        const next = rows[i + 1];
        const cell = next && next.page === l.page && next.box.y - l.box.y <= 1.25 * l.box.h ? amountsIn(next) : [];
        if (cell.length === 1 && moneyDecimals(cell[0], whole) && columnOf(cols, cell[0].box) === 'amount' && !/\p{L}/u.test(next.text)) {
          total = cell[0].value;
          totalAt = Infinity;
          taken.add(next);
        }
      }
      const q = under.get('qty');
      const u = under.get('unit') ?? fine?.value;
      if (q != null && q > 0 && q < 100000) quantity = q;
      if (u != null) unitPrice = u;
      // the cells do not make the amount while one pair of the row's figures does, to the cent:
      // a photograph's figures off their header cells; the pair, in the header's order
      // (./price-quantity-order.ts)
      // (a quantity clause on the row making the amount tells them, "7,5 h x 620,00": ./decimal-quantity.ts, ./measured-quantity.ts)
      if ((quantity == null || unitPrice == null || !makesToTheCent(quantity, unitPrice, total, whole)) && measured && measured.end <= totalAt && makesToTheCent(measured.quantity, measured.unitPrice, total, whole)) {
        quantity = measured.quantity; unitPrice = measured.unitPrice;
      }
      if (quantity == null || unitPrice == null || !makesToTheCent(quantity, unitPrice, total, whole)) {
        const pair = pairMakingTotal(figures.filter((a) => a.start < totalAt && columnOf(cols, a.box) !== 'rate'), total, whole, unitFirst, qFirst)
          ?? (net && total === last.value ? pairMakingTotal(figures.filter((a) => a.start < net.start && columnOf(cols, a.box) !== 'rate'), net.value, whole, unitFirst, qFirst) : null);
        if (pair) { quantity = pair.quantity; unitPrice = pair.unitPrice; }
      }
      // (whole amounts prove their columns: quantity x unit price is the line's total, else the
      // figures are read right to left below, as a page without columns is)
      if (whole && quantity != null && unitPrice != null && Math.abs(quantity * unitPrice - total) >= 0.5) { quantity = null; unitPrice = null; }
      if (quantity != null && unitPrice != null) {
        out.push({ item: { quantity, description: desc, totalAmount: total, unitPrice, taxAmount: null, netAmount: null, discountAmount: null }, line: row });
        const first = l.words.find((w) => desc.startsWith(w.text));
        if (first) wrapping = { item: out[out.length - 1].item, page: l.page, x: first.box.x, y: l.box.y, lines: 0 };
        continue;
      }
    }
    const before = apart && clause === apart.clause ? nums.slice(0, amk.indexOf(apart.head)) : nums.slice(0, nums.lastIndexOf(total));
    if (measured && total === lastMoney.value) { quantity = measured.quantity; unitPrice = measured.unitPrice; }
    if (apart && clause === apart.clause) { quantity = apart.clause.quantity; unitPrice = apart.clause.unitPrice; }
    // (a count before its times sign on the row, "1.00 X 15.90 15.90", is the quantity: the pair
    // below would order the two figures by their decimals and take 15.90 for it)
    if (quantity === null && clause && clause !== measured && Math.abs(clause.quantity * clause.unitPrice - total) < 0.011) { quantity = clause.quantity; unitPrice = clause.unitPrice; }
    for (let i = before.length - 1; i >= 1 && quantity === null; i--) {
      for (let j = i - 1; j >= 0; j--) {
        if (Math.abs(before[i] * before[j] - total) < 0.011 * Math.max(1, Math.abs(total) / 100)) {
          // (in the header's order when it names both columns, ./price-quantity-order.ts)
          const [q, u] = (unitFirst == null ? qFirst(amk[j], amk[i]) : !unitFirst) ? [before[j], before[i]] : [before[i], before[j]];
          quantity = q; unitPrice = u;
          break;
        }
      }
    }
    // (a weight to the gram whose decimal mark was read as a thousands group, "1,234 18,90 23,32": ./weighed-quantity.ts)
    const weighed = quantity === null ? weighedPair(amk.slice(0, before.length), total) : null;
    if (weighed) { quantity = weighed.quantity; unitPrice = weighed.unitPrice; }
    // (the pair making the net value a gross amount follows, ./net-before-gross.ts)
    const netPair = quantity === null && net && total === last.value ? pairMakingTotal(figures.filter((a) => a.start < net.start), net.value, whole, unitFirst, qFirst) : null;
    if (netPair) { quantity = netPair.quantity; unitPrice = netPair.unitPrice; }
    if (quantity === null && proven && Math.abs(proven.quantity * proven.unitPrice - total) < 0.011) { quantity = proven.quantity; unitPrice = proven.unitPrice; }
    if (quantity === null && before.length === 1 && Number.isInteger(before[0]) && before[0] > 0 && before[0] < 100 && amk[0].decimals === 0 && !dottedLead) {
      quantity = before[0];
    }
    if (quantity === null && before.length === 1 && Math.abs(before[0] - total) < 0.005) { unitPrice = before[0]; }
    if (quantity === null && unitPrice === null && qtyAbove && Math.abs(qtyAbove.q * qtyAbove.u - total) < 0.011) { quantity = qtyAbove.q; unitPrice = qtyAbove.u; }
    // (a count glued to its times sign before the name, "2x Grote friet 8,40 A": ./leading-count.ts)
    const counted = quantity === null ? (countOpening && Number(countOpening[1]) > 0 ? { count: Number(countOpening[1]), name: desc } : leadingCount(desc)) : null;
    if (counted && (unitPrice === null || Math.abs(counted.count * unitPrice - total) < 0.011)) {
      quantity = counted.count; desc = counted.name;
      if (unitPrice === null && before.length === 1 && Math.abs(counted.count * before[0] - total) < 0.011) unitPrice = before[0];
    }
    // (a count in the block's count column misread as a letter, "N NASI LEMAK AYAM 12.90 25.80": ./damaged-leading-count.ts)
    const damaged = quantity === null && unitPrice === null && before.length === 1 ? damagedLeadingCount(desc, before[0], total, countsFirst) : null;
    if (damaged) { quantity = damaged.count; unitPrice = before[0]; desc = damaged.name; }
    // (the covers a cover charge counts, "Coperto x2 4,00": ./cover-count.ts; the unit price follows from the total)
    const covers = quantity === null && unitPrice === null ? coverCount(desc) : null;
    if (covers) { quantity = covers.count; desc = covers.name; }
    // (a count after the name with its times sign, "Milch x2 2,38", "Milch 2x 2,38", dividing the total into whole cents: ./trailing-count.ts)
    const trailing = quantity === null && unitPrice === null && !whole ? trailingCount(desc, total) : null;
    if (trailing) { quantity = trailing.count; desc = trailing.name; }
    out.push({ item: { quantity, description: desc, totalAmount: total, unitPrice, taxAmount: null, netAmount: null, discountAmount: null }, line: row });
    // on an invoice, a text line under the description, starting where it starts, wraps it (with or without a named header)
    if (opts.columns) {
      const first = l.words.find((w) => desc.startsWith(w.text));
      if (first) wrapping = { item: out[out.length - 1].item, page: l.page, x: first.box.x, y: l.box.y, lines: 0 };
    }
  }
  // (a till's item name OCR read, its O read as a 0 or its 1 as an l, "GREEK Y0GURT 320Z":
  // ../parse/letter-digit-slips.ts; an invoice's rows print article codes, "B00C0FM0MQ", and stay as read)
  if (!opts.columns) for (const { item, line } of out) if (line.source === 'ocr' && item.description) item.description = mendedLetters(item.description);
  // (specks read as punctuation ending a scanned name, "SPUELMITTEL.", "GEL PENS 12PK : .": ./stray-punctuation.ts)
  for (const { item, line } of out) if (line.source === 'ocr' && item.description) item.description = withoutStrayPunctuation(item.description);
  // (item numbers counting the lines down a till, "001 PAO FRANCES KG", "002 CAFE EXPRESSO": ./item-sequence-number.ts)
  const numbered = withoutItemNumbers(out.map((x) => x.item.description));
  for (const [k, x] of out.entries()) x.item.description = numbered[k];
  return out;
}
