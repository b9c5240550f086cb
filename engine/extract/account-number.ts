/**
 * @module engine/extract/account-number
 * A statement's account number: the value after an account-number label ("Account No.:",
 * "Kontonummer", "Nr rachunku:", "IBAN/Acc:", "BSB 633-000 Account") on its line or under it,
 * else the IBAN printed after "IBAN", else an IBAN after an account word at its column's start
 * ("Cuenta ES12 0182 ...", account-word-iban.ts), else an unlabelled IBAN whose check holds (own-iban.ts),
 * else a number in digit groups right after an account word
 * ("IBAN: Account 4401 2287 9931", as a US bank fills an IBAN field with its own account).
 * Two labels joined by a slash ("IBAN/Acc:", "IBAN/Account No.", "Konto/IBAN") name one value
 * and work as either alone would. A label naming another party ("Beneficiary account:",
 * "Empfänger-IBAN:", "Cuenta destino:", ./account-party.ts) labels no account of the statement's.
 * An IBAN under its label is read whole, to its country's length. A labelled IBAN whose country
 * code OCR read with a digit ("1E29 8961 ...") is read with its letters put back, and one printed
 * longer than its country's IBAN is read as printed (../parse/iban.ts). Digits OCR read as letters
 * ("DE89 37O4 OO44 O532 Ol3O OO") are put back when the IBAN's mod-97 check then holds, and only then.
 */
import { fold, keyword, matchAny, spanBox, spanConfidence, xOverlap, type DocLine } from '../parse/lines.ts';
import type { Box } from '../types.ts';
import type { FieldLog } from './evidence.ts';
import { ibanAtStart, ibanCheckHolds, withIbanRepaired } from '../parse/iban.ts';
import { labelNamesOtherParty } from './account-party.ts';
import { IBAN_HEAD, ownIban } from './own-iban.ts';
import { MASKED_CARD_SOURCE } from '../parse/masked-card.ts';
import { findDates } from '../parse/dates.ts';
import { ibanAfterAccountWord } from './account-word-iban.ts';

/**
 * Account-number labels in our languages (EN, DE, FR, ES, IT, PT, NL, PL), with the short forms
 * statements print: "Nr rachunku", "Numer konta", "Konto-Nr.", "N° de compte", "Nº de cuenta",
 * "Conto n.", "N. conto", "Nº da conta", "Rekeningnr.", and the account word before its number sign
 * ("Compte n°", "Cuenta nº", "Conta n.º").
 */
const ACCOUNT_NO = [
  'account number', 'account no', 'acct no', 'account #', 'a/c no', 'kontonummer', 'konto-nr', 'konto nr', 'kto-nr', 'numéro de compte', 'n° de compte', 'nº de compte', 'no de compte', 'n° compte',
  'rekeningnummer', 'rekeningnr', 'número de cuenta', 'nº de cuenta', 'n° de cuenta', 'numero di conto', 'conto n', 'n. conto', 'numero conto', 'numer rachunku', 'nr rachunku', 'numer konta', 'nr konta',
  'número da conta', 'nº da conta', 'n.º da conta', 'nº de conta', 'número de conta',
  // and the statements of other languages (a thirteenth tester's): FI "Tilinumero", ET "Konto number" / "Kontonumber", LT
  // "Sąskaitos Nr.", LV "Konta Nr.", HU "Számlaszám" / "Bankszámlaszám", HR "Broj računa", SL "Številka računa", CS/SK "Číslo
  // účtu", RO "Număr cont", SV/NO/DA "Kontonr."; their marked letters fold away as a scan drops them ("Saskaitos Nr.")
  'tilinumero', 'tilin numero', 'konto number', 'kontonumber', 'sąskaitos nr', 'sąskaitos numeris', 'konta nr', 'konta numurs',
  'számlaszám', 'bankszámlaszám', 'számla száma', 'broj računa', 'številka računa', 'číslo účtu', 'č. účtu', 'număr cont', 'nr. cont', 'kontonr',
  // the account word first, its number sign after ("Compte n° 12345678901", "Cuenta nº", "Conta n.º")
  'compte n°', 'compte nº', 'compte no', 'cuenta n°', 'cuenta nº', 'conta n°', 'conta nº', 'conta n.º',
  // ...and the kind of account between them ("Cuenta Corriente N° 00-123-45678-09", "Conto corrente n.", "Conta corrente nº",
  // "Compte courant n°", "Cuenta de ahorro nº": a fresh tester's Chilean statement)
  'cuenta corriente n°', 'cuenta corriente nº', 'cuenta corriente no', 'cuenta de ahorro n°', 'cuenta de ahorro nº', 'cuenta vista n°', 'cuenta vista nº',
  'conto corrente n', 'conta corrente n°', 'conta corrente nº', 'conta corrente n.º', 'compte courant n°', 'compte courant nº', 'compte courant no',
  // a card statement's account is its card, printed masked ("Account ending: XXXX XXXX XXXX 4821", "Card number: 4364 •••• •••• 1187")
  'account ending', 'account ending in', 'card number', 'card no', 'card ending', 'card ending in', 'kartennummer', 'karten-nr', 'karte nr', 'numéro de carte', 'n° de carte',
  'número de tarjeta', 'nº de tarjeta', 'numero carta', 'numero della carta', 'número do cartão', 'nº do cartão', 'kaartnummer', 'numer karty', 'nr karty',
].map((x) => keyword(x));
/**
 * An account word alone before a colon ("Cuenta: ES21 3159 ...", "Konto: 1234567", "Compte :"),
 * as a statement's header prints the account beside the holder: a label only when its value
 * follows on the line (the word alone is also a title's: "Extracto de cuenta").
 */
const BARE_ACCOUNT = /(?<![\p{L}])(?:account|acct|konto|compte|cuenta|conto|conta|rekening|rachunek|card|karte|carte|tarjeta|carta|cartao|kaart|karta)\s*:/u;
/**
 * "Account" after the branch code that goes with it, where the word alone is the label: an
 * Australian BSB ("BSB 633-000 Account 220388468"), a British sort code, a North-American
 * routing or transit number. Group 1 is the label.
 */
const AFTER_BRANCH = /\b(?:BSB|sort\s*code|routing(?:\s*(?:number|no\.?))?|transit(?:\s*(?:number|no\.?))?)[\s:#.]*(?:\d{2,3}(?:[- ]\d{2,3}){1,2}|\d{5,9})[\s,;|]+((?:account|acct|a\/c)(?:\s*(?:number|no\.?|#))?)(?![\p{L}])/iu;

/**
 * One part of a slash-joined account label, folded (lower case, no accents): "iban", "account
 * (no./number)", "acc(t)", "a/c", "konto(nummer)", "compte", "cuenta", "conto", "conta",
 * "rekening(nummer)", "rachunek"/"nr rachunku".
 */
const PART = String.raw`(?:iban|account(?:\s*(?:number|no\.?|#))?|acc(?:t)?\.?(?:\s*no\.?)?|a\/c(?:\s*no\.?)?|konto(?:nummer|-?nr\.?)?|(?:n[o°º]\.?\s*de\s*)?compte|(?:n[uo]mero\s*de\s*)?cuenta|(?:numero\s*(?:di\s*)?)?conto|(?:numero\s*da\s*)?conta|rekening(?:nummer)?|(?:n(?:umer|r)\.?\s*)?rachunku|rachunek)`;
/** Two or more label parts joined by a slash ("iban/acc", "acc/iban", "iban/account no."), on folded text. */
const JOINED = new RegExp(String.raw`(?<![\p{L}\d])${PART}(?:\s*\/\s*${PART})+(?![\p{L}])`, 'u');

/**
 * An IBAN: country, check digits, then groups of four with or without spaces and a shorter last
 * group. A scan reads some of the spaces between groups as dots ("FR76.1027 8060 4100.0202 5350
 * 126"), so a dot may part the groups too (see `spaced`).
 */
const IBAN = String.raw`[A-Z]{2}\d{2}(?:[\s.]?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4}|\.\d{1,3})?\b`;
/** An IBAN as printed at the start of a text, when it is not read to its country's length. */
const IBAN_PRINTED = new RegExp(String.raw`^${IBAN}`);
/** An IBAN-shaped value with the dots a scan read between its groups put back as spaces; other values as they are. */
const spaced = (v: string) => (/^[A-Z]{2}\d{2}[\s.]?[A-Z0-9]{4}/.test(v) ? v.replace(/\.(?=[A-Z0-9])/g, ' ') : v);
/**
 * The value read at `start` of a line: the IBAN that starts there when its groups make one of
 * its country's length (groups of any size, see iban.ts), else the value the pattern matched.
 */
const valueAt = (text: string, start: number, matched: string) => ibanAtStart(text.slice(start)) ?? spaced(matched);
/**
 * A Swedish account as printed: the clearing number (four digits, Swedbank's with a check digit
 * after a dash) and the account number after a comma ("8327-9, 680 358 201-1", "5000,
 * 123 456 789"). The two together name the account; the clearing number alone names a branch.
 */
const CLEARING_AND_ACCOUNT = String.raw`\d{4}(?:-\d)?,\s?\d[\d -]{4,}\d`;
/**
 * A domestic account as its country prints it with its own separators: the Czech and Slovak
 * form, an optional prefix, the number and the bank's four-digit code after a slash
 * ("123456789/0800", "19-2000145399/0800"); the Norwegian eleven digits in 4.2.5 groups
 * ("1234.56.78901"). Read whole: the bank code is part of the account's name, and a dotted number
 * is never cut at its first dot (a fresh tester's "Kontonummer 1234.56.78901" came back as the
 * period's first day on the line under it).
 */
const DOMESTIC_ACCOUNT = String.raw`(?:\d{1,6}-)?\d{2,10}\/\d{4}(?!\d)|\d{4}\.\d{2}\.\d{5}(?!\d)`;
/** The value right after a label: an IBAN, a masked card number, a clearing and account number, a domestic account with its separators, a number in digit groups, or a looser IBAN-like run (scans). */
const VALUE_AFTER = new RegExp(String.raw`^[\s:.#]*(${IBAN}|${MASKED_CARD_SOURCE}|${CLEARING_AND_ACCOUNT}|${DOMESTIC_ACCOUNT}|\d[\d -]{4,}\d|[A-Z]{2}\d{2}[A-Z0-9 ]{10,30})`);

/**
 * The account's kind printed between the account word and its number, as one word that ends in
 * an account word ("Konto  Privatkonto 8214-9, 934 556 221-7", "Konto  Sparkonto ...", "Konto
 * Girokonto ..."), on folded text: the product's name, not a label of another field.
 */
const ACCOUNT_KIND = String.raw`\p{L}{2,}(?:konto|account|compte|cuenta|rekening|conto|conta)`;
/**
 * An account word of our languages directly followed by a number of six to twenty digits in
 * groups ("Account 4401 2287 9931", "Konto 1234 5678", "Rachunek: 12 3456 7890"), on folded
 * text; group 1 is the number. The word starts its line or column or follows a label's colon
 * ("IBAN: Account ..."): after another word it names a product ("Everyday Account 220388468").
 * The account's kind may stand between them (see ACCOUNT_KIND), and the number may be a Swedish
 * clearing number and account ("Konto  Privatkonto 8214-9, 934 556 221-7", CLEARING_AND_ACCOUNT).
 */
const WORD_THEN_NUMBER = new RegExp(String.raw`(?<=^\s*|:\s*|\s{2})(?:account|acct|konto|compte|cuenta|rekening|conto|conta|rachunek|ucet)[\s:#.]*(?:${ACCOUNT_KIND}\s+)?(${CLEARING_AND_ACCOUNT}|\d{2,}(?:[ -]\d{2,}){0,5})(?![\d,.]\d|[\p{L}])`, 'u');

/**
 * An account label on a line at or after character `from`: a slash-joined one first, else a
 * single one not inside an IBAN's explanation, else "Account" after a branch code, else an
 * account word alone before a colon (`ownValueOnly`: its value must follow it on its line).
 */
function accountLabel(line: DocLine, from = 0): { start: number; end: number; ownValueOnly?: boolean } | null {
  // the text before `from` blanked, so positions hold and a label is never found in it
  const l = { ...line, text: ' '.repeat(from) + line.text.slice(from) };
  const joined = JOINED.exec(fold(l.text));
  if (joined) return { start: joined.index, end: joined.index + joined[0].length };
  const m = matchAny(l.text, ACCOUNT_NO);
  // "IBAN (International Bank Account Number)": that label is the IBAN's, found below
  if (m && !/international\s*bank\s*account|iban/i.test(l.text.slice(Math.max(0, m.start - 20), m.end))) return m;
  const b = AFTER_BRANCH.exec(l.text);
  if (!b) {
    const bare = BARE_ACCOUNT.exec(fold(l.text));
    return bare ? { start: bare.index, end: bare.index + bare[0].length, ownValueOnly: true } : null;
  }
  const start = b.index + b[0].length - b[1].length;
  return { start, end: b.index + b[0].length };
}

/**
 * The account labels of a line in reading order that are not another party's
 * (./account-party.ts: "Beneficiary account:", "Compte bénéficiaire :", "Cuenta destino:"
 * label a payee's account, never the statement's).
 */
function ownAccountLabels(line: DocLine): { start: number; end: number; ownValueOnly?: boolean }[] {
  const out: { start: number; end: number; ownValueOnly?: boolean }[] = [];
  for (let m = accountLabel(line); m; m = accountLabel(line, m.end)) if (!labelNamesOtherParty(line, m.start, m.end)) out.push(m);
  return out;
}

/**
 * The IBAN printed on `line` under a label's box `labelBox` (its span overlapping the label's
 * x range), read whole to its country's length (../parse/iban.ts): one whose mod-97 check holds
 * first, else one of its country's length (a misread digit), else the IBAN as printed when its
 * groups run past its country's length; its value as printed, its box and
 * the mean confidence of its words.
 * Null when none: the number under the label is then read word by word.
 */
function ibanUnder(line: DocLine, labelBox: Box): { value: string; box: Box; confidence: number; checked: boolean } | null {
  const found: { value: string; box: Box; confidence: number; checked: boolean }[] = [];
  // under its label, an IBAN whose country code OCR misread ("1E29 ...") is put back, and its digits read as letters
  // ("37O4") when its check then holds (../parse/iban.ts)
  const text = withIbanRepaired(line.text, 'length');
  IBAN_HEAD.lastIndex = 0;
  for (let m = IBAN_HEAD.exec(text); m; m = IBAN_HEAD.exec(text)) {
    // to its country's length, else as printed (a number longer than its country's: see ibanAtStart)
    const value = ibanAtStart(text.slice(m.index)) ?? spaced(IBAN_PRINTED.exec(text.slice(m.index))?.[0] ?? '');
    if (!value) continue;
    const box = spanBox(line, m.index, m.index + value.length);
    if (xOverlap(box, labelBox) > 0) found.push({ value, box, confidence: spanConfidence(line, m.index, m.index + value.length), checked: ibanCheckHolds(value.replace(/\s/g, '')) });
  }
  return found.find((f) => f.checked) ?? found[0] ?? null;
}

/**
 * The account number of a statement, logged with its evidence: the value after the first
 * account label on its line that is not another party's (confidence 0.8), or under the label on
 * the next line the IBAN there (0.75 times its words' confidence when its check holds, else 0.6
 * times) or else the number (0.75 times the word's confidence); with no label, the IBAN after an
 * "IBAN" that is not another party's (0.7), else an IBAN after an account word (0.65), else the
 * statement's own IBAN printed without a label (0.6, own-iban.ts; of several, the one on or under
 * the holder's line `holder`), else a number in digit
 * groups right after an account word (0.6, see WORD_THEN_NUMBER). The value is returned as printed (spaces kept); null when none is found.
 */
export function accountNumber(lines: DocLine[], log: FieldLog, holder?: DocLine | null): string | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    for (const m of ownAccountLabels(l)) {
      // the value after the label with an IBAN's misread country code put back ("Account number: 1E29 ..."), and its digits
      // read as letters when its check then holds ("IBAN: DE89 37O4 ...", ../parse/iban.ts)
      const text = l.text.slice(0, m.end) + withIbanRepaired(l.text.slice(m.end), 'length');
      const own = VALUE_AFTER.exec(text.slice(m.end));
      if (own) {
        const s = m.end + own.index + own[0].length - own[1].length;
        const v = valueAt(text, s, own[1].trim());
        return log.found('accountNumber', v, l, spanBox(l, s, s + v.length), 0.8);
      }
      if (m.ownValueOnly) continue;
      const labelBox = spanBox(l, m.start, m.end);
      const next = lines[i + 1];
      if (!next || next.page !== l.page) continue;
      // an IBAN under the label is read whole ("Número de cuenta" over "ES91 2100 0418 4502 0005 1332"), not by its groups
      const iban = ibanUnder(next, labelBox);
      if (iban) return log.found('accountNumber', iban.value, next, iban.box, (iban.checked ? 0.75 : 0.6) * iban.confidence);
      // (a date under the label is another field's: "Kontonummer" over "Periode 01.03.2026 - 31.03.2026")
      const under = next.words.filter((w) => xOverlap(w.box, labelBox) > 0 && /\d{4,}/.test(w.text.replace(/[\s-]/g, '')) && !findDates(w.text).some((d) => d.text.length >= w.text.length - 1));
      const pick = under.find((w) => /^\d{6,}$/.test(w.text.replace(/-/g, ''))) ?? under[0];
      if (pick) return log.found('accountNumber', pick.text, next, pick.box, 0.75 * pick.confidence);
    }
  }
  // no account-number label: in the IBAN countries the account is named by its IBAN ("IBAN: DE42 ..."), unless the label is another party's ("Empfänger-IBAN:")
  for (const l of lines) {
    const text = withIbanRepaired(l.text, 'length');
    for (const m of text.matchAll(new RegExp(String.raw`\bIBAN\b[\s:.]*(${IBAN})`, 'g'))) {
      if (labelNamesOtherParty(l, m.index, m.index + 4)) continue;
      const s0 = m.index + m[0].length - m[1].length;
      const v = valueAt(text, s0, m[1].trim());
      return log.found('accountNumber', v, l, spanBox(l, s0, s0 + v.length), 0.7);
    }
  }
  // an IBAN after an account word at its column's start ("Cuenta ES12 0182 ...", ./account-word-iban.ts)
  for (const l of lines) {
    const w = ibanAfterAccountWord(l);
    if (w) return log.found('accountNumber', w.value, l, spanBox(l, w.start, w.start + w.value.length), 0.65);
  }
  // an IBAN printed without its label whose check holds, not another party's (own-iban.ts)
  const own = ownIban(lines, holder);
  if (own) return log.found('accountNumber', own.value, own.line, spanBox(own.line, own.start, own.start + own.value.length), 0.6);
  // no IBAN either: a number in groups right after an account word ("IBAN: Account 4401 2287 9931")
  for (const l of lines) {
    const m = WORD_THEN_NUMBER.exec(fold(l.text));
    const digits = m ? m[1].replace(/\D/g, '').length : 0;
    if (!m || digits < 6 || digits > 20) continue;
    const s0 = m.index + m[0].length - m[1].length;
    // "Empfänger: Konto 1234 5678": the party's
    if (labelNamesOtherParty(l, m.index, s0)) continue;
    return log.found('accountNumber', l.text.slice(s0, s0 + m[1].length), l, spanBox(l, s0, s0 + m[1].length), 0.6);
  }
  return log.missing('accountNumber');
}
