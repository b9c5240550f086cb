/**
 * @module engine/extract/cover-count
 * A restaurant's cover charge is priced per person, and the till prints how many covers beside
 * its name: "Coperto x2 4,00", "Coperti 2x 4,00", "Couvert x 3 6,00". The count is the line's
 * quantity (its unit price then follows from the line total, engine/derive), and no part of the
 * name. Only after a cover word (IT "coperto", "coperti", FR/PT/DE/NL "couvert", EN "cover",
 * "cover charge", ES "cubierto", "cubiertos", DE "Gedeck"): after any other name, "x6" is as
 * often a pack's size ("Acqua x6 3,00") as a count. Pure.
 */
import { keyword, matchAny } from '../parse/lines.ts';

const COVER = ['coperto', 'coperti', 'couvert', 'couverts', 'cover charge', 'cover', 'covers', 'cubierto', 'cubiertos', 'gedeck'].map((x) => keyword(x));
/** The count after the cover word: "x2", "x 2", "2x", "2 x", "× 2", or "2" alone, ending the name. */
const COUNT = /\s+(?:[x×*]\s?(\d{1,2})|(\d{1,2})\s?[x×*]?)\s*$/iu;

/** The cover count ending `name` (a row's description) and the name without it; null when `name` names no cover or prints no count. */
export function coverCount(name: string): { count: number; name: string } | null {
  const m = COUNT.exec(name);
  if (!m) return null;
  const rest = name.slice(0, m.index).trim();
  const count = Number(m[1] ?? m[2]);
  return count >= 1 && matchAny(rest, COVER) ? { count, name: rest } : null;
}
