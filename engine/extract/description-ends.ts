/**
 * @module engine/extract/description-ends
 * The ends of a statement row's description: what the table's layout leaves there (a dot
 * leader, the dot after a day "24.01.", a sign's "+") goes, what the text prints stays.
 */

/** A description ending with an abbreviation's dot: a word of at most four letters after a space or a dot ("Kft.", "s.r.o.", "Ltd.", "Dr."). */
const ABBREVIATION_END = /(?:^|[\s.])\p{L}{1,4}\.$/u;

/**
 * A row's description with its spaces made single and the dots, spaces and a sign's "+" at its
 * ends taken off (a dot leader, the dot after a date), but the dot that closes an abbreviation
 * kept ("Munkabér Dunaferr Kft.", "Mzda ACME CZ s.r.o.": a fresh tester's statements lost it), a
 * sign's "+" after it or not ("NOMINA TECNOVAL S.A. +", a later tester's Spanish statement).
 */
export function trimmedDescription(text: string): string {
  const t = text.replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.+]+$/g, '');
  // (the abbreviation looked for before a sign's "+" the row's amount left after it, "NOMINA TECNOVAL S.A. +")
  const printed = text.replace(/[\s+]+$/, '');
  return t && ABBREVIATION_END.test(printed) && printed.endsWith(t.slice(-1) + '.') ? `${t}.` : t;
}
