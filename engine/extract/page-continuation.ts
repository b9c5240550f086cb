/**
 * @module engine/extract/page-continuation
 * The note a statement prints under a page's last row to say that the table goes on over the
 * page ("continued overleaf", "Fortsetzung auf der nächsten Seite", "suite au verso",
 * "pokračování na další straně"): no text of a row. A fresh tester's Czech and British
 * statements came back with it glued to the last row's description.
 * Phrases in EN DE FR ES IT PT NL PL CS SK HU RO HR SL DA NO SV FI, matched on the folded text
 * (lower case, no accents) of a whole line, with the ellipsis, arrow or page mark printed around it.
 */
import { fold } from '../parse/lines.ts';

/** Where the rows go on: over the page, on the next one (an optional tail of the phrases below). */
const ONWARD = String.raw`(?:\s+(?:on|to)\s+(?:the\s+)?(?:next|following)\s+page|\s+overleaf|\s+on\s+(?:the\s+)?reverse|\s+over)?`;

/** The phrases, folded: each a whole note, with its optional "where". */
const PHRASES = [
  // EN
  String.raw`(?:continued|continues)${ONWARD}`, 'see overleaf', 'please turn over', 'p\\.?t\\.?o\\.?', 'carried over',
  // DE
  String.raw`fortsetzung(?:\s+(?:auf\s+(?:der\s+)?)?(?:nachste[nr]?|folgende[nr]?)\s+seite|\s+folgt|\s+umseitig|\s+siehe\s+ruckseite)?`, 'bitte wenden', 'weiter auf (?:der )?(?:nachsten|folgenden) seite',
  // FR
  String.raw`suite\s+(?:au\s+verso|(?:a\s+la\s+)?page\s+suivante)`, 'voir (?:au )?verso', 'a suivre', 'tournez s\\.?v\\.?p\\.?',
  // ES, IT, PT
  String.raw`(?:continua|sigue|segue)(?:\s+(?:en|alla?|na|no|a)\s+(?:la\s+)?(?:pagina|dorso|verso)(?:\s+(?:siguiente|successiva|seguinte))?|\s+al\s+dorso|\s+a\s+tergo)?`,
  // NL
  String.raw`(?:zie\s+)?ommezijde`, 'z\\.?o\\.?z\\.?', String.raw`vervolg(?:\s+op\s+(?:de\s+)?volgende\s+pagina)?`,
  // PL
  String.raw`ciag\s+dalszy(?:\s+na\s+(?:nastepnej|kolejnej)\s+stronie)?`,
  // CS, SK
  String.raw`pokracovani(?:\s+na\s+(?:dalsi|nasledujici)\s+strane)?`, String.raw`pokracovanie(?:\s+na\s+(?:dalsej|nasledujucej)\s+strane)?`,
  // HU, RO, HR, SL
  String.raw`folytatas(?:\s+a\s+(?:kovetkezo|kov\.)\s+oldalon)?`, String.raw`continuare(?:\s+pe\s+pagina\s+urmatoare)?`,
  String.raw`nastavak(?:\s+na\s+(?:sljedecoj|slijedecoj|sledecoj)\s+stranici)?`, String.raw`nadaljevanje(?:\s+na\s+naslednji\s+strani)?`,
  // DA, NO, SV, FI
  String.raw`(?:fortsaettes|fortsetter|fortsatter|fortsattning)(?:\s+pa\s+(?:naeste|neste|nasta)\s+(?:side|sida))?`, String.raw`jatkuu(?:\s+seuraavalla\s+sivulla)?`,
];

/** A whole line that is a continuation note, with the marks printed around it ("...", "→", "./.", "- 2 -"). */
const NOTE = new RegExp(String.raw`^[\s.…/\-–—>→»*(]*(?:${PHRASES.join('|')})[\s.…:/\-–—>→»*)]*(?:\d{1,3}(?:\s*/\s*\d{1,3})?)?[\s.…)]*$`);

/**
 * Whether a line's text is only a note that the rows go on over the page (see the module's
 * note): "continued overleaf", "Fortsetzung auf der nächsten Seite", "suite au verso", "ciąg
 * dalszy", "... continua". A description that merely contains such a word ("CONTINUED CARE
 * LTD 45.00") is not one: the whole line must be the note.
 */
export function pageContinuation(text: string): boolean {
  return NOTE.test(fold(text).replace(/\s+/g, ' ').trim());
}
