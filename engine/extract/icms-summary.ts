/**
 * @module engine/extract/icms-summary
 * Brazil's ICMS summary on a receipt (NFC-e, cupom fiscal): the state VAT on goods (Imposto sobre
 * Circulação de Mercadorias e Serviços, Lei Complementar 87/1996) printed as its rate, its base and
 * its value: "ICMS 18% BASE 45,00 VALOR 8,10", "BASE CALC. ICMS 45,00  VALOR ICMS 8,10", "BC ICMS
 * 45,00 ICMS 8,10", "T18%  BASE 45,00  VALOR 8,10" (a class row: T for taxed, at its rate), its value
 * wrapped onto the next line on a narrow slip. The tax is the figure the value word (VALOR, VL,
 * VLR) or the ICMS word labels after the base, never the base; the items' class codes ("T18%", "F1"
 * substitution, "I1" exempt, "N1" not levied) are no figure of it. When the summary prints a rate,
 * base x rate must make the value (to 2 cents or 1 %), else the summary gives no tax rather than a
 * wrong one.
 */
import { amountsIn, fold, type DocLine, type PlacedAmount } from '../parse/lines.ts';
import type { AmountCandidate } from './labels.ts';

/** A line of the summary: it names ICMS or opens with a T class at a rate, and labels a base. */
const ICMS_OR_CLASS = /(?<![\p{L}\d])icms(?![\p{L}\d])|^\W*t\s?\d{1,2}(?:[.,]\d{1,2})?\s?%/u;
/** The base's label, right before its figure: "BASE", "BASE CALC.", "Base de Cálculo do ICMS", "BC ICMS", "B.C.". */
const BASE_LABEL = /(?<![\p{L}\d])(?:base(?:\s+de)?(?:\s+calc(?:ulo|\.)?)?|b\.?\s?c\.?)(?:\s+(?:do\s+)?icms)?\s*[:.]?\s*(?:r\$\s*)?$/u;
/** The value's label, right before its figure: "VALOR", "VL.", "VLR", "Valor do ICMS", or "ICMS" alone after the base. */
const VALUE_LABEL = /(?<![\p{L}\d])(?:(?:valor|vlr?\.?)(?:\s+(?:do\s+)?icms)?|icms)\s*[:.]?\s*(?:r\$\s*)?$/u;
/** The summary's rate: "18%", "18,00%". */
const RATE = /(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%/;

/** The line's money figures (two decimals, no rate), each with the folded text between the figure before it (or the line's start) and it. */
function labelledFigures(line: DocLine): { amount: PlacedAmount; label: string }[] {
  const folded = fold(line.text);
  const figures = amountsIn(line).filter((a) => a.decimals === 2 && !/^\s?%/.test(line.text.slice(a.end)));
  return figures.map((a, i) => ({ amount: a, label: folded.slice(i ? figures[i - 1].end : 0, a.start) }));
}

/**
 * The ICMS value of the page's summary as a tax candidate, with the base it was read beside; null
 * when no line names ICMS (or a T class) with a labelled base and a labelled value after it (on
 * its line or the next), or when a printed rate does not make the value from the base.
 */
export function icmsSummaryTax(lines: DocLine[]): { tax: AmountCandidate; base: number; lines: DocLine[] } | null {
  for (const [i, line] of lines.entries()) {
    const folded = fold(line.text);
    if (!ICMS_OR_CLASS.test(folded)) continue;
    const own = labelledFigures(line);
    const b = own.findIndex((f) => BASE_LABEL.test(f.label));
    if (b < 0) continue;
    const next = lines[i + 1];
    const after = [...own.slice(b + 1).map((f) => ({ ...f, line })), ...(own.length === b + 1 && next && next.page === line.page ? labelledFigures(next).slice(0, 1).map((f) => ({ ...f, line: next })) : [])];
    const value = after[0] && VALUE_LABEL.test(after[0].label) ? after[0] : null;
    if (!value) continue;
    const base = own[b].amount.value;
    const rate = RATE.exec(line.text);
    if (rate) {
      const r = Number(rate[1].replace(',', '.')) / 100;
      if (!(r > 0 && r <= 0.35) || Math.abs(base * r - value.amount.value) > Math.max(0.02, 0.01 * value.amount.value)) return null;
    }
    return { tax: { value: value.amount.value, amount: value.amount, label: line, pattern: 0, sameRow: value.line === line }, base, lines: value.line === line ? [line] : [line, value.line] };
  }
  return null;
}
