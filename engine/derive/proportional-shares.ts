/**
 * @module engine/derive/proportional-shares
 * An amount shared in proportion to weights, each share rounded to the currency's minor unit and
 * the rounding remainder kept, so the shares add up to the amount exactly: the largest remainder
 * method (Hamilton's), as a till or an invoice apportions one tax over its lines. Pure.
 */

/**
 * `amount` (currency units) shared in proportion to `weights` (all of one sign), each share
 * a multiple of 10^-`decimals` (2: cents; 0: whole units), summing to `amount` rounded to that
 * unit. The units the rounding down leaves go one each to the shares with the largest remainders
 * (ties: the earlier share). Empty for no weights; null when the weights sum to 0.
 */
export function shareInProportion(amount: number, weights: number[], decimals: number): number[] | null {
  if (!weights.length) return [];
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum === 0) return null;
  // (a negative amount, a refund's tax: the shares of its size, negated)
  if (amount < 0) return shareInProportion(-amount, weights, decimals)!.map((x) => -x || 0);
  const scale = 10 ** decimals;
  const units = Math.round(amount * scale);
  const exact = weights.map((w) => (units * w) / sum);
  const floor = exact.map((x) => Math.floor(x + 1e-9));
  let left = units - floor.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => [x - floor[i], i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floor[i]++;
    left--;
  }
  return floor.map((x) => x / scale);
}
