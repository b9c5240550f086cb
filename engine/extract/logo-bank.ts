/**
 * @module engine/extract/logo-bank
 * A bank named only by its logo line: a name with no bank word and no legal form ("Nordea",
 * "ING", "Intesa Sanpaolo") printed at the top of a statement's first page, as the largest of
 * its first lines (of equal size, the topmost). Taken only on a statement that prints an IBAN or
 * a BIC (a bank's statement in the SEPA sense, so its issuer is a bank), and only when the line
 * is a name: at most four words, no digit, date, colon or e-mail, no statement title or field
 * word ("Statement of account", "Kontoauszug", "Estratto conto", "Seite"), no street or postcode
 * line, not the holder's. A line shaped like a person's name ("Intesa Sanpaolo", "Anna Rossi")
 * is taken at body size only when the holder was read elsewhere: alone at body size it may as
 * well be the addressee; set larger than the page's body, it is a logo. At body size every word
 * is capitalised: a line printed once at the top with a word in small letters ("Aurora bcx") may
 * be a title; in larger type it is the logo ("Millennium bcp"). A single word all in small letters
 * ("nordlys", a brand that writes its name in lower case) is the logo at body size too: a title,
 * a label or a person's name is not printed so; so is a brand's one word of odd shape, letters with
 * digits ("N26") or a capital inside after small letters ("iCard"). One word among the first lines
 * whose letters agree with the bank code the page prints, a BIC's or an IBAN's ("N26" and
 * "NTSBDEB1XXX", "ING" and "NL12 INGB ..."; see bank-code.ts), is the logo whatever its size: the
 * surest of these readings.
 */
import { findDates } from '../parse/dates.ts';
import { firstColumn, fold, type DocLine } from '../parse/lines.ts';
import { cutAtTitle } from './bank-name.ts';
import { agreesWithCode, printedBankCodes } from './bank-code.ts';
import { isFieldLabel } from './holder-label.ts';
import { personalName } from './personal-name.ts';
import { plausibleName, tidyName } from './supplier.ts';

/** Words of a title, a product, a label or a page header (folded): such a line names no bank. */
const NOT_A_NAME = /\b(?:statement|account|acct|\w*konto\w*|\w*auszug|compte|releve|conto|estratto|cuenta|extracto|conta|extrato|rachun\w*|wyciag|rekening\w*|\w*afschrift|page|seite|pagina|strona|balance|saldo|summary|checking|chequing|savings|period\w*|okres|iban|bic|swift|date|datum|data|fecha|customer|kunde|client|cliente|service|private|privat|business|confidential|copy|kopie|original|duplicate)\b/;
/** A salutation, a street or a postcode and town: the addressee's block, not a logo. */
const ADDRESSEE = /^(?:mr|mrs|ms|miss|dr|herrn?|frau|m\.|mme|sr|sra|sig|pan|pani|dhr|mevr|monsieur|madame)\b\.?|\b(?:street|road|avenue|lane|straße|strasse|weg|gasse|platz|rue|calle|via|viale|rua|ul\.|laan|straat)\b|^\d{2}-\d{3}\s|\b\d{4,5}\s+\p{Lu}/iu;

/** The median height of a page's lines (its body type). */
function bodyHeight(lines: DocLine[]): number {
  const hs = lines.map((l) => l.box.h).sort((a, b) => a - b);
  return hs[Math.floor(hs.length / 2)] ?? 0;
}

/** Whether a statement prints an IBAN or a BIC: the word, or an IBAN's shape. */
export function printsIban(lines: DocLine[]): boolean {
  return lines.some((l) => /\b(?:IBAN|BIC|SWIFT)\b/i.test(l.text) || /\b[A-Z]{2}\d{2}\s?[A-Z0-9]{4}\s?\d{4}\s?\d{2,4}/.test(l.text));
}

/** The first page's lines set larger than its body (a letterhead, a logo's words). */
export function largerThanBody(lines: DocLine[]): Set<DocLine> {
  const page = lines.filter((l) => l.page === lines[0]?.page);
  const body = bodyHeight(page);
  return new Set(page.filter((l) => body > 0 && l.box.h >= body * 1.3));
}

/**
 * A brand's one word of odd shape (see the module's note): one to three capitals and two or three
 * digits ("N26"), or small letters with a capital inside ("iCard", "myBank"). Titles, labels and
 * names are not printed so; a page's number ("S1", "Page2") is not of this shape.
 */
const ODD_BRAND = /^(?:\p{Lu}{1,3}\d{2,3}|\p{Ll}{1,4}\p{Lu}\p{L}{1,6})$/u;

/** A one-word logo among `top` whose letters agree with a printed bank code (see bank-code.ts), or null. */
function logoByCode(top: DocLine[], codes: string[], holder: string | null): DocLine | null {
  if (!codes.length) return null;
  return top.find((l) => {
    const word = cutAtTitle(tidyName(firstColumn(l)));
    if (!word || /\s/.test(word) || word.length < 2 || word.length > 12 || !/^\p{L}[\p{L}\d]*$/u.test(word)) return false;
    if (NOT_A_NAME.test(fold(word)) || isFieldLabel(word) || (holder && fold(word) === fold(holder))) return false;
    return codes.some((c) => agreesWithCode(word, c));
  }) ?? null;
}

/**
 * The bank's name on the logo line (see the module's note), the line and how sure; `holder` is
 * never taken. Null when the statement prints no IBAN or BIC or its top line is no bank's name.
 */
export function bankFromLogoLine(lines: DocLine[], holder: string | null): { name: string; line: DocLine; confidence: number } | null {
  if (!printsIban(lines)) return null;
  const page = lines.filter((l) => l.page === lines[0]?.page);
  const top = [...page].sort((a, b) => a.box.y - b.box.y).slice(0, 3);
  const coded = logoByCode(top, printedBankCodes(lines), holder);
  if (coded) return { name: cutAtTitle(tidyName(firstColumn(coded))), line: coded, confidence: 0.7 };
  // the largest of the first lines; of equal size, the topmost
  const logo = top.reduce<DocLine | undefined>((a, l) => (!a || l.box.h > a.box.h * 1.15 ? l : a), undefined);
  if (!logo) return null;
  const raw = tidyName(firstColumn(logo));
  const name = cutAtTitle(raw);
  const words = name.split(/\s+/);
  // a brand's one word of odd shape ("N26", "iCard") is the logo at any size
  if (ODD_BRAND.test(name) && !NOT_A_NAME.test(fold(name)) && !isFieldLabel(name)) return { name, line: logo, confidence: 0.5 };
  if (!name || !plausibleName(name) || words.length > 4 || /[\d:@]/.test(name) || findDates(logo.text).length) return null;
  if (NOT_A_NAME.test(fold(name)) || ADDRESSEE.test(name) || isFieldLabel(name) || (holder && fold(name) === fold(holder))) return null;
  // at body size a name's words are capitalised, and a person's shape may be the addressee unless the holder is named elsewhere
  const larger = logo.box.h >= bodyHeight(page) * 1.3;
  // one word all in small letters at the top is a brand's logo set in lower case, at any size: no title or person is printed so
  const lowerBrand = words.length === 1 && /^\p{Ll}{3,}$/u.test(name);
  if (!larger && !lowerBrand && (!words.every((w) => /^\p{Lu}/u.test(w)) || (personalName(name) && !holder))) return null;
  return { name, line: logo, confidence: larger ? 0.55 : 0.45 };
}
