/**
 * @module engine/extract/name-consensus
 * Repairs a misread word of a name with the same word read well elsewhere on the document.
 *
 * A shop's name is printed large or in a stylised font at the top of a receipt, where OCR is
 * least sure of it ("SANYO" at confidence 0.00 above "SANYU SUPPLY SDN BHD" at 0.90, "(SETI&"
 * above the address "JALAN SETIA INDAH"), while its words recur in plain print in the address,
 * the owner's line or the footer. So a word of the name that OCR was unsure of and that is no
 * English word is replaced by a word one letter away (one letter changed, added or dropped)
 * read with high confidence on another line (not a priced row: an item or a total is no place
 * the name is printed again) — only when exactly one such word exists, so nothing is ever
 * taken from thin air. A word OCR was sure of but that is no word ("Goardian" at
 * 0.85) is repaired too when its twin is read well twice elsewhere ("Guardian" in the points line
 * and the footer), and so are two halves of a word split by the reading, neither a word
 * ("Goar dian", "Guar dian"), when their join is or is one letter off such a twin. A word read
 * the same way on another line, or read at SURE_GLYPHS or above, is never changed: its twin is
 * then another word ("Cafe Nero" beside "Hero Burger"), not the name printed again.
 */
import type { DocLine } from '../parse/lines.ts';
import { isWord } from '../parse/word-lexicon.ts';
import { oneEditApart } from '../parse/one-edit.ts';
import { findAmounts } from '../parse/amounts.ts';

/**
 * A word OCR read at or above this confidence (on the calibrated scale of
 * ../read/word-confidence.ts: 95 % of words read so are read exactly right) is taken as printed:
 * no letter of it is changed, by a twin elsewhere nor by the lexicon (./receipt-supplier.ts).
 * A name need not be English ("Cafe Nero" is no misread of "Hero" because "hero" is a word);
 * only a word OCR was unsure of gives the repair any evidence.
 */
export const SURE_GLYPHS = 0.95;
/** A name word read below this confidence may be repaired... */
const UNSURE = 0.75;
/** ...by a word read at or above this one. */
const SURE = 0.85;
const MIN_LETTERS = 4;
/**
 * A name word read surely but no word ("Goardian" at 0.85) is repaired too when its twin is read
 * well this many times on other lines ("Guardian" at 0.94 in the points line and the footer).
 */
const REPEATED = 2;

/** Whether the line prints a figure with cents: an item, a total, a payment (not an address, a footer, an owner's line). */
const priced = (l: DocLine) => findAmounts(l.text).some((a) => a.decimals === 2);

/** Letter runs of a text: "(SETI&" -> ["SETI"], "Sanyu.Stationery" -> ["Sanyu", "Stationery"]. */
const runs = (text: string) => text.match(/\p{L}+/gu) ?? [];

/**
 * `name` with its unsure non-English words replaced by their well-read twin elsewhere.
 * `from` are the lines the name was read from (their words give its confidences), `all` the
 * lines of the document.
 */
export function repairFromDocument(name: string, from: DocLine[], all: DocLine[]): string {
  const confidence = new Map<string, number>();
  for (const w of from.flatMap((l) => l.words)) {
    for (const r of runs(w.text)) confidence.set(r.toLowerCase(), Math.min(w.confidence, confidence.get(r.toLowerCase()) ?? 1));
  }
  const own = new Set(from);
  // every word read on another line, however surely: a name word read the same way there is printed so
  const elsewhere = new Set(all.filter((l) => !own.has(l)).flatMap((l) => l.words.flatMap((w) => runs(w.text).map((r) => r.toLowerCase()))));
  const sure = new Map<string, string>();
  const times = new Map<string, number>();
  // (a priced row, an item or a total, is no place the name is printed again: "Hero Burger 8.50" twice
  // on the slip of "Cafe Nero" is no twin of its name)
  for (const w of all.filter((l) => !own.has(l) && !priced(l)).flatMap((l) => l.words)) {
    if (w.confidence < SURE) continue;
    for (const r of runs(w.text)) if (r.length >= MIN_LETTERS) { sure.set(r.toLowerCase(), r); times.set(r.toLowerCase(), (times.get(r.toLowerCase()) ?? 0) + 1); }
  }
  // a word split in two by the reading, each half no word ("Goar dian"), is one word whose twin
  // is read well REPEATED times elsewhere ("Guardian"): the recogniser took a letter gap for a space
  const tokens = name.split(' ');
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i], tokens[i + 1]];
    if (!/^\p{L}+$/u.test(a) || !/^\p{L}+$/u.test(b) || a.length + b.length < MIN_LETTERS || isWord(a) || isWord(b)) continue;
    const key = (a + b).toLowerCase();
    const twins = [...sure.keys()].filter((s) => (s === key || oneEditApart(key, s)) && (times.get(s) ?? 0) >= REPEATED);
    if (twins.length === 1) tokens.splice(i, 2, inCaseOf(a + b, sure.get(twins[0])!));
  }
  return tokens.join(' ').replace(/\p{L}+/gu, (word) => {
    const key = word.toLowerCase();
    if (word.length < MIN_LETTERS || isWord(word) || elsewhere.has(key) || (confidence.get(key) ?? 1) >= SURE_GLYPHS) return word;
    // a word OCR was fairly sure of is repaired only by a twin read well REPEATED times elsewhere
    const unsure = (confidence.get(key) ?? 1) < UNSURE;
    const twins = [...sure.keys()].filter((s) => oneEditApart(key, s) && (unsure || (times.get(s) ?? 0) >= REPEATED));
    return twins.length === 1 ? inCaseOf(word, sure.get(twins[0])!) : word;
  });
}

/** `twin` in the case `word` was read in (upper, lower, title; else as the twin was read). */
function inCaseOf(word: string, twin: string): string {
  if (word === word.toUpperCase()) return twin.toUpperCase();
  if (word === word.toLowerCase()) return twin.toLowerCase();
  if (word === word[0] + word.slice(1).toLowerCase()) return twin[0].toUpperCase() + twin.slice(1).toLowerCase();
  return twin;
}
