/**
 * @module engine/extract/academic-title
 * A person's academic or professional titles around their name, as Czech, Slovak, German and
 * Austrian letters print them: before it "Ing.", "Mgr.", "Bc.", "MUDr.", "JUDr.", "PhDr.",
 * "RNDr.", "MVDr.", "PaedDr.", "doc.", "Dr.", "Dr. med.", "Prof.", "Dipl.-Ing.", "Dipl.-Kfm.",
 * "Mag.", several in a row ("Prof. Ing.", "Mgr. Bc."), and after it ", Ph.D.", ", CSc.",
 * ", DrSc.", ", DiS.", ", MBA". They qualify the person and are no part of the account holder's
 * name: a fresh tester's Czech statement printed "Ing. Jana Svobodová" where its truth held
 * "Jana Svobodová", as the courtesy salutations are dropped (bank-statement.ts `withoutSalutation`).
 */
import { fold } from '../parse/lines.ts';
import { LEGAL_FORM } from './supplier.ts';

/** One title before a name; the short ones that are also words or names ("doc", "mag") only with their point. */
const TITLE_BEFORE = /^(?:prof\.?|doc\.|dr\.?(?:\s*(?:med|jur|phil|rer\.\s*nat|h\.\s*c)\.)?|ing\.(?:\s*arch\.)?|mgr\.?|bc\.?|mudr\.?|judr\.?|phdr\.?|rndr\.?|mvdr\.?|paeddr\.?|thdr\.?|pharmdr\.?|dipl\.\s*-?\s*(?:ing|kfm|oec|psych)\.?|mag\.)\s+/iu;
/** One title after a name, after a comma or a space ("Jana Svobodová, Ph.D.", "Petr Novák CSc."). */
const TITLE_AFTER = /,?\s+(?:ph\.\s?d\.|csc\.|drsc\.|dis\.|mba|msc\.?|llm\.?|ll\.m\.)\s*$/iu;

/**
 * `name` without the academic or professional titles before and after it ("Ing. Jana Svobodová"
 * gives "Jana Svobodová", "Prof. Dr. Karl Weber" "Karl Weber", "Mgr. Petr Novák, Ph.D." "Petr
 * Novák"). A title goes only while at least two words of the name stay ("Dr Who" stays whole),
 * and never from a company's name, which holds it as a founder's ("Dr. Oetker Nahrungsmittel KG",
 * "Dr. Martens plc": a legal form, ./supplier.ts LEGAL_FORM). Never throws; returns `name`
 * unchanged when it carries no title.
 */
export function withoutAcademicTitles(name: string): string {
  if (LEGAL_FORM.test(fold(name))) return name;
  let s = name.trim();
  for (;;) {
    const before = TITLE_BEFORE.exec(s);
    const rest = before ? s.slice(before[0].length) : null;
    if (rest !== null && wordsOf(rest) >= 2) { s = rest; continue; }
    const after = TITLE_AFTER.exec(s);
    const head = after ? s.slice(0, after.index) : null;
    if (head !== null && wordsOf(head) >= 2) { s = head.replace(/[\s,]+$/, ''); continue; }
    return s;
  }
}

const wordsOf = (s: string) => s.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length;
