/**
 * @module engine/extract/receipt-supplier
 * The merchant's name at the top of a till receipt, tolerant of OCR noise.
 *
 * Till receipts print the shop's legal name first, often in capitals, often on two or three
 * lines ("AIK HUAT HARDWARE / ENTERPRISE (SETIA / ALAM) SDN BHD"), usually followed by a
 * company registration number ("(126926-H)", "Co. Reg: 860671-D") and then the address. Above
 * it OCR often reads a logo as debris ("Roll l§", "bag \"0 4"), which has low word confidence.
 *
 * So each plausible top line is scored: a company suffix (SDN BHD, ENTERPRISE, TRADING, ...),
 * a registration number on the line or the next one, the header's clearly largest type,
 * capitals and word confidence count for it; every candidate before it, and lying below the
 * address or the till's date, count against it. Streets, branch numbers, greetings, slogans and
 * banners are no candidates, nor is a slogan written as a sentence beside a line that reads as
 * a name (./slogan-line.ts), nor a line of the address once a candidate stands above it (an
 * Irish county's "Co. Cork" is no company). The winner takes along the capitalised
 * lines directly above it that belong to the same block (no gap, no digits, not noise) while it
 * does not stand on its own as a name (see wholeName), and the line below when it breaks off in
 * an open bracket. It is cleaned: the registration number and what follows it are cut, and the
 * usual OCR misreads of suffixes ("SON BHD" for SDN BHD, "5/8" for S/B, "C0." for CO.,
 * "ENTERFRISE" for ENTERPRISE) are undone.
 *
 * A line under an owner label ("Owned by", "Operated by") names the company that owns the
 * shop, not the shop the receipt is from, and counts against itself. When no top line reads
 * as a company (no suffix, no registration number: a logo OCR could not read), a footer that
 * names the shop ("Thank you for shopping at FUYI MINI MARKET") gives the name instead.
 *
 * Last, misread words of the name are repaired: from the same word read well elsewhere on the
 * document (name-consensus), then against an English lexicon (ocr-word-fix).
 */
import { withoutUnitOf } from './unit-of-name.ts';
import { withoutStreetAfterName } from './street-after-name.ts';
import type { DocLine } from '../parse/lines.ts';
import { fold, matchAny } from '../parse/lines.ts';
import { fixOcrWords } from '../parse/ocr-word-fix.ts';
import { isWord } from '../parse/word-lexicon.ts';
import { findDates } from '../parse/dates.ts';
import { repairFromDocument, SURE_GLYPHS } from './name-consensus.ts';
import { numberedName, withoutNumberSign } from './numbered-name.ts';
import { sentenceLike } from './slogan-line.ts';
import { withoutTaxIdAfterName } from './tax-id-after-name.ts';
import { quantityLineBelow } from './item-line.ts';
import { legalEntityAfterTradeName, particleOpensLegalName } from './particle-name.ts';
import { COMPANY_SUFFIX, LEGAL_FORM, NOISE, endsInLegalForm, legalFormOnly, plausibleName, tidyName } from './supplier.ts';
import { withoutGluedTitle } from './title-glued-to-name.ts';
import { STREET_LINE } from '../parse/street-line.ts';
import { casedLegalFormAtEnd } from './cased-legal-form.ts';
import { buyerBlockLines } from './buyer-label-line.ts';

/**
 * A company registration number: "(126926-H)", "(139386 X)", "822737-X", "(Company No. 1138254)",
 * "CO.REG :860671-D", "002693074--K" (the hyphen read twice), and in brackets with the check letter glued on ("(139386X)", "(I39386X)" with a 1
 * read as I), or with a speck read as a point among its digits ("(5067.52-T)": a fresh tester's scan). Not a house number and a compass initial ("2513 S. Stemmon Freeway"):
 * the check letter is never followed by a point.
 */
export const REG_NO = /[({[]?\s*(?:(?:company|co\.?)\s*(?:reg\.?)?\s*(?:no\.?)?\s*[:.]?\s*)?[A-Z]{0,3}\d{4,10}\s*(?:[-‐]{1,2}\s*|\s)[A-Z]\b(?!\.)\s*[)}\]]?|[({[]\s*[A-Z]{0,3}[\dIl]\d{3,9}[A-Z]\s*[)}\]]|[({[]\s*(?:company|co\.?)\s*(?:reg\.?)?\s*no\.?\s*[:.]?\s*\d{4,12}\s*[)}\]]?|[({[]\s*\d{2,7}[.,:'`]\d{1,7}\s*[-‐]{1,2}\s*[A-Z]\s*[)}\]]/i;
/**
 * A line that starts by labelling a registration or tax number is not the name; also when OCR
 * misread the label, followed by its number ("Company Re9 1101083-T", "Compary Reg No.",
 * "Companyro:1174703-K", "(C0.REG :860671-D)", "(CO.REG_ :"). Tested on the line as read and
 * once cleaned, where a label word misread one letter off a suffix word is put back ("Conpany
 * No: 002643278- A" -> "Company No", which would otherwise score as a company with its number).
 */
const REG_LABEL = /^\W*(?:company|co\.?|gst|sst|tax|vat|business)?[\s_]*(?:reg(?:istration)?\.?|id|no\.?)\b|^\W*(?:comp\p{L}{2,4}\s*(?:re[g9]|n[o0]|r[o0])|c[o0]\.?\s*(?:re[g9]|n[o0]))\.?(?!\p{L})(?=.*\d{4})/iu;
const REG_ONLY = new RegExp(String.raw`^\W*(?:${REG_NO.source})\W*$`, 'i');

/**
 * Undoes common OCR misreads inside a company name and cuts a trailing registration number.
 * `printed`: the name comes from a PDF's text layer, whose characters are as printed: only the
 * registration number, an owner label and debris after the legal form are cut, no letter is
 * changed ("Bakeriet" is no misread "BAKERIES", a fresh tester's Norwegian PDF receipt).
 */
export function cleanCompanyName(raw: string, printed = false): string {
  let s = printed ? raw.replace(OWNER_PREFIX, '') : restoreOpenBracket(raw.replace(OWNER_PREFIX, ''));
  const reg = REG_NO.exec(s);
  if (reg && (s.slice(0, reg.index).match(/\p{L}/gu) ?? []).length >= 3) s = s.slice(0, reg.index);
  if (!printed) s = misreadsUndone(s);
  // after the legal suffix closing the name, only debris: a lone letter, a bracket or a cut-off
  // registration number ("SDN BHD G", "SDN. BHD. (2")
  s = s.replace(/(\b(?:SDN\.?\s*BHD|BERHAD)\.?)\s*[^\p{L}\s]*\s*\p{L}?\s*[^\p{L}\s]*\s*$/iu, '$1');
  // ...or a bracketed registration number with letters misread among its digits ("BHD(1393S6 X)",
  // "BHD(I39TSE Y)"): two digits or more and no word of four letters, unlike a branch ("(JALAN IPOH)")
  s = s.replace(/(\b(?:SDN\.?\s*BHD|BERHAD)\.?)\s*[({[]([^)}\]]*)[)}\]]?\s*$/iu, (m, head: string, inner: string) =>
    (inner.match(/\d/g) ?? []).length >= 2 && !/\p{L}{4}/u.test(inner) ? head : m);
  // "YONG CEN ENTERPRISE POSTED", "... SDN BHD PAID": a rubber stamp read on the name's line, after its suffix
  s = s.replace(new RegExp(String.raw`(\b(?:${COMPANY_SUFFIX.source}))\s+(?:POSTED|PAID|RECEIVED|ENTERED|CANCELL?ED|VOID|DUPLICATE)\W*$`, 'i'), '$1');
  if (!printed) s = suffixMisreadsUndone(s);
  return tidyName(withoutTailAfterLegalForm(s).replace(/\s*[-–—:|]+\s*$/, ''));
}

/**
 * A legal name with what follows its legal form after a dash or a bar cut off: the shop's channel
 * or branch ("BOEKHANDEL DE SCHELDE BV - webshop", "Müller GmbH | Filiale Nord"), no part of the
 * company's name, which its legal form ends. A name whose dash comes before the legal form stays
 * ("Jean-Marc - Boulangerie SARL").
 */
export function withoutTailAfterLegalForm(name: string): string {
  const m = /^(.*\p{L}.*?)\s+[-–—|]\s+(?=\S)(.*)$/u.exec(name);
  return m && endsInLegalForm(m[1]) && !endsInLegalForm(m[2]) && /\p{L}{3}/u.test(m[2]) ? m[1] : name;
}

/** `s` with the misreads of a scanned name undone: its legal suffix's letters, brackets and spaces glued or lost, a zero for an O, digits among initials. */
function misreadsUndone(text: string): string {
  let s = text;
  // "SON BHD", "SUM BHD", "Sin Bhd", "5DN BHD" -> SDN BHD (Sendirian Berhad is the only word there)
  s = s.replace(/\b(?:S[O0UIE]N|SUM|S[DO]M|5DN|SDW|SDH)(\.?\s*)(?=B[HN]D\b|[38D]HD\b)/gi, (m, sep: string) => (m[0] === 'S' && m[1] === m[1].toLowerCase() ? 'Sdn' : 'SDN') + sep);
  // "SLI BHD", "SQN BHD": any other three-letter word of S before BHD but SRI (a name word) is SDN too
  s = s.replace(/\b(?!SRI\b)S[A-Z0-9]{2}(\.?\s+)(?=BHD\b)/g, 'SDN$1');
  s = s.replace(/\bB[HN]D\b/g, 'BHD');
  // "SDNBHD", and "SUNBHD" once its SDN is repaired above: the space between the two suffix words
  // dropped (PP-OCR); "SDN.BHD" is printed so too, and stays
  s = s.replace(/\b(SDN|Sdn)(?=(?:BHD|Bhd)\b)/g, '$1 ');
  // "S DN BHD", "SD N BHD": SDN split by a letter gap (a word break the recogniser weighed)
  s = s.replace(/\b(?:S\s+DN|SD\s+N)(?=\.?\s*BHD\b)/gi, (m: string) => m.replace(/\s+/, ''));
  // "SDN HD", "SDN BH D": BHD after SDN with its B lost or split by a letter gap
  s = s.replace(/\b(SDN\.?\s*)(?:HD|BH\s+D)\b/gi, (_m, sdn: string) => `${sdn}${sdn[1] === 'd' ? 'Bhd' : 'BHD'}`);
  // "SDN 3HD", "SDN 8HD", "Sdn Ehd", "SON DHD": the B of BHD read as a digit, an E or a D after SDN
  s = s.replace(/\b(SDN\.?\s*)([38ED])(HD)\b/gi, (_m, sdn: string, b: string, hd: string) => `${sdn}${b === 'e' || b === 'd' ? 'b' : 'B'}${hd}`);
  // "D.I.Y(M)SDN": a bracketed state or branch glued to its neighbours by dropped spaces
  s = s.replace(/\)(?=\p{L})/gu, ') ').replace(/(?<=\p{L}{2})\((?=\p{Lu}{1,3}\))/gu, ' (');
  // "MR.DAKGALBI", "Mr.D.I.Y": a title's point glued to the name after it by a dropped space
  s = s.replace(/\b(Mr|Mrs|Ms|Dr)\.(?=\p{L})/giu, '$1. ');
  // "BAKERY.SDN BHD": a speck read as a point for the space before a legal form (SROIE prints a
  // point between two name words now and then, "SUPER.SEVEN": only before a legal form is it a speck)
  s = s.replace(/(?<![\p{L}.])(\p{Lu}{3,})\.(?=(?:SDN|BHD|BERHAD|PTE|LTD|LIMITED|GMBH|PLC|INC|LLC|LLP|CORP)\b)/gu, (m, a: string) => (a === 'SDN' ? m : `${a} `));
  // "Tin Roof Coffee lnc.", "BLUE HERON LNC": the I of a closing Inc read as an l, a 1 or an L
  s = s.replace(/(?<=\s)[l1|L](nc|NC)(\.?)\s*$/u, (_m, nc: string, dot: string) => `I${nc}${dot}`);
  // "Bottle-0", "SINGAP0RE": an O read as a zero among letters (never amid figures)
  s = s.replace(/(?<=\p{L}-?)0(?![\d.,:/])|(?<![\d.,:/-])0(?=\p{L}{2})/gu, (_m, at: number, all: string) => (/\p{Ll}/u.test(all[at - 1] ?? '') && /\p{Ll}/u.test(all[at + 1] ?? 'x') ? 'o' : 'O'));
  // "D.1.Y.", "A.8.C.": a letter read as the digit it looks like among initials, each a single
  // character closed by a point (a fresh tester's photo of "MR. D.I.Y."); never among figures
  // ("1.5.2"): at least one neighbour of the run is a letter initial
  s = s.replace(/(?<![\p{L}\d])(?:[\p{Lu}\d]\.){3,}/gu, (run: string) => (/\p{Lu}/u.test(run) ? run.replace(/\d/g, (d) => INITIAL_DIGIT[d] ?? d) : run));
  // "TOASTF&B": initials joined by "&" glued to the word before them
  s = s.replace(/(?<=\p{L}{3})(?=\p{Lu}&\p{Lu}\b)/gu, ' ');
  // "HOTRADING", "GARDENIABAKERIES": a long suffix word glued to a word of capitals before it (only
  // suffixes no English word ends with: "SUPERMARKET", "UNLIMITED", "ACCOMPANY" are one word)
  // (and "EAGLE.ENTERPRISE": the space read as a speck)
  s = s.replace(/\b(\p{Lu}{2,})\.?(TRADING|ENTERPRISE|RESTAURANT|RESTORAN|HARDWARE|STATIONERY|BAKERIES)\b/gu, '$1 $2');
  // "HARDWARETRADING": two suffix words glued by a dropped space
  s = s.replace(/\p{L}{12,}/gu, (w) => {
    const u = w.toLowerCase();
    const head = LONG_SUFFIXES.find((x) => u.startsWith(x) && LONG_SUFFIXES.includes(u.slice(x.length)));
    return head ? `${w.slice(0, head.length)} ${w.slice(head.length)}` : w;
  });
  return s;
}

/** `s` with the misreads of a scanned name's last suffix undone: "5/8" for S/B, a zero for an O, "!" for an I, a long suffix word one letter off. */
function suffixMisreadsUndone(text: string): string {
  let s = text;
  // "5/8", "S/R", "5/B", "S/D" at the end of the name -> S/B (Sendirian Berhad)
  s = s.replace(/(^|\s)[5S]\s?\/\s?[8BRD]\.?(?=\s*$)/, '$1S/B');
  // "57B": the slash of S/B read as a 7, after a name of words
  s = s.replace(/(?<=\p{L}{3,}\s)[5S]7[8B]\.?(?=\s*$)/u, 'S/B');
  // a zero inside a word of letters is the letter O ("C0.", "HAI-0")
  s = s.replace(/[\p{L}\d'&.-]+/gu, (w) => (/\p{L}/u.test(w) && w.length >= 2 && /^[\p{L}0'&.-]+$/u.test(w) ? w.replace(/0/g, 'O') : w));
  // an exclamation mark in a word of capitals is the letter I ("FUY!" for FUYI)
  s = s.replace(/(?<=\p{Lu}{2})!|!(?=\p{Lu}{2})/gu, 'I');
  // a long suffix word with one letter misread ("ENTERFRISE", "ENTERORISE", "HARDRARE")
  s = s.replace(/\p{L}{7,}/gu, (w) => {
    const near = nearSuffixWord(w);
    if (!near || near === w.toLowerCase()) return w;
    return w === w.toUpperCase() ? near.toUpperCase() : w[0] === w[0].toUpperCase() ? near[0].toUpperCase() + near.slice(1) : near;
  });
  return s;
}

/** The capital each digit is read for among initials (OCR confusions, as in ../parse/ocr-word-fix.ts). */
const INITIAL_DIGIT: Record<string, string> = { 0: 'O', 1: 'I', 2: 'Z', 5: 'S', 6: 'G', 8: 'B' };

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
const upperShare = (s: string) => (s.match(/\p{Lu}/gu) ?? []).length / Math.max(1, letters(s));

/**
 * The line's text without the words OCR was least sure of at its end: a phone photo's edge, a
 * smudge or a logo beside the name is read as short debris with very low confidence
 * ("012 Lifestyle Brooklyn hu)" with "hu)" at 0.15 after words at 0.8-0.9, "Logans 344 i"). At least one word stays, and
 * a company suffix word ("SHOP", "BHD") is never debris.
 */
export function withoutTrailingDebris(line: Pick<DocLine, 'text' | 'words'>): string {
  const words = [...line.words];
  if (!words.length || words.map((w) => w.text).join(' ') !== line.text.replace(/\s+/g, ' ').trim()) return line.text;
  const debris = (w: (typeof words)[number], rest: typeof words) => w.confidence < DEBRIS_CONFIDENCE && w.confidence < DEBRIS_SHARE * Math.max(...rest.map((r) => r.confidence)) && !SUFFIX_WORD.test(w.text) && !legalFormOnly(w.text) && !capitalWordAfterCapitals(w.text, rest) && !inLegalFormAtEnd(words, w);
  while (words.length > 1 && debris(words[words.length - 1], words.slice(0, -1))) words.pop();
  return words.map((w) => w.text).join(' ');
}
const DEBRIS_CONFIDENCE = 0.45;
/** A legal form of several words ending a text ("SP. Z O.0.", "S. A.", "GMBH & CO. KG"). */
const LEGAL_FORM_AT_END = new RegExp(String.raw`(?:${COMPANY_SUFFIX.source})\s*$`, 'i');
/**
 * Whether the last word `w` of `words` belongs to a legal form of several words that ends them
 * ("USŁUGI ODRA SP. Z O.0.", Z and O.0. read unsurely): part of the name, no debris.
 */
function inLegalFormAtEnd(words: { text: string }[], w: { text: string }): boolean {
  const text = words.map((x) => x.text).join(' ');
  const m = LEGAL_FORM_AT_END.exec(text);
  return !!m && m.index < text.length - w.text.length - 1 && text.endsWith(w.text);
}
/**
 * ...and far below the words before it: PP-OCR is unsure of every word of a large bold name
 * ("SYARIKAT PERNIAGAAN GIN KEE" at 0.39-0.43 on the shared scale, each read right), and a name
 * is not debris of itself.
 */
const DEBRIS_SHARE = 0.7;
/**
 * A word of three or more capitals after a name of capital words is one more word of the name,
 * however unsure OCR was of it ("SYARIKAT PERNIAGAAN GIN KEE", KEE at 0.35 after GIN at 0.52):
 * debris is a fragment, a digit or a change of case.
 */
function capitalWordAfterCapitals(text: string, rest: { text: string }[]): boolean {
  return /^\p{Lu}{3,}$/u.test(text) && rest.every((r) => /^[\p{Lu}&'.-]+$/u.test(r.text));
}
/** A company suffix word ("SHOP", "BHD") ends a name even when OCR was unsure of it: it is no debris. */
const SUFFIX_WORD = new RegExp(String.raw`^(?:${COMPANY_SUFFIX.source})$`, 'i');

function isNoise(text: string): boolean {
  return !!matchAny(text, NOISE) && !COMPANY_SUFFIX.test(fold(text));
}

/** "OWN BY: CHEF LEE SDN BHD": the label before an owner company that is the only name on its line. */
const OWNER_PREFIX = /^\W*(?:own(?:ed)?|operated|managed)\s+by\s*[:.-]?\s*(?=\p{L})/iu;
/** "Owned by", "Operated by": the owner company follows, not the shop's name. */
const OWNER_LABEL = /^\W*(?:owned|operated|managed|run)\s+by\b/i;
/** The owner label alone on its line ("Owned By:", its w read as v: "Ovned By:"): the owner company is the next line. */
const OWNER_LABEL_ALONE = /^\W*(?:o[wv]ned|operated|managed|run)\s+by\W*$/i;
/** A footer naming the shop: "Thank you for shopping at FUYI MINI", "Thanks for dining with us". */
const THANKS_AT = /\bthank(?:s|\s*you)?\s+for\s+(?:shopping|visiting|dining|choosing|buying)\s+(?:at|with|in)\s+(.+)$/i;

/**
 * A county in an Irish or British address ("Main Street, Kinsale, Co. Cork", "Co. Durham" on a
 * line of its own, "Co. Durham DL12 8NE", "Co. Antrim BT41 4AA" with the postcode after it):
 * "Co." after a comma or opening the line, then one capitalised word that is no legal form, then
 * a comma, the line's end or a UK postcode (outward code, inward code: "DL12 8NE") or an Irish
 * Eircode (routing key, unique identifier: "T12 X2Y4") ending the line. The "Co." of a company
 * stands after its name and before a legal form or the end ("Smith & Co.", "CO. (M) SDN BHD",
 * "GmbH & Co. KG", "Co., Ltd"), so it is not read as one.
 */
const COUNTY = /(?:^|,)\s*Co\.\s+(?!(?:Ltd|Limited|KG|Inc|LLC|Pte|Pty|Bhd|Sdn|Corp|PLC)\b)\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}{2,})?(?:\s+(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d[\dW]\s?[A-Z\d]{4}))?\s*(?=,|$)/u;
/** A care-of line ("c/o Smith & Co.", "Care of ..."): the addressee of the address, never the shop. */
const CARE_OF = /^\W*(?:c\/o|care\s+of)\b/i;

/**
 * A line that starts the shop's address: a street word ("JALAN", "Jln", "LOT", "TAMAN", "Road"),
 * a house number ("NO.59", "No 3,"), a postcode before the town ("81760 JOHOR BAHRU") or a unit,
 * suite, flat, level, shop, stall or kiosk number before a comma ("Unit 5, Tyne Co. Business Park",
 * "Suite 2B, ...", "Shop 3, The Quay": UNIT_START, whose estate's "Co." or "Ltd" is no company's
 * either, nor its "Shop" a shop word).
 */
const UNIT_START = /^\W*(?:unit|suite|flat|level|shop|stall|kiosk)\s*\d+[a-z]?\s*,/iu;
const ADDRESS_START = new RegExp(String.raw`^\W*(?:no\.?\s*\d|lot\b|\d{5}\s+\p{L})|${UNIT_START.source}|\b(?:jalan|jln|lorong|taman|persiaran|lebuh(?:raya)?|road|street)\b`, 'iu');
/**
 * Once the address has begun, the lines after it go on with it (town, state: "BANDAR MAHKOTA
 * CHERAS") or name someone else (a customer or the owner under a title): a candidate there
 * counts less than one above the address.
 */
const AFTER_ADDRESS = 2;
/** Below the till's date (the body: items, totals) a candidate counts this much less than one above it. */
const IN_BODY = 2;

type Found = { name: string; line: DocLine; confidence: number };

/**
 * A line OCR was less sure of than 0.3 may still be the name when its registration number
 * follows it: a stylised or large header font ("SyArIkat PerniAgaan Gin Kee" at 0.24-0.39,
 * "AdVaNCO CoMPany" at 0.28-0.30, each over its "(81109-A)" or "Company Reg. No. : 725186-V"),
 * and so may a line that ends in a legal form (". SuPermercadO mar s.L." at 0.27-0.43).
 */
const LOW_CONFIDENCE_NAMED = 0.2;
const regOnLine = (text: string) => REG_NO.test(text);

/** A line that ends with a price ("2 CAFE EXPRESSO R$ 15,00", its comma read as a semicolon: "CAFE MOLIDO 2;29 A") is an item, never the shop's name. */
const PRICED = /\d[.,;:]\d{2}\s*(?:[A-Z]{1,2}|€|zł|kr|lei)?\s*$/u;

/**
 * Words that only describe or suffix a company ("SDN BHD", "ENTERPRISE", "CO.", "(M)",
 * "INDUSTRIES", "HOLDINGS", "RESOURCES"), never its own name.
 */
const SUFFIX_ONLY = new RegExp(String.raw`^(?:${COMPANY_SUFFIX.source}|sdn|s|m|co|industries|industry|holdings|resources|ventures|solutions|services|engineering|marketing)$`, 'i');
/**
 * A Turkish company's legal form alone on its line, under the trading name it ends: "SAN. VE
 * TİC. LTD. ŞTİ." (Sanayi ve Ticaret Limited Şirketi), "TİC. A.Ş.", "LTD. ŞTİ." (a fresh
 * tester's Istanbul till slip came back with the form alone as its supplier).
 */
const TURKISH_FORM_ONLY = /^(?:SAN\.?\s*VE\s*T[İI]C\.?\s*|T[İI]C\.?\s*)?(?:LTD\.?\s*[ŞS]T[İI]\.?|A\.?\s*[ŞS]\.?)$/iu;
/** Words that name a kind of shop, which a brand or logo line holds as often as a registered name. */
const SHOP_WORDS = /\b(?:mart|market|store|shop|hardware|stationery|bakeries|cafe|café|bistro|pharmacy|restaurant|restoran)\b\.?/giu;
const SHOP_WORD = new RegExp(SHOP_WORDS.source, 'iu');
/**
 * How much more a header line that ends in a legal form scores (./supplier.ts endsInLegalForm):
 * enough to outweigh the logo line above it (one place up, 0.35; capitals, 0.5; the largest
 * type, LARGEST_TYPE_MORE) when both carry a company word. A fresh tester's receipts printed a
 * trade name over the legal entity, which the policy returns.
 */
const LEGAL_FORM_LAST_MORE = 1.5;
/** How much more a header line with a company suffix other than a shop word scores (one place down the page is 0.35). */
const REGISTERED_MORE = 0.5;
/** Whether the only company suffix of `text` is a shop word. */
function shopWordOnly(text: string): boolean {
  const f = fold(text);
  return SHOP_WORD.test(f) && !COMPANY_SUFFIX.test(f.replace(SHOP_WORDS, ' ')) && !LEGAL_FORM.test(f);
}
/**
 * Words of a kind of shop that begin a name as often as they end one ("RESTORAN WAN SHENG",
 * "RESTAURANT JIAWEI", "CAFE LUNA", "Piekarnia Złoty Kłos", "Bakkerij De Gouden Korrel"): a
 * line beginning with one does not continue the line above, and one alone on its line is not
 * the whole name (the name goes on below in the same type).
 */
const NAME_OPENING = /^(?:restoran|restaurant|cafe|café|bistro|kedai|pasaraya|farmacia|pharmacy|pharmacie|apotheke|apteka|apotek|drogerie|drogisterij|drogaria|piekarnia|bakkerij|bäckerei|baeckerei|boulangerie|pâtisserie|patisserie|panadería|panaderia|padaria|panetteria|panificio|pasticceria|ferretería|ferreteria|ferramenta|eisenwaren|boucherie|metzgerei|fleischerei|carnicería|carniceria|slagerij|macelleria|talho|épicerie|epicerie|supermercado|supermercato|supermarché|supermarche|supermarkt|sklep|trattoria|pizzeria|ristorante|osteria|taverna|librería|libreria|librairie|buchhandlung|warung|toko)$/i;

/**
 * Whether a name line stands on its own: it names something before its suffix ("TRI SHAAS SDN
 * BHD", "BEMED (SP) SDN. BHD.") and does not begin mid-name. A line that begins with a suffix
 * word ("CO. (M) SDN BHD", "ENTERPRISE (SETIA ALAM) SDN BHD"), with the end of a bracket
 * ("ALAM) SDN BHD") or holds nothing but suffixes and brackets ("(KL) SDN BHD") continues the
 * line above. Measured on SROIE ground-truth text (bench/rules-on-text): the line above a whole
 * name is a brand, a stamp or the owner's name ("KIKU JAPANESE RESTAURANT" over "TK DIVISION
 * KITCHEN SDN BHD", "POSTED" over "YONG CEN ENTERPRISE"), not part of the legal name.
 */
function wholeName(name: string): boolean {
  if (TURKISH_FORM_ONLY.test(name.trim())) return false;
  const firstParen = name.search(/[()]/);
  if (firstParen >= 0 && name[firstParen] === ')') return false;
  const words = name.replace(/\([^)]*\)/g, ' ').split(/[^\p{L}\d'/.]+/u).map((w) => w.replace(/^[.']+|[.']+$/g, '')).filter(Boolean);
  if (!words.length || ((SUFFIX_ONLY.test(words[0]) || nearSuffixWord(words[0]) != null) && !(NAME_OPENING.test(words[0]) && words.length > 2))) return false;
  return words.some((w) => (w.match(/\p{L}/gu) ?? []).length >= 2 && !SUFFIX_ONLY.test(w));
}
/** The long suffix word `w` is, or is with one letter misread ("ENTERFRISE") or lost ("STATONERY"), or null. */
function nearSuffixWord(w: string): string | null {
  const u = w.toLowerCase();
  if (u.length < 6) return null;
  return LONG_SUFFIXES.find((s) => s.length === u.length && [...s].filter((c, i) => c !== u[i]).length <= 1)
    // or with one letter lost ("STATONERY", "HARWARE"), for words long enough not to be another word
    ?? (u.length >= 7 ? LONG_SUFFIXES.find((s) => s.length === u.length + 1 && [...s].some((_c, i) => s.slice(0, i) + s.slice(i + 1) === u)) : undefined)
    ?? null;
}
const LONG_SUFFIXES = ['enterprise', 'trading', 'restaurant', 'restoran', 'limited', 'company', 'corporation', 'hardware', 'stationery', 'bakeries', 'pharmacy', 'market'];
/** A line that ends mid-name: an open bracket, "&", "AND", a hyphen or a comma. */
const OPEN_END = /(?:\([^)]*|&|\band|[-,])\s*$/i;
/** Whether a name line ends mid-name, once a registration number after it is cut ("HAI-O RAYA BHD (169199-V" does not). */
function endsOpen(raw: string): boolean {
  return OPEN_END.test(cleanCompanyName(raw)) || /\s(?:&|and)\s*$/i.test(raw);
}

/**
 * An open bracket read as the letter it looks like (`C`, `I`, `L`, `1`, `|`, `[`, `{`) glued to
 * the word of capitals it opens: the last word of a line when the next line closes a bracket it
 * never opened ("ENTERPRISE CSETIA" over "ALAM) SDN BHD"), or a word shortly before a closing
 * bracket its line never opened ("ENTERPRISE ISETIA ALAM) SDN BHD"). Found on the training `fit`
 * receipts, where a branch or state is bracketed inside the legal name. The letter is the
 * bracket only when the word without it is three capitals or more and the word with it is no
 * English word ("CITY)" after a dropped bracket stays).
 */
const BRACKET_AS_LETTER = /(?<![\p{L}\d])[CIL1|[{](?=\p{Lu}{3,}(?![\p{L}\d]))/u;
/** Whether `text` closes a bracket before opening any ("ALAM) SDN BHD"). */
const closesUnopened = (text: string) => { const c = text.indexOf(')'); return c >= 0 && !text.slice(0, c).includes('('); };
/** `text` with the letter read for the open bracket of its unmatched closing bracket put back. */
export function restoreOpenBracket(text: string): string {
  if (!closesUnopened(text)) return text;
  const close = text.indexOf(')');
  const head = text.slice(0, close);
  const words = [...head.matchAll(/\S+/g)].slice(-3).reverse();
  for (const w of words) {
    const m = BRACKET_AS_LETTER.exec(w[0]);
    if (m && !isWord(w[0].slice(m.index))) return `${text.slice(0, w.index! + m.index)}(${text.slice(w.index! + m.index + 1)}`;
  }
  return text;
}
/** `line`'s text with its last word's first letter read for an open bracket put back, when `next` closes a bracket it never opened. */
function openBracketBefore(line: string, next: string | undefined): string {
  if (!next || !closesUnopened(next) || closesUnopened(line)) return line;
  const m = /(?<!\S)(\S+)\s*$/.exec(line);
  const b = m ? BRACKET_AS_LETTER.exec(m[1]) : null;
  return m && b && !isWord(m[1].slice(b.index)) ? `${line.slice(0, m.index + b.index)}(${line.slice(m.index + b.index + 1)}` : line;
}

/** Whether a capitalised line continues the name on the line `below` or above it (no gap, no digits, no noise). */
function continuesName(a: DocLine, b: DocLine, t: string): boolean {
  const gap = Math.abs(b.box.y - a.box.y) - (b.box.y > a.box.y ? a.box.h : b.box.h);
  return gap <= 1.2 * Math.max(a.box.h, b.box.h) && a.confidence >= 0.4 && !/\d/.test(t) && plausibleName(t) && !isNoise(t) && upperShare(t) >= 0.8;
}

/** The shop named in a "Thank you for shopping at ..." footer, with a capitalised line that continues it. */
function footerName(lines: DocLine[]): { name: string; from: DocLine[] } | null {
  for (let i = 0; i < lines.length; i++) {
    const m = THANKS_AT.exec(lines[i].text);
    if (!m) continue;
    let name = cleanCompanyName(m[1]);
    if (!plausibleName(name) || isNoise(name) || /^(?:us|you|our)\b/i.test(name)) continue;
    const from = [lines[i]];
    const next = lines[i + 1];
    if (next && next.page === lines[i].page && upperShare(name) > 0.8) {
      const t = cleanCompanyName(next.text);
      if (continuesName(next, lines[i], t)) {
        name = `${name} ${t}`;
        from.push(next);
      }
    }
    return { name: tidyName(name), from };
  }
  return null;
}

/**
 * The name read from the lines `from` with its misread words repaired, from the other lines of
 * the document `all` first (./name-consensus.ts), then from the lexicon (../parse/ocr-word-fix.ts;
 * a word read at 0.85 or more elsewhere on the document stays, and no glyph is changed in a
 * short word read the same way on another line however surely, or that OCR read
 * at SURE_GLYPHS or more: "Cafe Nero" is no "Cafe Hero"). A name from a PDF's text layer
 * is as printed: nothing there was misread ("DROGERIE LANGE" is no misread "LANCE"). Used for
 * a receipt's shop and an invoice's parties alike.
 */
export function repaired(name: string, from: DocLine[], all: DocLine[]): string {
  if (from.every((l) => l.source === 'text')) return name;
  const own = new Set(from);
  const runs = (w: { text: string }) => (w.text.match(/\p{L}+/gu) ?? []).map((r) => r.toLowerCase());
  const others = all.filter((l) => !own.has(l)).flatMap((l) => l.words);
  const seen = new Set(others.filter((w) => w.confidence >= 0.85).flatMap(runs));
  // a word read on another line the same way, however surely, is printed so: no glyph of it is changed
  // (only the well-read ones vouch for joining fragments: "Healt h" beside a stray "h" is still joined)
  const elsewhere = new Set(others.flatMap(runs));
  // the least confidence each word of the name was read with
  const confidence = new Map<string, number>();
  for (const w of from.flatMap((l) => l.words)) for (const r of runs(w)) confidence.set(r, Math.min(w.confidence, confidence.get(r) ?? 1));
  return fixOcrWords(repairFromDocument(name, from, all), { keep: (w) => seen.has(w.toLowerCase()), sure: (w) => elsewhere.has(w.toLowerCase()) || (confidence.get(w.toLowerCase()) ?? 0) >= SURE_GLYPHS });
}

/**
 * The lines in the order they stand on the page: OCR sometimes reads a tall or tilted header
 * line after the ones below it ("NO13,Jaln..." at y 124 before "ADVANCO COMPANY" at y 57), and
 * what is above or below the name decides it. Lines on one row (their tops closer than half a
 * line) keep their reading order.
 */
function topToBottom(lines: DocLine[]): DocLine[] {
  return lines.map((l, i) => ({ l, i })).sort((a, b) => {
    const dy = a.l.box.y - b.l.box.y;
    return Math.abs(dy) < 0.5 * Math.min(a.l.box.h, b.l.box.h) ? a.i - b.i : dy;
  }).map(({ l }) => l);
}

/**
 * A slogan over or under the name: a founding year ("Fresh & Friendly Since 1998", "Artisan
 * depuis 1952", "Familienbetrieb seit 1923") or an exclamation ("Altijd vers!"); a banner between
 * stars ("*** FRESH EVERY DAY ***", a later tester's receipts) is one too (BANNER).
 */
const BANNER = /^[^\p{L}\d]*[*★☆✱✶]{2,}|[*★☆✱✶]{2,}[^\p{L}\d]*$/u;
/**
 * A logo's placeholder or caption: one word in brackets among rules of symbols ("=== [ LOGO ] ===",
 * "[LOGO]", "--(  L0G0  )--"; a later tester's receipts printed one above the shop's name), a
 * picture's stand-in, never the name.
 */
const BRACKETED_WORD = /^[^\p{L}\d]*[[({][^\p{L}\d]*\p{L}[\p{L}0]*[^\p{L}\d]*[\])}][^\p{L}\d]*$/u;
const SLOGAN = /\b(?:since|depuis|seit|desde|dal|sinds|sedan|siden|od|est\.?|established|fond[ée]e?\s+en|gegr(?:ü|ue)ndet)\s+(?:(?:19|20)\d{2})\b|!\s*$/iu;
/**
 * Whether the candidate line `i` of `top` is a slogan beside the shop's name: written as a
 * sentence (./slogan-line.ts: "Artisan boulanger", "Read more, worry less", "Fresh. Local.
 * Aussie.") and naming no company (a suffix or legal form, once cleaned: "Guar dian Healt h And
 * Beauty Sdn Ehd", its words split by OCR, is a name), while a name-like line stands beside it:
 * the nearest candidate below it (within two lines, none of them opening the address) or the
 * one right above it, which is no sentence, opens no address and is printed at least as large
 * (nine tenths of its height or more: a slogan is set in smaller or equal type). A sentence
 * alone in the header stays a candidate: nothing else names the shop. (A fresh tester's
 * receipts: a slogan over the name was returned 6 times in 15; without it, the name.)
 */
function sloganBesideName(top: DocLine[], candidate: boolean[], i: number): boolean {
  const f = fold(cleanCompanyName(top[i].text));
  if (!sentenceLike(top[i].text) || COMPANY_SUFFIX.test(f) || LEGAL_FORM.test(f)) return false;
  // (under a sentence that tops the header, a house or shop number first is the address even
  // without a street word, "12 Harbour View", "Shop 3, The Quay": the sentence is the shop's name)
  const topmost = !candidate.slice(0, i).some(Boolean);
  const nameLike = (j: number) => candidate[j] && !sentenceLike(top[j].text) && !ADDRESS_START.test(top[j].text) && top[j].box.h >= 0.9 * top[i].box.h
    && !(topmost && numberedAddress(top[j].text));
  // (the nearest candidate below, before any line that opens the address: by a street word too,
  // "3A Marine Parade" over its town)
  const opensAddress = (l: DocLine) => ADDRESS_START.test(l.text) || STREET_LINE.test(l.text) || (topmost && numberedAddress(l.text));
  const below = [i + 1, i + 2].filter((j) => j < top.length && !top.slice(i + 1, j).some(opensAddress)).find((j) => candidate[j]);
  const above = i > 0 && candidate[i - 1] ? i - 1 : undefined;
  return (below !== undefined && nameLike(below)) || (above !== undefined && nameLike(above));
}

/**
 * A line that opens with a house number, or a shop's, unit's, stall's or lot's number and its
 * comma or slash, before words ("12 Harbour View", "3A Marine Parade", "Shop 3, The Quay", "Unit
 * 5/2 Pier Road"), and names no company (no suffix or shop word: "7 Seas Fish Shop" is a name):
 * read as an address once a sentence stands over it (sloganBesideName), with or without a street word.
 */
const NUMBER_FIRST = /^\W*(?:(?:shop|unit|suite|ste|store|stall|kiosk|lot|level|flat)\s*\d{1,4}[a-z]?\s*[,/]|\d{1,5}[a-z]?(?:-\d{1,5})?,?\s+\p{L})/iu;
function numberedAddress(text: string): boolean {
  const f = fold(cleanCompanyName(text));
  return NUMBER_FIRST.test(text) && !COMPANY_SUFFIX.test(f.replace(/^\W*(?:shop|store)\b/, ' ')) && !LEGAL_FORM.test(f);
}

/** A store number after a name ("QUIK-FILL #2231"), kept in the name but not counted against its share of letters. */
function withoutStoreNumber(text: string): string {
  return text.replace(/\s*#\s*\d{1,6}\s*$/, '');
}
/**
 * A line naming only the branch or the till by its number ("STORE #8774", "Store 9605", "Filiale
 * 447", "Outlet No. 12", "Kasse 2"): never the name, nor a line of it (a later tester's receipts
 * printed one under the name, which "STORE" as a shop word then joined).
 */
const BRANCH_ONLY = /^\W*(?:store|shop|branch|outlet|filiale|filial|sucursal|succursale|magasin|tienda|loja|negozio|sklep|winkel|kasse|till|register|caja|caisse|cassa|pos|terminal)\b\.?\s*(?:no\.?|nr\.?|n[°º]|#)?\s*[:#]?\s*\d{1,6}\s*$/i;
/**
 * "SB", Sendirian Berhad written short without its slash, closing a name right before the
 * company's registration number ("MYNEWS RETAIL SB(306295-X)", "... SB (123456-A)"): a legal
 * form, as "S/B" and "SDN BHD" are, so the legal entity printed under a branch's name and
 * address is the supplier (README: the legal name, BT-27). Only before the number: "SB" alone
 * is as often initials.
 */
const SB_BEFORE_REG = new RegExp(String.raw`\p{L}{2,}\s+S\.?B\.?\s*(?=${REG_NO.source})`, 'iu');
/**
 * How much more the header line printed largest scores (one place down the page is 0.35): the
 * shop's name is the header's largest type more often than not, under a slogan or a greeting
 * in small type ("Altijd vers!" over "Bakkerij De Gouden Korrel", a fresh tester's receipts).
 */
const LARGEST_TYPE_MORE = 0.6;
/** Clearly larger: the largest line's height over the next largest candidate's and over the page's median line. */
const LARGEST_OVER_NEXT = 1.25;
const LARGEST_OVER_BODY = 1.3;
/**
 * The candidate line printed clearly largest (LARGEST_OVER_NEXT times the next candidate's
 * height and LARGEST_OVER_BODY times the page's median line height), or null when no line
 * stands out: many receipts print their header in body type.
 */
function largestType(candidates: DocLine[], page: DocLine[]): DocLine | null {
  if (candidates.length < 2) return null;
  const byHeight = [...candidates].sort((a, b) => b.box.h - a.box.h);
  const heights = page.map((l) => l.box.h).sort((a, b) => a - b);
  const body = heights[Math.floor(heights.length / 2)] ?? 0;
  const [first, second] = byHeight;
  return first.box.h >= LARGEST_OVER_NEXT * second.box.h && first.box.h >= LARGEST_OVER_BODY * body ? first : null;
}

/**
 * The lines of a page's header, where a till prints the shop's name: the top 40 % of the page,
 * or of the printed text when the receipt does not fill the picture (a photo of a receipt lying
 * low in the frame, a scan with a wide margin above it), in reading order. Positions in pixels.
 */
function headerLines(page: DocLine[]): DocLine[] {
  const textTop = Math.min(...page.map((p) => p.box.y));
  const textBottom = Math.max(...page.map((p) => p.box.y + p.box.h));
  return page.filter((l) => l.box.y < l.pageHeight * 0.4 || l.box.y < textTop + (textBottom - textTop) * 0.4);
}

export function receiptSupplier(lines: DocLine[]): Found | null {
  const page = lines.filter((l) => l.page === lines[0]?.page);
  const top = topToBottom(headerLines(page)).slice(0, 14);
  // (a page of a PDF's text layer is read as printed: its names get no letter repaired)
  const printed = page.length > 0 && page.every((l) => l.source === 'text');
  // (a title OCR read into the name's line, "TAX INVOICE ACME PTE LTD", is cut first: ./title-glued-to-name.ts)
  const clean = (text: string) => cleanCompanyName(withoutGluedTitle(text), printed);
  let best: { i: number; score: number; company: boolean } | null = null;
  let rank = 0;
  let inAddress = false;
  // each header line is cleaned and date-scanned once, for the candidate test and the scoring
  const seen = top.map((l, i) => ({
    text: withoutTaxIdAfterName(clean(withoutTrailingDebris(l))),
    regBelow: !!top[i + 1] && REG_ONLY.test(top[i + 1].text.trim()),
    dated: findDates(l.text).length > 0,
  }));
  // (a numbered name, "No. 1 Coffee Shop", is tested without its number sign, which reads as a
  // registration number's label or the noise word "No.": ./numbered-name.ts)
  const isCandidate = (l: DocLine, i: number, numbered: boolean) => {
    const { text, regBelow, dated } = seen[i];
    const label = numbered ? withoutNumberSign(l.text) : l.text;
    const own = numbered ? withoutNumberSign(text) : text;
    return !(l.confidence < (regBelow || regOnLine(l.text) || COMPANY_SUFFIX.test(fold(text)) ? LOW_CONFIDENCE_NAMED : 0.3) || REG_LABEL.test(label) || REG_LABEL.test(own) || !plausibleName(withoutStoreNumber(text)) || BRANCH_ONLY.test(l.text) || BRANCH_ONLY.test(text) || isNoise(own) || PRICED.test(l.text) || STREET_LINE.test(l.text) || STREET_LINE.test(text) || SLOGAN.test(l.text) || BANNER.test(l.text) || BRACKETED_WORD.test(l.text) || CARE_OF.test(l.text) || dated);
  };
  const numbered = top.map((l) => numberedName(l.text));
  // (the customer's block names the buyer, never the shop: ./buyer-label-line.ts)
  const buyers = buyerBlockLines(top);
  const candidate = top.map((l, i) => isCandidate(l, i, numbered[i]) && !buyers[i]);
  // a numbered name is one only as the top name-like line: under another name it is the address's house number
  const first = candidate.indexOf(true);
  top.forEach((l, i) => {
    if (!numbered[i] || i === first) return;
    numbered[i] = false;
    candidate[i] = isCandidate(l, i, false);
  });
  // a slogan written as a sentence beside a name-like line is no candidate (each judged among the candidates as found)
  top.map((_l, i) => candidate[i] && sloganBesideName(top, candidate, i)).forEach((slogan, i) => { if (slogan) candidate[i] = false; });
  const largest = largestType(top.filter((_l, i) => candidate[i]), page);
  let inBody = false;
  for (let i = 0; i < top.length; i++) {
    const l = top[i];
    const afterAddress = inAddress;
    inAddress ||= ADDRESS_START.test(l.text) && !numbered[i];
    // (the till's date opens the body: an item line below it is no name, "IBUPROFEN 200MG 24"
    // whose price was read as a line of its own, when a candidate stands above the date)
    const body = inBody && !!best;
    inBody ||= seen[i].dated;
    if (!candidate[i]) continue;
    const { text, regBelow } = seen[i];
    // (an item is no name: in the body a shop word opening or ending a line names what was bought,
    // "Cafe creme", "Cafe con leche", and a line over its quantity and price is an item's)
    if ((body && shopWordOnly(text)) || quantityLineBelow(top[i + 1])) continue;
    // (an Irish county, "Co. Cork", names no company)
    const named = fold(text.replace(COUNTY, ' '));
    // (the line that opens the address, or any line of it, is no name once a candidate stands
    // above it: "Main Street, Kinsale, Co. Cork" under "Mulligan's Centra"; but a legal name
    // with its branch's place in brackets is one: "BOOK TA.K (TAMAN DAYA) SDN BHD")
    if (best && ADDRESS_START.test(l.text) && (!LEGAL_FORM.test(named) || UNIT_START.test(l.text))) continue;
    let score = l.confidence - 0.35 * rank++;
    // (not a shop word alone: that is the brand in large type over the registered name)
    if (l === largest && !shopWordOnly(text)) score += LARGEST_TYPE_MORE;
    // (a legal form the suffix list lacks names a company as well: "Epicerie Les Glycines EURL")
    // (below the address a shop word alone is the town's or the street's: "Market Harborough")
    // (a cased form ending the name counts as well: "Södermalm Kaffe AB", ./cased-legal-form.ts)
    const suffix = (COMPANY_SUFFIX.test(named) && !(afterAddress && shopWordOnly(text))) || LEGAL_FORM.test(named) || casedLegalFormAtEnd(text) || SB_BEFORE_REG.test(l.text);
    const reg = REG_NO.test(l.text) || regBelow;
    if (suffix) score += 3;
    // a shop word alone ("MEGA HARDWARE", "GLOBAL MART") is often the brand over the registered
    // name ("KEDAI RUNCIT KELANA SAKTI ENTERPRISE", "... SDN BHD"), which weighs a little more
    // in the header (below the address a company is the owner's)
    if (suffix && !afterAddress && !shopWordOnly(text)) score += REGISTERED_MORE;
    // a legal form names the company; a shop word ("PHARMACY", "MARKET") may be the brand over it
    // ("Apollo" / "Pharmacy" in a logo over "Apollo Pharmacy Private Limited")
    if (suffix && !afterAddress && LEGAL_FORM.test(named)) score += 1;
    // the legal entity printed under a trade name ends in its legal form ("Kanto Food Ventures
    // Inc." under "KAINAN SA KANTO", whose "SA" is a word, "Södermalm Kaffe AB" under
    // "KAFFEBAREN SODER"): it names the supplier, above the logo's larger capitals
    if (!afterAddress && endsInLegalForm(text)) score += LEGAL_FORM_LAST_MORE;
    if (reg) score += 2;
    if (upperShare(text) > 0.8) score += 0.5;
    if (afterAddress && best) score -= AFTER_ADDRESS;
    if (body) score -= IN_BODY;
    if (OWNER_LABEL.test(l.text) || (i > 0 && OWNER_LABEL_ALONE.test(top[i - 1].text))) score -= 4;
    if (!best || score > best.score) best = { i, score, company: suffix || reg };
  }
  const footer = best?.company ? null : footerName(lines);
  if (footer) return { name: repaired(footer.name, footer.from, lines), line: footer.from[0], confidence: 0.6 };
  if (!best) return null;
  const pick = top[best.i];
  const from = [pick];
  // (a tax or business number printed on the name's line is no part of it: "... Pty Ltd ABN 51 824 753 556")
  let name = withoutTaxIdAfterName(clean(withoutTrailingDebris(pick)));
  // a name that breaks off in an open bracket or after "&" goes on in the capitalised line below
  // ("ENTERPRISE (SETIA" over "ALAM) SDN BHD")
  let last = pick;
  for (let j = best.i + 1; j < top.length && j <= best.i + 2; j++) {
    const b = top[j];
    const lastText = openBracketBefore(last.text, b.text);
    if (!endsOpen(lastText)) break;
    const t = clean(b.text);
    if (!continuesName(b, last, t)) break;
    name = `${last === pick ? clean(openBracketBefore(pick.text, b.text)) : lastText === last.text ? name : name.replace(/\S+$/, (w) => openBracketBefore(w, b.text))} ${t}`;
    from.push(b);
    last = b;
  }
  // a Turkish legal form alone on the line below ends the name ("MAVI DENIZ MARKET" / "TIC. A.S.")
  const formBelow = top[best.i + 1];
  if (from.length === 1 && formBelow && TURKISH_FORM_ONLY.test(clean(formBelow.text).trim())) {
    name = `${name} ${clean(formBelow.text).trim()}`;
    from.push(formBelow);
  }
  // a capitalised line standing between the name and its registration number is the name's
  // second line ("RESTAURANT JIAWEI" / "JIAWEI HOUSE" / "002693074-K")
  const second = top[best.i + 1];
  if (from.length === 1 && second && top[best.i + 2] && REG_ONLY.test(top[best.i + 2].text.trim())) {
    const t = clean(second.text);
    if (continuesName(second, pick, t) && !isNoise(t)) {
      name = `${name} ${t}`;
      from.push(second);
    }
  }
  // a name line that begins with "&" ("& TEA LEAF (M) SDN. BHD.") goes on from the line above
  const opensWithAnd = /^\W*&/.test(pick.text);
  // a line holding only the legal suffix ("Sdn Bhd", "PTY. LTD.") ends the line above, whatever their case
  const above = top[best.i - 1];
  if (from.length === 1 && above && letters(name) >= 3 && name.split(/\s+/).every((w) => SUFFIX_ONLY.test(w.replace(/\P{L}/gu, '')))) {
    const t = clean(above.text);
    const gap = pick.box.y - above.box.y - above.box.h;
    // (a capitalised name over a capitalised suffix line is joined below, with the lines above it)
    const capitals = upperShare(name) > 0.8 && upperShare(t) >= 0.8;
    if (!capitals && gap <= 1.2 * Math.max(pick.box.h, above.box.h) && above.confidence >= 0.4 && !/\d/.test(t) && plausibleName(t) && !isNoise(t) && !OWNER_LABEL.test(above.text)) {
      name = `${t} ${name}`;
      from.push(above);
    }
  }
  // the capitalised lines right above that continue the name, while it is not whole yet
  if (upperShare(name) > 0.8) {
    let below = pick;
    for (let j = best.i - 1; j >= 0 && j >= best.i - 2; j--) {
      const a = top[j];
      let t = clean(openBracketBefore(a.text, below.text));
      if (!continuesName(a, below, t) || OWNER_LABEL.test(a.text)) break;
      // (a line that opens with a shop word and names no company of its own starts the name: "KEDAI
      // RUNCIT YEW" over "LEE ENTERPRISE", "PASARAYA CAHAYA" over "MURNI ENTERPRISE")
      const opensName = NAME_OPENING.test(t.split(/\s+/)[0] ?? '') && !COMPANY_SUFFIX.test(fold(t.replace(/^\S+\s*/, '')));
      if (wholeName(name) && !endsOpen(a.text) && !(opensWithAnd && below === pick) && !opensName) break;
      if ((/\s&\s*$/.test(a.text) || (opensWithAnd && below === pick && !/^\W*&/.test(name))) && !/&$/.test(t)) t += ' &'; // the name goes on after a lone "&"
      if (/\b(?:bhd|ltd|limited|llc|inc|gmbh|plc|s\/b)\.?$/i.test(t)) break; // a whole name of its own
      name = `${t} ${name}`;
      below = a;
      from.push(a);
    }
  }
  name = wrappedName(name, from, top, page);
  // (a trade name and the legal entity under it read by OCR as one line: the legal entity)
  name = legalEntityAfterTradeName(name);
  // (a "(A) unit of ..." line names the legal entity after those words: ./unit-of-name.ts)
  name = withoutUnitOf(name);
  // (a street after a comma on the name line is the address: ./street-after-name.ts)
  name = withoutStreetAfterName(name);
  return { name: repaired(tidyName(name), from, lines), line: pick, confidence: Math.min(0.9, 0.5 + 0.1 * Math.max(0, best.score)) };
}

/**
 * A name line that breaks off after a word that needs the next ("Panaderia La", "Apotheke am",
 * "Marks &", the Nordic "Bakeriet på" over "Grünerløkka", its å read as an a in a scan: "pa");
 * not the last letter of a dotted legal form ("S.L.U.", "S.p.A." end no name mid-way).
 */
const OPEN_WORD_END = /(?<![\p{L}.])(?:&|and|und|et|y|e|i|the|of|la|el|los|las|le|les|du|des|de|del|da|do|dos|das|di|della|dello|il|lo|am|an|im|zum|zur|der|die|von|van|den|het|pod|na|w|nad|u|på|pa|paa|ved|vid|og|och|af|hos)\s*$/iu;
/** A line that begins with a word that continues the line above ("de OURO", "& Spencer", "du Marché"). */
const OPEN_WORD_START = /^\W*(?:&|and|und|et|y|of|de|du|des|del|da|do|dos|das|di|della|von|van|der|am|an|im|zum|zur)(?![\p{L}])/iu;
/** Header type: lines this much taller than the page's median line are printed large (the shop's name). */
const LARGE_TYPE = 1.15;

/**
 * The shop's name printed over two or three lines at the top, which the choice above took one
 * line of (a fresh tester's receipts: "Boulangerie du Marché" over "SARL", "GREENLEAF" over
 * "GROCERS PLC", "Apotheke am" over "See", "CARREFOUR" over "CITY"). A line next to the name's
 * lines (no gap, no digits, no address, label or noise) joins it when:
 * - below it, it holds only a legal form ("SARL", "S.p.A.", "GmbH & Co. KG", "Unipessoal Lda");
 * - in type of about the same size, the name breaks off after a word that needs the next
 *   ("Panaderia La", "Apotheke am", "Marks &") or the next line starts with one ("de OURO");
 * - both are in the header's large type (LARGE_TYPE times the page's median line height, the
 *   two within 30 % of each other), the name below has no company suffix yet (below a whole
 *   name is a branch or a town), and the line above, if that is the one, names no company of its
 *   own (SROIE's "KIKU JAPANESE RESTAURANT" over "TK DIVISION KITCHEN SDN BHD" is a brand over
 *   the legal name) and is one word when the name below has its suffix.
 * `from` is extended with the lines taken; returns the name.
 */
function wrappedName(name: string, from: DocLine[], top: DocLine[], page: DocLine[]): string {
  const heights = page.map((l) => l.box.h).sort((a, b) => a - b);
  const body = heights[Math.floor(heights.length / 2)] ?? 0;
  const large = (a: DocLine, b: DocLine) => Math.min(a.box.h, b.box.h) >= LARGE_TYPE * body && Math.max(a.box.h, b.box.h) <= 1.3 * Math.min(a.box.h, b.box.h);
  const near = (a: DocLine, b: DocLine) => b.box.y - a.box.y - a.box.h <= 1.2 * Math.max(a.box.h, b.box.h);
  const nameLine = (l: DocLine) => !/\d/.test(l.text) && l.confidence >= 0.3 && plausibleName(l.text) && !isNoise(l.text) && !REG_LABEL.test(l.text) && !STREET_LINE.test(l.text) && !ADDRESS_START.test(l.text) && !OWNER_LABEL.test(l.text);
  const at = (l: DocLine) => top.indexOf(l);
  let lo = Math.min(...from.map(at)), hi = Math.max(...from.map(at));
  if (lo < 0) return name;
  const sameType = (a: DocLine, b: DocLine) => Math.max(a.box.h, b.box.h) <= 1.5 * Math.min(a.box.h, b.box.h);
  // (a legal name opening with a capitalised particle, "De Jaren Horeca B.V.", is one of its own: see ./particle-name.ts)
  const open = (a: DocLine, b: DocLine) => sameType(a, b) && (OPEN_WORD_END.test(a.text.replace(/[\s.,:;]+$/, '')) || (OPEN_WORD_START.test(b.text) && !particleOpensLegalName(b.text)));
  while (hi + 1 < top.length && hi - lo < 2) {
    const a = top[hi], b = top[hi + 1];
    const legal = legalFormOnly(b.text);
    if (!near(a, b) || !(legal ? b.confidence >= 0.3 : nameLine(b))) break;
    // (a name that has its company suffix is whole: the large line below is a branch or a town;
    // a shop's kind alone, "Piekarnia", is not a whole name)
    const kindAlone = a === top[lo] && NAME_OPENING.test(name.trim()) && sameType(a, b);
    if (!legal && !open(a, b) && !kindAlone && !(large(a, b) && !COMPANY_SUFFIX.test(fold(name)))) break;
    name = `${name} ${tidyName(withoutTrailingDebris(b))}`;
    from.push(b);
    hi++;
    if (legal) break;
  }
  while (lo > 0 && hi - lo < 2) {
    const a = top[lo - 1], b = top[lo];
    if (!near(a, b) || !nameLine(a)) break;
    const t = tidyName(withoutTrailingDebris(a));
    // over a name with its suffix, only one word in the same large type continues it ("GREENLEAF"
    // over "GROCERS PLC"); words of their own are a brand or a person over the legal name
    // ("Sarang Hae Yo" over "Trendymax (M) Sdn Bhd", "tan chay yee" over "S.H.H. MOTOR ... SDN. BHD")
    const wraps = large(a, b) && !COMPANY_SUFFIX.test(fold(t)) && (!COMPANY_SUFFIX.test(fold(name)) || !/\s/.test(t));
    if (!open(a, b) && !legalFormOnly(name) && !wraps) break;
    name = `${t} ${name}`;
    from.push(a);
    lo--;
  }
  return name;
}
