/**
 * @module engine/derive/provenance
 * How a value of a result came to be, recorded in `result_data.fields` beside its evidence:
 * `printed` (read off the document) or `derived` (computed from printed values by a named
 * rule), and the arithmetic checks that tie the printed values together. Money is in currency
 * units rounded to the cent throughout.
 */

/** The rules a derived value may follow; each names the arithmetic or the reading it rests on. */
export type DerivationRule =
  | 'no discount printed'
  | 'no tax printed'
  | 'net = total - tax'
  | 'net = total - rounding - tax'
  | 'tax = total - net'
  | 'total = net + tax'
  | 'quantity 1 for a line with one price'
  | 'unit price = line total / quantity'
  | 'line total = quantity x unit price'
  | 'quantity = line total / unit price'
  | 'line tax from the only printed rate (prices include tax)'
  | 'line tax from the only printed rate (prices exclude tax)'
  /** Several taxes each printed as the net at its rate ("GST 5%" + "PST 7%"): every line bears their sum (./stacked-taxes.ts). */
  | 'line tax = line net x the sum of the rates of the taxes every line bears'
  /** Prices exclude tax, a document discount printed below the lines (BT-92): the line net BT-131 is the printed amount. */
  | 'line net = the printed line amount (prices exclude tax, the document discount taken below the lines)'
  | 'line net = line total - line tax'
  | 'line tax from its tax class letter and the class rate printed (prices include tax)'
  /** The rate rows print no class letters: the class's items add up to the gross of exactly one rate row, which gives the class its rate (./class-rates-by-sum.ts). */
  | 'line tax from its tax class letter, the class rate told by its items\' sum (prices include tax)'
  /** The rates of some classes not printed: the document's one tax figure determines which class bears which rate (./class-rates-by-tax.ts). */
  | 'line tax from its tax class letter, the class rate told by the document tax (prices include tax)'
  /** The same, the lines adding up to the net (a US till's "* denotes taxable item" over prices before the sales tax): tax = line total x r. */
  | 'line tax from its tax class letter and the class rate printed (prices exclude tax)'
  | 'line tax from its tax class letter, the class rate told by the document tax (prices exclude tax)'
  /** A Canadian till's flag ("G", "P", "GP", "H") names the sales taxes an item bears; its shares add up to each printed tax (./sales-tax-flags.ts). */
  | 'line tax = line net x the rates of the sales taxes its flag names'
  | 'no tax on the document'
  /** A document discount printed below the lines (BT-92); the line's quantity x unit price is its total: no line allowance (BT-136). */
  | 'no line discount: the document discount is taken below the lines'
  | 'no line discount: the line discounts printed add up to the document discount'
  /** The lines add up to the total or the net, the discount inside them: a line's printed quantity x unit price less its total is its allowance (BT-136), those making the document's discount. */
  | 'line discount = quantity x unit price - line total'
  /** A rate column: the rate printed on the item's own line (./line-rates.ts), the lines adding up to the net. */
  | 'line tax = line net x the rate printed on its line'
  /** A rate column, the lines adding up to the total: tax = total - total / (1 + r). */
  | 'line tax = line total x r / (1 + r), the rate printed on its line (prices include tax)'
  /** A rate column, the lines adding up to the total plus a document discount below them: each rate told by its tax table row (./rate-row-shares.ts). */
  | 'line tax = line total x r / (1 + r), the rate printed on its line and its tax row holding its lines (prices include tax)'
  | 'no line discount: its rate\'s tax row holds its lines'
  | 'line discount = the document discount: its rate\'s tax row prints its only line less it'
  | 'line net and tax from its rate\'s tax row, the document discount on its only line'
  | 'the only line carries the document tax'
  /** Every line marked with one and the same tax class, the lines making up the goods' total: that class carries the whole tax, shared in proportion to the line totals (its rate need not be read). */
  | 'one tax class: the document tax shared in proportion to the line totals'
  /**
   * No rate printed, and every item line carries the same taxable flag ("T", "TX"), or none does
   * while one line prints the tax and the lines add up exactly to the net: the document tax shared
   * in proportion to the line totals, the rounding remainder kept (engine/derive/derive-items.ts).
   */
  | 'every line taxed alike: the document tax shared in proportion to the line totals (prices exclude tax)'
  | 'every line taxed alike: the document tax shared in proportion to the line totals (prices include tax)'
  /**
   * A Malaysian or Singaporean item's GST code ("SR", "S": standard rated) and the summary's arithmetic:
   * the standard-rated lines carry the whole document tax, shared in proportion to their totals, the
   * rounding remainder kept (engine/derive/gst-item-codes.ts).
   */
  | 'line tax from its GST code: the standard-rated lines share the document tax in proportion to their totals (prices include tax)'
  | 'line tax from its GST code: the standard-rated lines share the document tax in proportion to their totals (prices exclude tax)'
  /** The item's GST code zero rated ("ZRL", "ZR", "Z"), exempt ("ES", "E") or out of scope ("OS"): no tax (engine/derive/gst-item-codes.ts). */
  | 'line tax from its GST code: zero rated, exempt or out of scope'
  | 'running balance = previous balance + credit - debit'
  | 'opening balance = first balance - credit + debit'
  | 'closing balance = last running balance'
  | 'line tax = line net x line VAT rate (e-invoice)'
  | 'line total = line net + line tax (e-invoice)'
  /** An invoice's due date not printed: its issue date plus the payment term it prints (engine/extract/payment-terms.ts). */
  | 'due date = issue date + payment term';

/** One derived value: where it goes (a `result_data.fields` path) and why. */
export interface Derivation {
  /** Path as in `result_data.fields`: `taxAmount`, `tableItems[0].unitPrice`, `multiple_receipts[1].netAmount`. */
  path: string;
  value: number;
  rule: DerivationRule;
  /** The printed values it was computed from, by field path. */
  from: string[];
}

/** The names of the arithmetic checks (EN 16931 BR-CO-15: total with VAT = total without VAT + VAT). */
export type CheckName =
  | 'net_plus_tax_equals_total'
  | 'items_sum_equals_net_or_total'
  | 'opening_plus_movements_equals_closing'
  | 'running_balances'
  /** An e-invoice's line net amounts add up to its sum of line net amounts (EN 16931 BR-CO-10). */
  | 'lines_sum_equals_line_total'
  /**
   * The line taxes derived from the rate printed on each line, added up per rate, against the
   * tax the summary prints for that rate (or, none printed per rate, against the document's
   * printed tax); within half a cent per line (each line rounded on its own). A mismatch is
   * reported, the derived values are not altered.
   */
  | 'line_taxes_sum_equals_printed_tax';

/**
 * An arithmetic check between printed values. Made only when every input was printed (a
 * derived value satisfies its own rule by construction). `expected` is what the other printed
 * values imply, `actual` the printed value; `ok` when they agree to the cent (statements:
 * to the cent on every row).
 */
export interface ArithmeticCheck {
  name: CheckName;
  ok: boolean;
  expected: number;
  actual: number;
  /** Field paths the check read. */
  inputs: string[];
  detail?: string;
}

/** Rounds to the cent (currency units). */
export const cents = (v: number): number => Math.round(v * 100) / 100;

/** Equal to the cent, with a small tolerance for binary rounding. */
export const sameCents = (a: number, b: number): boolean => Math.abs(a - b) < 0.005 + 1e-9;
