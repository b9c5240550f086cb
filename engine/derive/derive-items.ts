/**
 * @module engine/derive/derive-items
 * The line-item fields that a line and the document determine (currency units to the cent).
 * Only null fields are filled. Per line:
 * - quantity and unit price missing, a line total printed -> quantity 1, unit price = total;
 * - two of quantity, unit price, line total printed -> the third (a quantity only when it
 *   comes out whole);
 * - discount: 0 when the document has no discount (its discount is 0, printed or derived), or
 *   when its discount is printed below the lines (they add up to the net plus the discount: a
 *   document allowance, EN 16931 BT-92, as the e-invoice reading keeps a line's own BT-136
 *   apart; or, prices including tax, to the total, before the one cash rounding printed if one
 *   is, plus the discount): a line that prints no allowance of its own has none (BT-136 = 0), as a line with
 *   one price does; a line whose printed quantity x unit price is not its printed total keeps
 *   null (something was taken off it, and how much of the document's discount is not printed);
 *   with the discount inside the lines (they add up to the total or the net), a line whose
 *   printed quantity x unit price exceeds its total bears the difference (BT-131 = BT-129 x
 *   BT-146 - BT-136) where those differences make the document's discount, the others none;
 * - tax and net: 0 tax when the document's tax is 0; with several rates, from each line's tax
 *   class letter and the rate the class table prints for it (see ./tax-classes; till prices
 *   include tax, so only when the lines sum to the total; a table whose rate rows print no
 *   letters gives a class the rate of the one row whose gross its items add up to, see
 *   ./class-rates-by-sum); otherwise from the only printed tax rate,
 *   the lines being tax-inclusive when they sum to the total (or to the total before the one cash
 *   rounding printed, "Rounding -0.02") and tax-exclusive when they sum to
 *   the net (line tax = total x r / (1 + r), or net x r); with a rate printed on every item's
 *   own line (./line-rates), that line's rate, whatever the document's other rates, the lines
 *   tax-exclusive when they sum to the net (or to the net plus a document discount printed below
 *   them) and tax-inclusive when they sum to the total; a single line carries the document's
 *   tax when its total is the document's total or net (or the total plus a document discount
 *   printed below it: the whole bill still); with no rate printed at all (a US till:
 *   "SUBTOTAL 23.47", "SALES TAX 1.94", "TOTAL 25.41"), the document's tax shared in proportion
 *   to the line totals, the rounding remainder kept so the lines' taxes add up to it
 *   (./proportional-shares), but only where the page shows every line taxed at the one rate:
 *   every item line carries the same taxable flag ("T", "TX": ./item-tax-flags), the lines adding
 *   up to the net (prices exclude tax) or the total (prices include it); or no item line carries
 *   any flag, one line prints the tax, and the lines add up exactly to the net, net + tax being
 *   the total (before the one cash rounding printed, if one is); or, prices including the tax, no item line carries any flag, one line prints the
 *   tax, the lines add up exactly to the total, and the tax is a VAT rate in use
 *   (../parse/bare-rate.ts KNOWN_RATES) of the total less it ("Total includes GST $4.31" on
 *   47.39: 10 %; an exempt line among them would leave a rate no country levies); on a Malaysian or
 *   Singaporean tax invoice, from each item's GST code ("SR", "ZRL", ./gst-item-codes): 0 for a
 *   zero-rated, exempt or out-of-scope item, the standard-rated items sharing the document's tax in
 *   proportion to their totals, where the summary's arithmetic holds (items of both kinds never
 *   take the one printed rate all). Several rates, a mix of flags ("T" and "N", "T" and none; a
 *   free line's flag aside), or lines that sum to
 *   neither, leave tax and net null when the lines carry no class marks: which rate a line
 *   bears is then not printed.
 * A derived line tax is rounded to the currency's minor unit: to the cent, or to whole units
 * when `wholeUnits` (the document's currency is printed in whole units and its printed money has
 * no fraction: see wholeUnitMoney). Source: ISO 4217's minor-unit column (JPY, KRW, ISK, CLP: 0
 * digits, via ../parse/minor-unit.ts); the forint is listed there with 2 but has been priced
 * and printed in whole forints since the fillér left circulation in 1999, so a page in HUF whose
 * printed amounts are whole gets whole line taxes too, and one that prints fillér keeps cents.
 * Whole units round half away from zero; the line net (total − tax) is then whole as well. Pure.
 */
import type { ReceiptItem } from '../../schemas/results.ts';
import type { MoneyFields } from './derive-amounts.ts';
import { cents, sameCents, type Derivation } from './provenance.ts';
import { wholeMoneyCurrency } from '../parse/minor-unit.ts';
import { taxedAlike } from './item-tax-flags.ts';
import { shareInProportion } from './proportional-shares.ts';
import { BARE_TOLERANCE, KNOWN_RATES } from '../parse/bare-rate.ts';
import type { GstCodeTaxes } from './gst-item-codes.ts';
import { rateRowShares, type RateRow } from './rate-row-shares.ts';

/** Whether `tax` is a VAT rate in use (../parse/bare-rate.ts KNOWN_RATES) of `base` (both currency units), to the rounding of a tax figure. */
function impliesKnownRate(tax: number, base: number): boolean {
  return base > 0 && tax > 0 && KNOWN_RATES.some((r) => Math.abs((base * r) / 100 - tax) <= Math.max(BARE_TOLERANCE(tax), 0.5 * (Number.isInteger(tax) && Number.isInteger(base) ? 1 : 0.01)));
}

type Num = number | null;

/**
 * What the page prints about each line's tax: the tax-class letter after each price and the
 * class table's rates (./tax-classes), and the rate printed on each item's own line
 * (./line-rates; null unless every line prints one).
 */
export interface LineMarks {
  marks: string[] | null;
  rates: Map<string, number>;
  lineRates?: number[] | null;
  /** True when `rates` were told by each class's items' sum against the rate rows (./class-rates-by-sum), not printed beside the letters. */
  ratesBySum?: boolean;
  /** True when `rates` were told by the document's tax against its items' classes (./class-rates-by-tax). */
  ratesByTax?: boolean;
  /** Each item's combined sales-tax rate read off its flag ("GP": GST + PST, ./sales-tax-flags), null unless the page is read so. */
  flagRates?: number[] | null;
  /** The flag printed after each item's price ("T", "N", '' for none: ./item-tax-flags), null when some item's line was not found. */
  flags?: string[] | null;
  /** The number of lines that print an amount of tax (./item-tax-flags taxAmountLines). */
  taxLines?: number;
  /** The sum of the rates of taxes every line bears ("GST 5%" + "PST 7%": 0.12, ./stacked-taxes), null unless the page prints them so. */
  stackedRate?: number | null;
  /** Each item's GST code's class ("standard" or "zero", null for none read: ./gst-item-codes gstItemCodes), null when some item's lines were not found. */
  gstClasses?: Array<'standard' | 'zero' | null> | null;
  /** The line taxes the items' GST codes tell, null unless the page's arithmetic holds (./gst-item-codes gstCodeTaxes). */
  gstTaxes?: GstCodeTaxes | null;
  /** The tax table's rows, one per rate with its base and tax ("%1 112,90 1,13": ./rate-row-shares), for lines that print their own rates. */
  rateRows?: RateRow[] | null;
}

/** A line field left null on purpose: the document does not determine it (README, "Printed or derived"). */
export interface Undetermined {
  /** Path as in `result_data.fields`: `tableItems[0].taxAmount`. */
  path: string;
  reason: string;
  /** The printed values that show why, by field path. */
  from: string[];
}

const EXCLUSIVE: ReadonlySet<Derivation['rule']> = new Set(['line tax from its tax class letter and the class rate printed (prices exclude tax)', 'line tax from its tax class letter, the class rate told by the document tax (prices exclude tax)', 'line tax from the only printed rate (prices exclude tax)', 'line tax = line net x the sum of the rates of the taxes every line bears', 'line tax = line net x the rates of the sales taxes its flag names', 'line tax = line net x the rate printed on its line', 'every line taxed alike: the document tax shared in proportion to the line totals (prices exclude tax)', 'line tax from its GST code: the standard-rated lines share the document tax in proportion to their totals (prices exclude tax)'] as const);

/**
 * Whether a document's line taxes are rounded to whole units: its currency (ISO 4217 code, null
 * when unknown) is printed in whole units and every printed amount of `doc` is a whole number.
 */
export function wholeUnitMoney(currency: string | null, doc: MoneyFields): boolean {
  return wholeMoneyCurrency(currency) && [doc.totalAmount, doc.netAmount, doc.taxAmount].every((v) => v === null || Number.isInteger(v));
}

/** Rounds to whole currency units, half away from zero. */
const units = (v: number) => Math.sign(v) * Math.round(Math.abs(v)) || 0;

/**
 * Fills the derivable fields of every line; `prefix` as in deriveAmounts; `wholeUnits`: line taxes
 * in whole units (see the module comment); `charges`: the service charges and tips the bill prints
 * below its lines (currency units, ../parse/charge-labels.ts printedBillCharges), no lines of their
 * own (EN 16931 BG-21): on a page whose prices exclude tax the lines and those charges make the net;
 * `roundings`: the cash roundings the page prints (currency units, signed as printed,
 * ../parse/rounding-labels.ts printedRoundings): with exactly one, the lines may add up to the
 * total before it (the total less the rounding) and still include the tax.
 */
export function deriveItems(items: ReceiptItem[], doc: MoneyFields, rates: number[], prefix = '', classes: LineMarks = { marks: null, rates: new Map() }, wholeUnits = false, charges: number[] = [], roundings: number[] = []): { items: ReceiptItem[]; derived: Derivation[]; undetermined: Undetermined[] } {
  const derived: Derivation[] = [];
  const undetermined: Undetermined[] = [];
  const out = items.map((it) => ({ ...it }));
  out.forEach((it, i) => {
    const p = `${prefix}tableItems[${i}].`;
    const put = (f: keyof ReceiptItem, v: number, rule: Derivation['rule'], from: string[]) => {
      (it as Record<string, unknown>)[f] = f === 'quantity' ? v : cents(v);
      derived.push({ path: p + f, value: it[f] as number, rule, from });
    };
    const own = (...fs: (keyof ReceiptItem)[]) => fs.map((f) => p + f);
    const q: Num = it.quantity, u: Num = it.unitPrice, t: Num = it.totalAmount;
    if (t !== null && q === null && u === null) {
      put('quantity', 1, 'quantity 1 for a line with one price', own('totalAmount'));
      put('unitPrice', t, 'quantity 1 for a line with one price', own('totalAmount'));
    } else if (t !== null && q !== null && q !== 0 && u === null) put('unitPrice', t / q, 'unit price = line total / quantity', own('totalAmount', 'quantity'));
    else if (t === null && q !== null && u !== null) put('totalAmount', q * u, 'line total = quantity x unit price', own('quantity', 'unitPrice'));
    else if (t !== null && u !== null && u !== 0 && q === null) {
      const n = t / u;
      if (Math.abs(n - Math.round(n)) < 1e-6 && Math.round(n) > 0) put('quantity', Math.round(n), 'quantity = line total / unit price', own('totalAmount', 'unitPrice'));
    }
    if (it.discountAmount === null && doc.discountAmount === 0) put('discountAmount', 0, 'no discount printed', [prefix + 'discountAmount']);
  });
  // a document discount printed below the lines (they add up to the net plus it: an allowance on
  // the document, EN 16931 BT-92, not on a line, BT-136): a line that prints no allowance of its
  // own has none (BT-136 = 0), unless its printed quantity x unit price is not its total (a share
  // of something taken off it)
  const dd = doc.discountAmount, net = doc.netAmount;
  const sum = cents(items.reduce((s, it) => s + (it.totalAmount ?? NaN), 0));
  // (or, prices including tax, to the total plus it: "SUBTOTAL 17.88", "Loyalty Points Redeemed -1.50", "TOTAL 16.38";
  // or to the total before the one cash rounding printed plus it: "Saving -9.60", "Rounding Adj -0.02", "Total RM 31.45")
  const near = (v: number | null) => v !== null && Math.abs(sum - cents(v + dd!)) <= 0.01 * items.length + 1e-9;
  const beforeRounding = doc.totalAmount !== null && roundings.length === 1 ? doc.totalAmount - roundings[0] : null;
  if (dd !== null && dd > 0 && (near(net) || near(doc.totalAmount) || near(beforeRounding))) {
    items.forEach((src, i) => {
      const it = out[i];
      const proved = src.quantity !== null && src.unitPrice !== null;
      if (it.discountAmount !== null || src.totalAmount === null || (proved && !sameCents(src.quantity! * src.unitPrice!, src.totalAmount))) return;
      it.discountAmount = 0;
      const own = proved ? ['quantity', 'unitPrice', 'totalAmount'] : ['totalAmount'];
      derived.push({ path: `${prefix}tableItems[${i}].discountAmount`, value: 0, rule: 'no line discount: the document discount is taken below the lines', from: [prefix + 'discountAmount', prefix + 'netAmount', ...own.map((f) => `${prefix}tableItems[${i}].${f}`)] });
    });
  }
  // the discount inside the lines (they add up to the total or the net itself): a line whose
  // printed quantity x unit price exceeds its printed total bears the difference as its own
  // allowance (EN 16931 BT-131 = BT-129 x BT-146 - BT-136), where those differences make the
  // document's discount: "2x Hey Song 4.30 7.60" under "Discount 1.00", "Total 7.60"
  const inside = (v: number | null) => v !== null && Math.abs(sum - v) <= 0.01 * items.length + 1e-9;
  if (dd !== null && dd > 0 && (inside(net) || inside(doc.totalAmount) || inside(beforeRounding))) {
    const diffs = items.map((src) => (src.quantity !== null && src.unitPrice !== null && src.totalAmount !== null ? cents(src.quantity * src.unitPrice - src.totalAmount) : 0));
    if (diffs.every((d) => d >= 0) && diffs.some((d) => d > 0) && sameCents(diffs.reduce((a, d) => a + d, 0), dd)) {
      diffs.forEach((d, i) => {
        if (d <= 0 || out[i].discountAmount !== null) return;
        out[i].discountAmount = d;
        derived.push({ path: `${prefix}tableItems[${i}].discountAmount`, value: d, rule: 'line discount = quantity x unit price - line total', from: [prefix + 'discountAmount', ...['quantity', 'unitPrice', 'totalAmount'].map((f) => `${prefix}tableItems[${i}].${f}`)] });
      });
    }
  }
  // line discounts printed under their items that add up to the document's discount: the whole
  // discount is on those lines, nothing was taken off the others (EN 16931: the document's
  // allowances are the lines' BG-27 plus its own BG-20, here none)
  const printedLine = out.filter((it) => it.discountAmount !== null && it.discountAmount > 0);
  if (dd !== null && dd > 0 && printedLine.length && sameCents(printedLine.reduce((s, it) => s + it.discountAmount!, 0), dd)) {
    out.forEach((it, i) => {
      if (it.discountAmount !== null) return;
      it.discountAmount = 0;
      derived.push({ path: `${prefix}tableItems[${i}].discountAmount`, value: 0, rule: 'no line discount: the line discounts printed add up to the document discount', from: [prefix + 'discountAmount', ...printedLine.map((x) => `${prefix}tableItems[${out.indexOf(x)}].discountAmount`)] });
    });
  }
  deriveLineTaxes(out, doc, rates, prefix, derived, classes, wholeUnits, charges.reduce((a, c) => a + c, 0), roundings, undetermined);
  return { items: out, derived, undetermined };
}

function deriveLineTaxes(items: ReceiptItem[], doc: MoneyFields, rates: number[], prefix: string, derived: Derivation[], classes: LineMarks, wholeUnits: boolean, charged: number, roundings: number[] = [], undetermined: Undetermined[] = []): void {
  const withTotals = items.filter((it) => it.totalAmount !== null);
  if (!withTotals.length || withTotals.length !== items.length) return;
  const sum = cents(items.reduce((s, it) => s + it.totalAmount!, 0));
  const tol = (a: number, b: number) => Math.abs(a - b) <= 0.01 * items.length + 1e-9;
  const set = (it: ReceiptItem, i: number, tax: number, rule: Derivation['rule'], from: string[]) => {
    const p = `${prefix}tableItems[${i}].`;
    if (it.taxAmount === null) {
      it.taxAmount = wholeUnits ? units(tax) : cents(tax);
      derived.push({ path: p + 'taxAmount', value: it.taxAmount, rule, from });
    }
    if (it.netAmount === null && it.totalAmount !== null) {
      const inclusive = !EXCLUSIVE.has(rule);
      it.netAmount = inclusive ? cents(it.totalAmount - it.taxAmount!) : it.totalAmount;
      derived.push({ path: p + 'netAmount', value: it.netAmount, rule: 'line net = line total - line tax', from: [p + 'totalAmount', p + 'taxAmount'] });
    }
  };
  if (doc.taxAmount === 0) {
    items.forEach((it, i) => set(it, i, 0, 'no tax on the document', [prefix + 'taxAmount']));
    return;
  }
  // the goods' total the lines add up to: the total, or the net plus the tax when a tip or a
  // service charge is added below the goods ("SUMME 27,49", "Trinkgeld 4,00", "Gesamt 31,49":
  // no goods, and no tax at the goods' rates, EN 16931 BT-108's charges aside)
  const goods = doc.totalAmount !== null && tol(sum, doc.totalAmount)
    || (doc.netAmount !== null && doc.taxAmount !== null && tol(sum, cents(doc.netAmount + doc.taxAmount)));
  // every line marked with a tax class whose rate the class table prints, the lines adding up
  // to the goods' total (till prices include tax): each line's rate is its class's
  const marks = classes.marks;
  if (marks && marks.length === items.length && marks.every((c) => classes.rates.has(c)) && goods) {
    items.forEach((it, i) => {
      const r = classes.rates.get(marks[i])!;
      const rule = classes.ratesBySum ? 'line tax from its tax class letter, the class rate told by its items\' sum (prices include tax)'
        : classes.ratesByTax ? 'line tax from its tax class letter, the class rate told by the document tax (prices include tax)' : 'line tax from its tax class letter and the class rate printed (prices include tax)';
      set(it, i, (it.totalAmount! * r) / (1 + r), rule, [`${prefix}tableItems[${i}].totalAmount`]);
    });
    return;
  }
  // the same, the lines adding up to the net, not the total (prices excluding the tax: a US till's
  // "* denotes taxable item" over "SUBTOTAL", "SALES TAX 8.875%"): each line's tax is its total x its class's rate
  const linesToNet = doc.netAmount !== null && tol(sum, doc.netAmount) && (doc.totalAmount === null || !sameCents(doc.netAmount, doc.totalAmount));
  if (marks && marks.length === items.length && marks.every((c) => classes.rates.has(c)) && !goods && linesToNet && !classes.ratesBySum) {
    items.forEach((it, i) => {
      const r = classes.rates.get(marks[i])!;
      const rule = classes.ratesByTax ? 'line tax from its tax class letter, the class rate told by the document tax (prices exclude tax)' : 'line tax from its tax class letter and the class rate printed (prices exclude tax)';
      set(it, i, it.totalAmount! * r, rule, [`${prefix}tableItems[${i}].totalAmount`]);
    });
    return;
  }
  // the same, the lines adding up to the total plus a document discount taken below them (EN 16931
  // BT-92): how the discount falls on each class is not printed, so only a line of a class at 0 %
  // ("Z 0.0% 9.90 0.00 9.90") has its tax told, 0 whatever its share of the discount
  const dd = doc.discountAmount;
  if (marks && marks.length === items.length && marks.every((c) => classes.rates.has(c)) && !goods && dd !== null && dd > 0 && doc.totalAmount !== null && tol(sum, cents(doc.totalAmount + dd))) {
    items.forEach((it, i) => { if (classes.rates.get(marks[i]) === 0) set(it, i, 0, 'line tax from its tax class letter and the class rate printed (prices include tax)', [`${prefix}tableItems[${i}].totalAmount`]); });
    return;
  }
  // every line marked with one and the same class, the lines making up the goods' total: that
  // class carries the whole tax, whatever its rate (a fuel slip whose "19%" was read "194"),
  // shared in proportion to the line totals (tax_i = total_i x r / (1 + r) for the class's rate r)
  if (marks && marks.length === items.length && new Set(marks).size === 1 && goods && doc.taxAmount !== null && doc.taxAmount > 0 && sum > 0) {
    items.forEach((it, i) => set(it, i, (doc.taxAmount! * it.totalAmount!) / sum, 'one tax class: the document tax shared in proportion to the line totals', [prefix + 'taxAmount', `${prefix}tableItems[${i}].totalAmount`]));
    return;
  }
  // every line prints its own rate (a rate column): the lines add up to the net (before a
  // document discount printed below them: the net plus that discount) -> line tax = line net x
  // its rate; to the total -> the rate's share of the line's gross
  const own = classes.lineRates;
  if (own && own.length === items.length) {
    const net = doc.netAmount, total = doc.totalAmount, discount = doc.discountAmount;
    // (or the lines and a charge printed below them make the net, "Delivery 12.50" taxed with them, as with the only printed rate below)
    const toNet = net !== null && (total === null || !sameCents(net, total)) && (tol(sum, net) || (discount !== null && discount > 0 && tol(sum, net + discount)) || (charged > 0 && tol(cents(sum + charged), net)));
    if (toNet) {
      items.forEach((it, i) => set(it, i, it.totalAmount! * own[i], 'line tax = line net x the rate printed on its line', [`${prefix}tableItems[${i}].totalAmount`]));
      return;
    }
    if (total !== null && tol(sum, total)) {
      items.forEach((it, i) => set(it, i, (it.totalAmount! * own[i]) / (1 + own[i]), 'line tax = line total x r / (1 + r), the rate printed on its line (prices include tax)', [`${prefix}tableItems[${i}].totalAmount`]));
      return;
    }
    // (the lines making the total plus a document discount below them: each rate told by its row of the tax table, ./rate-row-shares.ts)
    const shares = classes.rateRows?.length ? rateRowShares(items.map((it) => it.totalAmount!), own, classes.rateRows, discount, total) : [];
    if (shares.some((x) => x !== null)) {
      items.forEach((it, i) => {
        const x = shares[i];
        if (!x) return;
        const p = `${prefix}tableItems[${i}].`;
        const from = [p + 'totalAmount', prefix + 'discountAmount', prefix + 'totalAmount'];
        // (the row's arithmetic outranks the 0 given above to a line that prints no discount of its own: it
        // shows this line bore the document's discount)
        const below = derived.findIndex((d) => d.path === p + 'discountAmount' && d.rule === 'no line discount: the document discount is taken below the lines');
        if (x.discounted && below >= 0) { derived.splice(below, 1); it.discountAmount = null; }
        if (it.discountAmount === null) {
          it.discountAmount = x.discount;
          derived.push({ path: p + 'discountAmount', value: x.discount, rule: x.discounted ? 'line discount = the document discount: its rate\'s tax row prints its only line less it' : 'no line discount: its rate\'s tax row holds its lines', from });
        }
        if (!x.discounted) return set(it, i, x.tax, 'line tax = line total x r / (1 + r), the rate printed on its line and its tax row holding its lines (prices include tax)', [p + 'totalAmount']);
        const rule = 'line net and tax from its rate\'s tax row, the document discount on its only line';
        if (it.netAmount === null) { it.netAmount = x.net; derived.push({ path: p + 'netAmount', value: x.net, rule, from }); }
        if (it.taxAmount === null) { it.taxAmount = x.tax; derived.push({ path: p + 'taxAmount', value: x.tax, rule, from }); }
      });
      return;
    }
  }
  // every item flagged with the sales taxes it bears, read so only where their shares add up to
  // each printed tax (./sales-tax-flags): prices exclude the taxes
  const byFlag = classes.flagRates;
  if (byFlag && byFlag.length === items.length) {
    items.forEach((it, i) => set(it, i, it.totalAmount! * byFlag[i], 'line tax = line net x the rates of the sales taxes its flag names', [`${prefix}tableItems[${i}].totalAmount`, prefix + 'taxAmount']));
    return;
  }
  // (items marked with different classes or flags, "V" and "Z", "G" and "GP", whose marks were not
  // read: the only printed rate is not every line's, and which is is not printed)
  // (a free line, "Tako Ball" / "1x 0.00 0.00" among "SR" lines, bears no tax whatever its flag: it tells no other treatment)
  const paidFlags = (classes.flags ?? []).filter((_, i) => items[i]?.totalAmount !== 0);
  const letterFlags = paidFlags.filter((f) => /^[A-Z]+$/.test(f));
  const mixed = (marks && marks.length === items.length && new Set(marks).size > 1) || (letterFlags.length > 0 && new Set(paidFlags).size > 1)
    // (or GST codes of both kinds, "SR" and "ZRL", read beside the items: ./gst-item-codes)
    || (!!classes.gstClasses && classes.gstClasses.includes('standard') && classes.gstClasses.includes('zero'));
  // prices excluding tax (the lines add up to the net plus a document discount printed below
  // them, the net not the total): a line's net is its printed amount (EN 16931 BT-131, before the
  // document's allowance BT-92), but its tax is not printed, and how the discount falls on it is
  // not either: the line tax stays null, with the reason
  const dnet = doc.netAmount;
  if (dd !== null && dd > 0 && dnet !== null && doc.taxAmount !== null && doc.taxAmount > 0 && (doc.totalAmount === null || !sameCents(dnet, doc.totalAmount))
    && !tol(sum, dnet) && tol(sum, cents(dnet + dd))) {
    items.forEach((it, i) => {
      const p = `${prefix}tableItems[${i}].`;
      if (it.netAmount === null) {
        it.netAmount = it.totalAmount;
        derived.push({ path: p + 'netAmount', value: it.netAmount!, rule: 'line net = the printed line amount (prices exclude tax, the document discount taken below the lines)', from: [p + 'totalAmount', prefix + 'netAmount', prefix + 'discountAmount'] });
      }
      if (it.taxAmount === null) undetermined.push({ path: p + 'taxAmount', reason: 'not determined: the tax is levied on the net after the document discount (EN 16931 BT-92), and how that discount falls on this line is not printed', from: [prefix + 'discountAmount', prefix + 'netAmount', prefix + 'taxAmount'] });
    });
    return;
  }
  // several taxes, each printed as the whole net at its rate (GST 5 % + PST 7 %, CGST 9 % + SGST
  // 9 %): every line bears all of them (./stacked-taxes)
  const stacked = classes.stackedRate;
  if (stacked && !mixed && doc.netAmount !== null && tol(sum, doc.netAmount) && (doc.totalAmount === null || !sameCents(doc.netAmount, doc.totalAmount))) {
    items.forEach((it, i) => set(it, i, it.totalAmount! * stacked, 'line tax = line net x the sum of the rates of the taxes every line bears', [`${prefix}tableItems[${i}].totalAmount`, prefix + 'netAmount', prefix + 'taxAmount']));
    return;
  }
  // (a line printing a rate of its own other than the only rate printed beside a tax word, "Booklet 200 1.35 0% 270.00"
  // under "VAT 20% on 267.50": its own rate wins, so the one rate is not every line's)
  const ownDiffer = !!own && own.length === items.length && own.some((r) => rates.length === 1 && Math.abs(r - rates[0]) > 1e-9);
  if (rates.length === 1 && !mixed && !ownDiffer) {
    const r = rates[0];
    // (or to the total before the one cash rounding printed, "Rounding -0.02", the amount paid
    // being the goods plus the rounding: Malaysia's and Singapore's 5-sen rounding)
    const beforeRounding = doc.totalAmount !== null && roundings.length === 1 && tol(sum, cents(doc.totalAmount - roundings[0]));
    if (doc.totalAmount !== null && (tol(sum, doc.totalAmount) || beforeRounding)) {
      items.forEach((it, i) => set(it, i, (it.totalAmount! * r) / (1 + r), 'line tax from the only printed rate (prices include tax)', [`${prefix}tableItems[${i}].totalAmount`]));
      return;
    }
    // (the lines and a service charge below them make the net when the charge is taxed with them:
    // "SERV. CHG. 10% 8.25", "GST 6% 5.45" on 82.50 + 8.25)
    if (doc.netAmount !== null && (tol(sum, doc.netAmount) || (charged > 0 && tol(cents(sum + charged), doc.netAmount))) && (doc.totalAmount === null || !sameCents(doc.netAmount, doc.totalAmount))) {
      items.forEach((it, i) => set(it, i, it.totalAmount! * r, 'line tax from the only printed rate (prices exclude tax)', [`${prefix}tableItems[${i}].totalAmount`]));
      return;
    }
  }
  // each item's GST code, "SR" or "ZRL" (a Malaysian or Singaporean tax invoice), the standard-rated
  // lines carrying the whole document tax and the others none, as the page's arithmetic holds (./gst-item-codes)
  const gst = classes.gstTaxes;
  if (gst && gst.taxes.length === items.length) {
    const shared = gst.inclusive ? 'line tax from its GST code: the standard-rated lines share the document tax in proportion to their totals (prices include tax)'
      : 'line tax from its GST code: the standard-rated lines share the document tax in proportion to their totals (prices exclude tax)';
    items.forEach((it, i) => {
      if (gst.classes[i] === 'zero') set(it, i, 0, 'line tax from its GST code: zero rated, exempt or out of scope', [`${prefix}tableItems[${i}].totalAmount`]);
      else set(it, i, gst.taxes[i], shared, [prefix + 'taxAmount', `${prefix}tableItems[${i}].totalAmount`]);
    });
    return;
  }
  // no rate printed, and the page shows every line taxed at its one rate (see the module comment):
  // the document's tax shared by the line totals, the rounding remainder kept
  if (!rates.length && items.length > 1 && doc.taxAmount !== null && doc.taxAmount !== 0 && sum !== 0) {
    const net = doc.netAmount, total = doc.totalAmount, tax = doc.taxAmount;
    const toNet = net !== null && (total === null || !sameCents(net, total));
    const flagged = taxedAlike(classes.flags ?? null, false);
    const bare = taxedAlike(classes.flags ?? null, true) && !flagged && classes.taxLines === 1
      && toNet && sameCents(sum, net!) && total !== null && (sameCents(net! + tax, total) || (roundings.length === 1 && sameCents(net! + tax + roundings[0], total)));
    // (net + tax the total, or the total before the one cash rounding printed: "ROUNDING -0.03")
    // (prices that include the tax, no item flagged, one tax line: the lines make the total, and the
    // tax is a VAT rate in use of what the total leaves without it, "Total includes GST $4.31" on
    // 47.39, "DPP 157.477 PPN 17.323" on 174.800; an exempt line among them would leave a rate no
    // country levies)
    const bareInclusive = !flagged && !bare && taxedAlike(classes.flags ?? null, true) && classes.taxLines === 1 && total !== null && sameCents(sum, total)
      && (net === null || sameCents(net + tax, total)) && impliesKnownRate(tax, total - tax);
    const exclusive = (flagged && toNet && tol(sum, net!)) || bare;
    const inclusive = (flagged && !exclusive && total !== null && tol(sum, total)) || bareInclusive;
    const shares = exclusive || inclusive ? shareInProportion(tax, items.map((it) => it.totalAmount!), wholeUnits ? 0 : 2) : null;
    if (shares) {
      const rule = exclusive ? 'every line taxed alike: the document tax shared in proportion to the line totals (prices exclude tax)' : 'every line taxed alike: the document tax shared in proportion to the line totals (prices include tax)';
      items.forEach((it, i) => set(it, i, shares[i], rule, [prefix + 'taxAmount', `${prefix}tableItems[${i}].totalAmount`]));
      return;
    }
  }
  if (items.length === 1 && doc.taxAmount !== null) {
    const it = items[0];
    const p = `${prefix}tableItems[0].`;
    // (or its total less the document's discount printed below it, before the one cash rounding printed, if one is, is the total: the whole bill still)
    const dd = doc.discountAmount ?? 0;
    const paid = doc.totalAmount === null ? [] : [doc.totalAmount, ...(roundings.length === 1 ? [cents(doc.totalAmount - roundings[0])] : [])];
    const underDiscount = dd > 0 && it.discountAmount === 0 && paid.some((v) => sameCents(it.totalAmount! - dd, v));
    if (doc.totalAmount !== null && (sameCents(it.totalAmount!, doc.totalAmount) || underDiscount)) set(it, 0, doc.taxAmount, 'the only line carries the document tax', [prefix + 'taxAmount', p + 'totalAmount']);
    else if (doc.netAmount !== null && sameCents(it.totalAmount!, doc.netAmount) && it.taxAmount === null) {
      it.taxAmount = doc.taxAmount;
      derived.push({ path: p + 'taxAmount', value: doc.taxAmount, rule: 'the only line carries the document tax', from: [prefix + 'taxAmount', p + 'totalAmount'] });
      if (it.netAmount === null) {
        it.netAmount = it.totalAmount;
        derived.push({ path: p + 'netAmount', value: it.netAmount!, rule: 'the only line carries the document tax', from: [prefix + 'netAmount', p + 'totalAmount'] });
      }
    }
  }
}
