/**
 * @module engine/extract/particle-name
 * A company's name that opens with a capitalised particle ("De Jaren Horeca B.V.", "Van Dijk
 * Bouw B.V.", "Del Monte S.A.", "Von Berg GmbH"): Dutch, Flemish, German and Romance family names
 * begin so, and a line printing such a name with its legal form is a name of its own, not the
 * end of the line above (a fresh tester's photo printed the trade name "Cafe de Jaren" over the
 * legal entity "De Jaren Horeca B.V.", which came back joined). A lower-case particle ("de OURO",
 * "du Marché") still continues the line above.
 */
import { fold } from '../parse/lines.ts';
import { LEGAL_FORM } from './supplier.ts';

/** A capitalised particle opening a line ("De", "Van", "Von", "Del", "Da", "Di", "Des", "Du", "Der", "Den", "La", "Le"). */
const CAPITAL_PARTICLE = /^\W*(?:De|Del|Della|Da|Do|Dos|Das|Di|Du|Des|Van|Von|Der|Den|Het|La|Le|Los|Las)\s+\p{Lu}/u;

/** Whether `text` opens with a capitalised particle and carries a legal form: a whole company name of its own. */
export function particleOpensLegalName(text: string): boolean {
  return CAPITAL_PARTICLE.test(text) && LEGAL_FORM.test(fold(text));
}

/** A particle that may open a legal name before its repeated word ("De Jaren", "Van Dijk"). */
const PARTICLE = /^(?:de|del|della|da|do|dos|das|di|du|des|van|von|der|den|het|la|le|los|las|the)$/;

/**
 * The legal entity alone, when OCR read the trade name and the legal entity under it as one line
 * ("Cafe de Jaren De Jaren Horeca B.V.", "Harbour Bites Cafe Harbour Bites Pty Ltd", "Bakkerij
 * Zonnehoek Zonnehoek Voeding B.V."): the text is split where a capitalised word (or a capitalised
 * particle before it) repeats a word of three letters or more of the part before (the word right
 * before it only when a word stands between the repeat and the legal form), the part after carries a legal form and the part before
 * has none and is a name of two words or more. The engine returns the legal entity when a
 * receipt prints both (the training truth does). `name` unchanged otherwise.
 */
export function legalEntityAfterTradeName(name: string): string {
  const words = name.trim().split(/\s+/);
  for (let i = 2; i < words.length; i++) {
    const w = fold(words[i]);
    if (!/^\p{Lu}/u.test(words[i]) || w.length < 3 || PARTICLE.test(w)) continue;
    // (the word right before it too, when the legal name goes on past the repeated word before its
    // form: "Bakkerij Zonnehoek Zonnehoek Voeding B.V."; a word OCR read twice, "Zonnehoek Zonnehoek
    // B.V.", leaves the legal form alone after it)
    const adjacent = fold(words[i - 1]) === w && words.length - i >= 3;
    const seen = words.slice(0, i - 1).map((x) => fold(x));
    if (!seen.includes(w) && !adjacent) continue;
    // (a capitalised particle right before the repeated word opens the legal name: "De Jaren")
    const at = PARTICLE.test(fold(words[i - 1])) && /^\p{Lu}/u.test(words[i - 1]) && i - 1 >= 2 ? i - 1 : i;
    const head = words.slice(0, at).join(' '), tail = words.slice(at).join(' ');
    // (the part before is a name on its own: two words of letters, not ending mid-name on "&", "and" or a particle)
    const whole = words.slice(0, at).filter((x) => /\p{L}{2}/u.test(x)).length >= 2 && !/^(?:&|and|und|et|y|e|i|en)$/.test(fold(words[at - 1])) && !PARTICLE.test(fold(words[at - 1]));
    if (whole && LEGAL_FORM.test(fold(tail)) && !LEGAL_FORM.test(fold(head))) return tail;
  }
  return name;
}
