/**
 * @module test/engine/derive/proportional-shares
 * One amount shared over lines in proportion to their totals: each share rounded to the minor
 * unit, the remainder kept, so the shares add up to the amount exactly.
 */
import t from 'tap';
import { shareInProportion } from '../../../engine/derive/proportional-shares.ts';

t.test('the shares add up to the amount; the units rounding leaves go to the largest remainders', async (t) => {
  // 1.94 over 4.29, 3.49, 7.99, 7.70 (23.47): 0.3546, 0.2885, 0.6604, 0.6365 -> floors 192 cents, +1 to 0.2885 and 0.6365
  t.same(shareInProportion(1.94, [4.29, 3.49, 7.99, 7.7], 2), [0.35, 0.29, 0.66, 0.64]);
  t.same(shareInProportion(1, [1, 1, 1], 2), [0.34, 0.33, 0.33], 'ties: the earlier line');
  t.same(shareInProportion(100, [150, 280, 1280], 0), [9, 16, 75], 'whole units');
  t.same(shareInProportion(-1.94, [4.29, 3.49, 7.99, 7.7], 2), [-0.35, -0.29, -0.66, -0.64], 'a refund');
  t.equal(shareInProportion(1, [0, 0], 2), null);
});
