/**
 * @module engine/parse/amounts
 * Money amounts as printed: "1,234.56", "1.234,56", "1 234,56", "€12,90", "12.90-", "(12.90)",
 * "12.90 CR" / "DR", "RM 9.00", "$1,200.00". The decimal separator is the last of `.`/`,` when
 * both appear; a lone separator followed by exactly three digits is a thousands separator only
 * when it is a comma ("1,234" = 1234, "1.579" = 1.579, a price per litre). Negative markers:
 * a leading or trailing minus, parentheses, and DR; CR is positive.
 */

export interface AmountMatch {
  value: number;
  /** The characters matched, as printed. */
  text: string;
  start: number;
  end: number;
  /** Digits after the decimal separator (0 for whole numbers). */
  decimals: number;
  /** Currency symbol or code printed with the amount, as written (e.g. "RM", "€"). */
  currency: string | null;
  /** CR / DR marker when printed. */
  marker: 'CR' | 'DR' | null;
}

const CUR_PREFIX = String.raw`(?:RM|R|US\$|A\$|C\$|NZ\$|S\$|HK\$|[$€£¥₹]|(?:USD|EUR|GBP|MYR|ZAR|AUD|CAD|CHF|SGD|INR|JPY|NZD|HKD)\b)`;
const NUMBER = String.raw`\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,3})?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,3})?|[.,]\d{2}`;
const AMOUNT_RE = new RegExp(
  String.raw`(?<![\w.,/:-])(\()?\s?(-\s?)?(${CUR_PREFIX})?\s?(-\s?)?(${NUMBER})(?:\s?(${CUR_PREFIX}))?(-)?(\))?(?:\s?(CR|DR|Cr|Dr)\b)?(?![\w/:]|[.,]\d)`,
  'g',
);

/** Reads the numeric part of an amount ("1.234,56" -> 1234.56); null when it is not a number. */
export function parseNumber(raw: string): { value: number; decimals: number } | null {
  const s = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[\d.,]*\d[\d.,]*$/.test(s) && !/^[.,]\d+$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let intPart = s;
  let frac = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const sep = lastDot > lastComma ? '.' : ',';
    const i = Math.max(lastDot, lastComma);
    intPart = s.slice(0, i);
    frac = s.slice(i + 1);
    const other = sep === '.' ? ',' : '.';
    if (intPart.includes(sep)) return null;
    if (!intPart.split(other).slice(1).every((g) => g.length === 3)) return null;
    intPart = intPart.split(other).join('');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    if (parts.length > 2) {
      if (!parts.slice(1).every((g) => g.length === 3)) return null;
      intPart = parts.join('');
    } else if (sep === ',' && parts[1].length === 3 && parts[0].length > 0 && parts[0] !== '0') {
      intPart = parts.join('');
    } else {
      intPart = parts[0];
      frac = parts[1];
    }
  }
  if (intPart === '') intPart = '0';
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(frac)) return null;
  const value = Number(`${intPart}.${frac || '0'}`);
  return Number.isFinite(value) ? { value, decimals: frac.length } : null;
}

function toMatch(m: RegExpExecArray): AmountMatch | null {
  const [text, open, minus1, cur1, minus2, num, cur2, trailMinus, close, marker] = m;
  const parsed = parseNumber(num);
  if (!parsed) return null;
  if ((open && !close) || (close && !open)) {
    // unbalanced parenthesis: not a negative marker, just punctuation
  }
  const negative = Boolean(minus1 || minus2 || trailMinus || (open && close) || /^dr$/i.test(marker ?? ''));
  const value = Math.round((negative ? -parsed.value : parsed.value) * 1000) / 1000;
  let start = m.index;
  let t = text;
  if (open && !close) {
    t = t.slice(1);
    start += 1;
  }
  return {
    value: Object.is(value, -0) ? 0 : value,
    text: t.trim(),
    start,
    end: m.index + text.length,
    decimals: parsed.decimals,
    currency: cur1 ?? cur2 ?? null,
    marker: marker ? (marker.toUpperCase() as 'CR' | 'DR') : null,
  };
}

/** Every amount-looking token in a line, left to right, with positions. */
export function findAmounts(line: string): AmountMatch[] {
  const out: AmountMatch[] = [];
  AMOUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT_RE.exec(line))) {
    const a = toMatch(m);
    if (a) out.push(a);
  }
  return out;
}

/** Parses one printed amount; null when the text is not exactly one amount. */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const all = findAmounts(trimmed);
  if (all.length !== 1) return null;
  const a = all[0];
  const rest = (trimmed.slice(0, a.start) + trimmed.slice(a.end)).trim();
  return rest === '' ? a.value : null;
}

/** Rounds to cents, the precision money is compared at. */
export function cents(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Equal to the cent. */
export function sameAmount(a: number | null | undefined, b: number | null | undefined): boolean {
  return a != null && b != null && Math.abs(a - b) < 0.005;
}
