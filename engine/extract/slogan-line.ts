/**
 * @module engine/extract/slogan-line
 * Whether a header line reads as a sentence (a slogan, a motto) rather than a name.
 *
 * Shop names are printed in capitals or with every word of their own capitalised ("Boulangerie
 * du Marché", "Harbourside Books", "KEDAI RUNCIT SRI MURNI"): only the small words between them
 * stay lower-case (du, de la, am, 't, of, &). Slogans are written as sentences: the words after
 * the first in lower case ("Artisan boulanger", "Baked with love", "Lo mejor de la tierra",
 * "Read more, worry less") or short words closed by stops ("Fresh. Local. Aussie."). Found on a
 * fresh tester's receipts, whose slogan over the name was returned as the shop.
 *
 * The caller decides what a sentence costs (a name beside it wins); this module only reads the
 * line. Pure; no errors.
 */
import { COMPANY_SUFFIX, legalFormOnly } from './supplier.ts';

/**
 * The small words a name keeps in lower case between its capitalised words, in the languages
 * served: articles, prepositions and conjunctions ("Boulangerie du Marché", "Apotheke am See",
 * "Frituur 't Pleintje", "Taquería el Güero", "Pizzeria da Gino", "Bar e Tabacchi").
 */
const NAME_PARTICLE = /^(?:&|and|und|et|y|e|i|o|the|of|a|à|au|aux|en|la|el|los|las|le|les|l'|du|des|de|del|della|dello|delle|dei|da|do|dos|das|di|il|lo|al|am|an|im|zum|zur|der|die|das|von|van|vom|den|het|'t|’t|op|in|pod|na|nad|w|u|z|ze|at|on|by|sur|bei|auf|för|och|og)$/iu;

/** A word of three letters or more (a trailing stop or comma allowed) written all in lower case; a legal form or company suffix read in lower case ("sdn", "bhd", "gmbh", "cafe") is none. */
const LOWER_WORD = /^\p{Ll}{3,}[.,;:]?$/u;

const SUFFIX_WORD = new RegExp(String.raw`^(?:${COMPANY_SUFFIX.source}|sdn)$`, 'iu');
function lowerWord(w: string): boolean {
  const bare = w.replace(/[.,;:]$/, '');
  return LOWER_WORD.test(w) && !NAME_PARTICLE.test(bare) && !legalFormOnly(bare) && !SUFFIX_WORD.test(bare);
}

/** A stop or comma after a word of two lower-case letters or more, before the next word ("Fresh. Local", "more, worry"). */
const SENTENCE_BREAK = /\p{Ll}{2}[.,;]\s+(?=\p{L})/gu;

/**
 * Whether `text` (a header line as read) is written as a sentence: a word after the first is a
 * lower-case word of three letters or more that is no name particle (NAME_PARTICLE), or two
 * words or more are closed by a stop or comma before the next ("Fresh. Local. Aussie."). A name
 * in capitals, in title case or with its particles ("Boulangerie du Marché") is not; nor one
 * break alone ("Smith Bros. Hardware", "Main Street, Kinsale").
 */
export function sentenceLike(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.slice(1).some((w) => lowerWord(w))) return true;
  return (text.match(SENTENCE_BREAK) ?? []).length >= 2;
}
