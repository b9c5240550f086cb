/**
 * @module engine/extract/numbered-name
 * A shop whose name begins with a number sign and a small number ("No. 1 Coffee Shop", "No 1
 * Noodle House", "Nº 1 Coffee Shop", "NO.7 BAR & GRILL"): the rules for a receipt's header read
 * "No." as a house number opening the address ("No. 12 Jalan Penang") or as a registration
 * number's label ("No. 12345-X"). What follows the number tells them apart: a street word or a
 * comma makes an address ("No. 3, Lorong 5", "NO. 2-1, JALAN"), name words with no street word a
 * name. A tester's fault kind (last pass): such a name was passed over for the address.
 */

/** "No.", "No", "Nº", "N°" and a number of one or two digits, then a word: the opening of a numbered name (case-insensitive). */
const NUMBERED_OPENING = /^\W*n[o°º]\.?\s*\d{1,2}\s+(?=\p{L})/iu;
/**
 * Words of an address (folded text, whole words): streets, roads and their abbreviations in
 * English, the Malay words of a Malaysian address (jalan, lorong, taman, pusat, kompleks,
 * bangunan, wisma, tingkat, ...), the other languages' street words, and a building's, floor's or
 * estate's words ("No. 1 Industrial Park", "No 2 Block B").
 */
const ADDRESS_WORD = /(?<![\p{L}\d])(?:street|st|road|rd|avenue|ave|lane|ln|way|drive|dr|boulevard|blvd|highway|hwy|place|pl|square|sq|terrace|tce|court|ct|crescent|cres|parade|pde|close|row|walk|grove|gardens|hill|quay|wharf|jalan|jln|jl|lorong|lrg|taman|tmn|persiaran|lebuh|lebuhraya|pusat|kompleks|bangunan|wisma|menara|kampung|kg|bandar|seksyen|blok|tingkat|aras|simpang|batu|desa|medan|pekan|rue|avenida|calle|rua|via|viale|strasse|straße|str|weg|platz|gasse|allee|ul|soi|moo|building|bldg|block|blk|floor|flr|level|lvl|lot|unit|suite|ste|tower|plaza|mall|centre|center|complex|industrial|estate|park)(?![\p{L}])/iu;

/**
 * Whether `text` is a numbered shop name: NUMBERED_OPENING, then words of letters only (with
 * "&", "'", "-" and a point between them) of which at least one has three letters or more, no
 * comma, no other digit and no address word (ADDRESS_WORD). Whether the line stands where a name
 * does (the top name-like line) is the caller's to judge.
 */
export function numberedName(text: string): boolean {
  const m = NUMBERED_OPENING.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length).trim();
  if (/[\d,]/.test(rest) || !/\p{L}{3}/u.test(rest) || !/^[\p{L}&'’.\- ]+$/u.test(rest)) return false;
  return !ADDRESS_WORD.test(rest.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
}

/** `text` without the number sign of a numbered name ("No. 1 Coffee Shop" -> "1 Coffee Shop"), for the tests that read "No." as a label. */
export function withoutNumberSign(text: string): string {
  return text.replace(/^\W*n[o°º]\.?\s*/iu, '');
}
