/**
 * @module engine/extract/price-quantity-order
 * Which of a row's figures are its quantity and its unit price when the header or the arithmetic
 * tells, not the row's own layout: a header that prints its price column before its quantity
 * column ("Description | Price | Qty | Amount", "Prix unitaire | Qté | Montant") orders the
 * pair whose product makes the row's amount, and on a photograph whose figures do not sit under
 * their header cells that pair outweighs the cells (a tester's "Consulting hours  85,00  12
 * 1 020,00" came back as 85 hours, or 1 020 hours, at no price).
 */

/** A header column as ./items.ts reads it: its role and its left edge. */
export interface OrderedColumn { col: string; x0: number }

/**
 * Whether the header prints its unit price column left of its quantity column: true, false, or
 * null when it does not name both.
 */
export function unitPriceFirst(cols: OrderedColumn[] | null): boolean | null {
  const unit = cols?.find((c) => c.col === 'unit'), qty = cols?.find((c) => c.col === 'qty');
  return unit && qty ? unit.x0 < qty.x0 : null;
}

/**
 * Whether `quantity` times `unitPrice` makes `total` to the cent (within half a cent, as a line is
 * rounded; within half a unit on a page of whole money, `whole`).
 */
export function makesToTheCent(quantity: number, unitPrice: number, total: number, whole: boolean): boolean {
  return Math.abs(quantity * unitPrice - total) <= (whole ? 0.5 : 0.005) + 1e-9;
}

/** A figure as the amount parser gives it: its value, its text as printed and its decimals. */
export interface RowFigure { value: number; text: string; decimals: number }

/**
 * The readings of a figure: its value, and for one group of three digits after a comma or a dot
 * that the parser read in thousands ("1,250", "12,990": 1250, 12990) its three-decimal reading as
 * well (1.25 kg, a unit price of 12.990), which a quantity with decimals or a unit price with three
 * decimals prints. The product with the other figure picks the one meant.
 */
function readings<F extends RowFigure>(f: F): F[] {
  return f.decimals === 0 && /^\d{1,3}[.,]\d{3}$/.test(f.text) ? [f, { ...f, value: f.value / 1000, decimals: 3 }] : [f];
}

/**
 * The one pair of `figures` (a row's figures before its amount, left to right) whose product makes
 * `total` to the cent (makesToTheCent), as quantity and unit price: in the header's order when it
 * names both columns (`unitFirst`, unitPriceFirst), else by `quantityFirst` (./quantity-first.ts).
 * Each figure is taken in its readings (a three-digit group as thousands or as three decimals).
 * Null when no pair, or more than one pair of different values, makes it: the arithmetic then
 * does not tell.
 */
export function pairMakingTotal<F extends RowFigure>(figures: F[], total: number, whole: boolean, unitFirst: boolean | null,
  quantityFirst: (left: F, right: F) => boolean): { quantity: number; unitPrice: number } | null {
  const found: { quantity: number; unitPrice: number }[] = [];
  for (let j = 0; j < figures.length; j++) {
    for (let i = j + 1; i < figures.length; i++) {
      for (const left of readings(figures[j])) {
        for (const right of readings(figures[i])) {
          if (!(left.value > 0) || !(right.value > 0) || !makesToTheCent(left.value, right.value, total, whole)) continue;
          const leftIsQuantity = unitFirst == null ? quantityFirst(left, right) : !unitFirst;
          const pair = leftIsQuantity ? { quantity: left.value, unitPrice: right.value } : { quantity: right.value, unitPrice: left.value };
          if (!found.some((p) => p.quantity === pair.quantity && p.unitPrice === pair.unitPrice)) found.push(pair);
        }
      }
    }
  }
  return found.length === 1 ? found[0] : null;
}
