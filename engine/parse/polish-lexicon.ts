/**
 * @module engine/parse/polish-lexicon
 * Whether a string is a Polish word, and whether as written or only with its case folded: to tell
 * an OCR misread ("ustugi", "Battyk", "g6rna") from a word ("usługi", "Bałtyk", "górna").
 *
 * The words are hunspell-pl's (the `dictionary-pl` package: the sjp.pl / LibreOffice Polish
 * dictionary, 300 676 stems and forms with 52 affix classes; used under MPL-2.0, one of its three
 * licences). Most inflected forms are listed in full in its `.dic`; the rest come from its affix
 * file, which here is simple: one-character flags, suffix rules with no continuation classes, and
 * one prefix ("nie", cross-product with the suffixes). So a word is checked the way hunspell
 * checks it, without expanding anything: listed as it is, or a listed stem carrying the flag of a
 * suffix rule (and/or the prefix rule) whose strip/add/condition turn the stem into the word.
 * Case follows hunspell: a listed word matches itself and, capitalised or in capitals, its
 * capitalised and upper-case forms ("usługi", "Usługi", "USŁUGI"); a name listed with its
 * capital ("Wisła", "Bałtyk", "Kraków") never matches in small letters.
 *
 * Why not `nspell` (wooorm's hunspell-compatible checker, the obvious choice): it expands every
 * stem through its affixes at load, which for this dictionary took 27.3 s and 636 MB of resident
 * memory (376 MB heap; measured on the build machine, Node 20) — far over what one worker may
 * spend on a page. Checking against the stems instead costs one read, split and sort of the
 * 4.7 MB `.dic` and a parse of the 7 233-line `.aff`: 0.4-0.6 s and ~50 MB more resident memory
 * (22 MB heap), then ~0.15-0.2 ms a word (same machine, shared with other work; measured by
 * timing the first call and process.memoryUsage() around it). Loaded once, on first use
 * (synchronously: the reader runs in a worker thread); a page only asks when it is Polish and
 * has a word with a small t or a 6 between letters (../read/paddle/polish-letters.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface Affix { flag: string; strip: string; add: string; condition: RegExp; cross: boolean }
interface Lexicon {
  /** The `.dic`'s lines ("word" or "word/flags"), sorted by code unit for a binary search. */
  lines: string[];
  /** Suffix rules by the ending they add ('' for none). */
  suffixes: Map<string, Affix[]>;
  longestSuffix: number;
  prefixes: Affix[];
}
let lexicon: Lexicon | null = null;

function readAffixes(aff: string): { suffixes: Map<string, Affix[]>; prefixes: Affix[]; longestSuffix: number } {
  const suffixes = new Map<string, Affix[]>();
  const prefixes: Affix[] = [];
  const cross = new Map<string, boolean>();
  let longestSuffix = 0;
  for (const line of aff.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f[0] !== 'SFX' && f[0] !== 'PFX') continue;
    if (f.length === 4 && /^\d+$/.test(f[3])) { cross.set(f[0] + f[1], f[2] === 'Y'); continue; }
    if (f.length < 5) continue;
    const strip = f[2] === '0' ? '' : f[2];
    const add = (f[3] === '0' ? '' : f[3]).replace(/\/.*$/, '');
    const suffix = f[0] === 'SFX';
    const condition = f[4] === '.' ? /(?:)/u : new RegExp(suffix ? `${f[4]}$` : `^${f[4]}`, 'u');
    const rule: Affix = { flag: f[1], strip, add, condition, cross: cross.get(f[0] + f[1]) ?? false };
    if (!suffix) { prefixes.push(rule); continue; }
    const list = suffixes.get(add) ?? [];
    list.push(rule);
    suffixes.set(add, list);
    longestSuffix = Math.max(longestSuffix, add.length);
  }
  return { suffixes, prefixes, longestSuffix };
}

function load(): Lexicon {
  const dir = dirname(createRequire(import.meta.url).resolve('dictionary-pl'));
  // a sorted array, not a Map: splitting and sorting the 300 676 lines takes a third of the time
  // of hashing them into a Map (~0.3 s against ~0.7 s) and holds less
  const lines = readFileSync(join(dir, 'index.dic'), 'utf8').split('\n').slice(1).sort();
  return { lines, ...readAffixes(readFileSync(join(dir, 'index.aff'), 'utf8')) };
}

/**
 * The flags of `word` as listed (its lines' flags joined; '' when listed without any), or
 * undefined when it is not listed. The lines "word", "word/flags" and "word-..." sort together
 * right after the lower bound of "word" ('-' and '.' sort before '/').
 */
function flagsOf(lx: Lexicon, word: string): string | undefined {
  const { lines } = lx;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  let flags: string | undefined;
  for (let i = lo; i < lines.length && lines[i].startsWith(word); i++) {
    const line = lines[i];
    if (line.length === word.length) flags = (flags ?? '');
    else if (line.charCodeAt(word.length) === 47 /* / */) flags = (flags ?? '') + line.slice(word.length + 1).trim();
    else if (line.charCodeAt(word.length) > 47) break;
  }
  return flags;
}

/** Whether `stem`, or `stem` with a suffix rule of the stem's flags (all carrying `alsoFlag`, if given), makes `form`. */
function bySuffix(lx: Lexicon, form: string, alsoFlag?: string): boolean {
  const flagsOk = (flags: string | undefined, flag: string) => flags !== undefined && flags.includes(flag) && (alsoFlag === undefined || flags.includes(alsoFlag));
  if (alsoFlag === undefined ? flagsOf(lx, form) !== undefined : flagsOk(flagsOf(lx, form), alsoFlag)) return true;
  for (let k = 0; k <= Math.min(lx.longestSuffix, form.length - 1); k++) {
    const rules = lx.suffixes.get(form.slice(form.length - k));
    if (!rules) continue;
    const base = form.slice(0, form.length - k);
    for (const r of rules) {
      if (alsoFlag !== undefined && !r.cross) continue;
      const stem = base + r.strip;
      if (r.condition.test(stem) && flagsOk(flagsOf(lx, stem), r.flag)) return true;
    }
  }
  return false;
}

/** Whether `form`, exactly as written (case too), is a listed word or one its affix rules make. */
function formExists(lx: Lexicon, form: string): boolean {
  if (bySuffix(lx, form)) return true;
  for (const p of lx.prefixes) {
    if (!form.startsWith(p.add) || form.length <= p.add.length) continue;
    const rest = p.strip + form.slice(p.add.length);
    if (!p.condition.test(rest)) continue;
    if (bySuffix(lx, rest, p.flag)) return true;
  }
  return false;
}

/**
 * How `word` is a Polish word: `'exact'` as written (so a capitalised hit is a name or a name's
 * form: "Wisła", "Bałtyku"), `'folded'` only with its case folded the way hunspell allows
 * ("Usługi" and "USŁUGI" for usługi, "WISŁA" for Wisła), or `null` (not a word: "ustugi").
 * Letters only; anything with a digit or punctuation is `null` unless listed so ("A-dur").
 */
export function polishWordCase(word: string): 'exact' | 'folded' | null {
  if (!word) return null;
  lexicon ??= load();
  if (formExists(lexicon, word)) return 'exact';
  const lower = word.toLocaleLowerCase('pl');
  const first = word.slice(0, 1);
  const rest = word.slice(1);
  const capitalised = first !== first.toLocaleLowerCase('pl') && rest === rest.toLocaleLowerCase('pl');
  const upper = word === word.toLocaleUpperCase('pl') && word !== lower;
  if (!capitalised && !upper) return null;
  if (formExists(lexicon, lower)) return 'folded';
  if (upper && formExists(lexicon, first + rest.toLocaleLowerCase('pl'))) return 'folded';
  return null;
}

/** Whether `word` is a Polish word in hunspell-pl, with hunspell's case rules (see polishWordCase). */
export function isPolishWord(word: string): boolean {
  return polishWordCase(word) !== null;
}
