/**
 * @module engine/extract/code-row
 * A till row of codes and figures with no name of its own, as Malaysian and Singaporean tills
 * print an item: its article code or barcode, quantity, unit price, line total and GST tax code
 * ("2105 2 8.48 16.96 SR", "1 204 21.20 SR", "1x 00004410236 8.48SR", "JG001 1 40.00 0+0 42.40"),
 * the item's name on a line of its own above or below it. The tax codes are those of Malaysia's
 * GST (2015-2018: SR standard rated, ZR zero rated, ES exempt, OS out of scope) and Singapore's
 * GST (SR, ZR, ES, OS). Pure.
 */
import { amountsIn, type DocLine } from '../parse/lines.ts';
import { moneyDecimals } from '../parse/minor-unit.ts';
import { classLetterApart } from './class-letter-apart.ts';

/** A GST tax code printed after a till row's total, or before its name ("SR", "ZR", "ES", "OS"). */
export const GST_CODE = /^(?:SR|ZR|ES|OS)$/;

/**
 * Whether `l` is a row of codes and figures: it ends with a money figure (cents, or whole units
 * when `whole`), a tax code after it at most (or one mark: a class letter or digit, a star, or a
 * scan's "5" for an "S"), and every other word is a figure, a code holding a
 * digit and no run of four letters ("JG001", "00004410236", "1x"; "2HotCakes", "5PVCWALLPLUG" are
 * names), a sign between figures ("0+0") or a speck of at most two characters (a scan's noise, a
 * one-letter column mark): no word of a name.
 */
export function namelessCodeRow(l: DocLine, whole: boolean): boolean {
  const row = classLetterApart(l);
  const money = amountsIn(row).filter((a) => moneyDecimals(a, whole));
  const last = money[money.length - 1];
  if (!last) return false;
  const after = row.text.slice(last.end).trim();
  if (after && !GST_CODE.test(after) && !/^[*#A-Z\d]$/.test(after)) return false;
  const words = row.text.slice(0, last.start).split(/\s+/).filter(Boolean);
  return words.every((w) => (/\d/.test(w) && !/\p{L}{4,}/u.test(w)) || [...w].length <= 2);
}

/**
 * The name of an item printed under its code row, without the tax code or dash the till prints
 * before it ("SR: PAINT ROLLER", "ZR. RICE 5KG", "ZRL:ASAM BOI 65G", "- PAINT ROLLER" -> "PAINT ROLLER"): Malaysia's GST
 * supply codes (standard rated SR, zero rated ZR, its local and export supplies ZRL and ZRE, exempt ES, out of scope OS).
 */
export function nameWithoutTaxCode(text: string): string {
  return text.replace(/^\s*(?:(?:SR|ZRL|ZRE|ZR|ES|OS)\s*[:.;]|[-–])\s*/, '').trim();
}
