/**
 * @module bench/lib/compare
 * How the accuracy benches compare a predicted field with its truth: amounts equal to the cent;
 * dates equal as days (from the truth's `date_iso` when present, else parsed; a prediction is
 * read month-first only when its currency is USD, year first when it is JPY or KRW, as the
 * engine reads it: engine/extract/receipt.ts dateOrderFor); names equal after folding case, accents
 * (with the letters whose stroke Unicode does not decompose, ł đ ø ħ ı, folded as accents are:
 * USŁUGI = USLUGI, as ZAŻÓŁĆ = ZAZOLC), punctuation, whitespace and company suffixes (dots and apostrophes inside a word dropped, so
 * S.H.H. = SHH); ids equal after dropping spaces and punctuation.
 */
import { toIsoDate, type DateOrder } from '../../engine/parse/dates.ts';

/** What a comparison may look at besides the two values. */
export interface TruthContext { fields: Record<string, unknown> }
export type Cmp = (pred: unknown, truth: unknown, rec: TruthContext, predAll: Record<string, unknown>) => boolean;

/**
 * Company legal forms dropped before names compare (after dots inside a word are joined: N.V. =
 * nv, d.o.o. = doo, s.r.o. = sro, E.I.R.L. = eirl, Sp. z o.o. = sp z oo, s.c. = sc, Soc. Agr. =
 * soc agr): Malaysia's Sdn Bhd, the UK's Ltd/plc/LLP, Germany's GmbH/AG/KG, the Benelux BV/NV/BVBA,
 * the Latin SA/SL/SRL/SpA/SAS/SAC/EIRL/Lda/SA de CV and Italy's Soc. Agr. (società agricola), Central
 * Europe's s.r.o./d.o.o./d.d./Kft./Zrt./sp. z o.o. and Poland's s.c. (spółka cywilna), the Nordic
 * AB/AS/ApS/Oy/Oyj, Asia's Pte/Pvt. A truth that writes the form and a reading that leaves it off name the same company.
 */
const SUFFIX = /\b(sdn|bhd|berhad|s b|ltd|limited|llp|gmbh|inc|llc|plc|co|corp|corporation|company|ag|kg|bv|nv|bvba|sa|sarl|sl|slu|srl|spa|sas|sac|eirl|lda|sa de cv|de cv|sro|doo|dd|kft|zrt|sp z oo|sc|soc agr|ab|as|aps|oy|oyj|pte|pvt|pty|m)\b/g;

/** Letters with a stroke or without a dot, which NFD leaves whole, and their base letter. */
const STROKED: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ı: 'i' };

export function normName(s: unknown, extra?: RegExp): string {
  // dots and apostrophes join (S.H.H. = SHH, S.a.r.l. = SARL, McDonald's = McDonalds); other punctuation separates words
  let t = String(s ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[łđøħı]/g, (c) => STROKED[c]).replace(/(?<=\p{L})[.'’](?=\p{L})/gu, '').replace(/[^\p{L}\d]+/gu, ' ');
  t = t.replace(SUFFIX, ' ');
  if (extra) t = t.replace(extra, ' ');
  return t.replace(/\s+/g, ' ').trim();
}
const normId = (s: unknown) => String(s ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
const dayOf = (s: unknown, iso?: unknown, order: DateOrder = 'dmy') => (typeof iso === 'string' ? iso : typeof s === 'string' ? (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : toIsoDate(s, order)) : null);

export const amount: Cmp = (p, t) => typeof p === 'number' && typeof t === 'number' && Math.abs(p - t) < 0.005;
export const date = (isoKey?: string): Cmp => (p, t, rec, all) => {
  const want = dayOf(t, isoKey ? rec.fields[isoKey] : undefined);
  const got = dayOf(p, undefined, all.currencyCode === 'USD' ? 'mdy' : all.currencyCode === 'JPY' || all.currencyCode === 'KRW' ? 'ymd' : 'dmy');
  return want != null && got != null && want === got;
};
export const name: Cmp = (p, t) => p != null && normName(p) === normName(t) && normName(t) !== '';
export const bank: Cmp = (p, t) => p != null && normName(p, /\bbank\b/g) === normName(t, /\bbank\b/g);
export const id: Cmp = (p, t) => p != null && normId(p) === normId(t);
export const exact: Cmp = (p, t) => p === t;
