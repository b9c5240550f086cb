/**
 * @module engine/extract/holder-label
 * A statement's account holder after its label, in our languages (EN DE FR ES IT PT NL PL, and
 * CS SK NO DA SV FI HR SL ET LV LT HU RO):
 * "Account holder: Jan Kowalski" on one line, or the label on a line of its own (or at the head
 * of a column of labels) with the name on the row under it, in the label's column ("Kontoinhaber:"
 * over "ACME GmbH", "Account holder:   Sort code:" over "Jan Kowalski   20-00-00"). A field's
 * label is never a name: "Sort code", "IBAN", "Periode", "Numer rachunku" beside or under the
 * holder's label are skipped (see `isFieldLabel`). A name printed with its address after it on
 * the label's line is cut before the address (see name-before-address.ts).
 */
import { fold, keyword, matchAny, rowBelow, spanBox, type DocLine } from '../parse/lines.ts';
import type { Box, Word } from '../types.ts';
import { plausibleName, tidyName } from './supplier.ts';
import { nameBeforeAddress } from './name-before-address.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));
/** The holder's labels, folded (Polish "Posiadacz:" alone too; the customer's label with its colon at a line's start). Longest first, so "Titular de la cuenta:" is one label and not "Titular" followed by words. */
export const ACCOUNT_NAME = k([
  'account name', 'account holder', 'kontoinhaber', 'titulaire', 'titular', 'intestatario', 'titular da conta', 'posiadacz rachunku', 'rekeninghouder', 'ten name van',
  'titular de la cuenta', 'titulaire du compte', 'intestato a', 'właściciel rachunku', 'wlasciciel rachunku', 'posiadacz', 'inhaber', 'name of account holder', 'account holder name',
  // CS, SK (the account's name, "Název účtu" / "Názov účtu", is its holder's as Czech and Slovak banks print it; a product's name there is no name, see `holderLike`)
  'majitel účtu', 'majiteľ účtu', 'majitel', 'majiteľ', 'název účtu', 'názov účtu',
  // NO, DA, SV, FI (a twelfth fresh tester's Nordic statements: "Kontoeier:", "Kontohaver:", "Tilinomistaja:")
  'kontoeier', 'kontohaver', 'kontohavare', 'kontoinnehavare', 'tilinomistaja', 'tilin omistaja', 'tilinhaltija',
  // HR, SL, ET, LV, LT, HU, RO (a thirteenth tester's: "Vlasnik računa:", "Konto omanik:", "Sąskaitos savininkas:", "Számlatulajdonos:")
  'vlasnik računa', 'imetnik računa', 'lastnik računa', 'konto omanik', 'kontoomanik', 'konta īpašnieks', 'sąskaitos savininkas',
  'számlatulajdonos', 'számla tulajdonosa', 'titular cont', 'titularul contului',
].sort((a, b) => b.length - a.length)).concat(
  // the customer's label when it begins its line with its colon ("Cliente: Maria Rossi", "Client :
  // Claire Martin", "Kunde: Max Muster"): a bank's customer is the account's holder; elsewhere on a
  // line ("Servicio al cliente: 900 100 200") it is no label of the holder
  /^\s*(?:cliente|client|customer|kunde|klant|klient)(?=\s?:)/u,
);

/**
 * The labels of a statement's head fields in our languages, folded (lower case, no accents): the
 * holder, the account's number and codes, the period, dates, pages, currency, branch, customer
 * number, address. A text that is one of them (with or without its colon) names nobody.
 */
const FIELD_LABEL = new RegExp(String.raw`^(?:${[
  // EN
  'account (?:holder|name|number|no\\.?|type)', 'sort code', 'iban', 'bic', 'swift(?: code)?', 'statement (?:period|date|number|no\\.?)', 'period', 'date', 'page',
  'branch', 'currency', 'customer (?:number|no\\.?)', 'address', 'reference', 'balance', 'holder', 'name',
  // DE
  'kontoinhaber(?:in)?', 'inhaber(?:in)?', 'kontonummer', 'konto(?:-?nr\\.?)?', 'bankleitzahl', 'blz', 'periode', 'zeitraum', 'abrechnungszeitraum', 'auszug(?:snummer)?', 'datum', 'seite', 'wahrung', 'kundennummer', 'filiale', 'anschrift',
  // FR
  'titulaire(?: du compte)?', 'numero de compte', 'n[°o] de compte', 'compte', 'periode', 'devise', 'agence', 'adresse',
  // ES, PT
  'titular(?: de la cuenta| da conta)?', 'numero de (?:la )?cuenta', 'numero da conta', 'cuenta', 'conta', 'periodo', 'fecha', 'moneda', 'moeda', 'sucursal', 'agencia', 'pagina', 'direccion', 'morada',
  // IT
  'intestatario', 'intestato a', 'numero (?:di )?conto', 'conto', 'data', 'valuta', 'indirizzo',
  // NL
  'rekeninghouder', 'ten name van', 'rekeningnummer', 'rekening', 'adres',
  // PL
  'wlasciciel rachunku', 'posiadacz(?: rachunku)?', 'numer rachunku', 'nr rachunku', 'rachunek', 'okres', 'waluta', 'strona', 'oddzial', 'adres',
  // NO, DA, SV, FI
  'kontoeier', 'kontohaver', 'kontohavare', 'kontoinnehavare', 'tilinomistaja', 'tilin omistaja', 'tilinhaltija', 'kontonummer', 'kontonr\\.?', 'tilinumero', 'periode', 'kausi',
  'ajanjakso',
  // HR, SL, ET, LV, LT, HU, RO, CS, SK
  'vlasnik racuna', 'imetnik racuna', 'lastnik racuna', 'broj racuna', 'stevilka racuna', 'razdoblje', 'obdobje',
  'konto ?omanik', 'konto ?number', 'periood', 'konta ipasnieks', 'konta (?:nr\\.?|numurs)', 'periods',
  'saskaitos (?:savininkas|nr\\.?|numeris)', 'laikotarpis', 'szamlatulajdonos', 'szamla tulajdonosa', '(?:bank)?szamlaszam', 'idoszak',
  'titular(?:ul)? cont(?:ului)?', 'numar cont', 'cislo uctu', 'obdobi', 'obdobie', 'nazev uctu', 'nazov uctu',
].join('|')})\s*:?$`);

/** Whether a text is a field's label (see FIELD_LABEL) or ends with a label's colon ("Sort code:", "Numer rachunku:"). */
export function isFieldLabel(text: string): boolean {
  const t = fold(text).trim();
  return t.endsWith(':') || FIELD_LABEL.test(t.replace(/\s+/g, ' '));
}

/** A word list's text, in order. */
const joined = (ws: Word[]) => ws.map((w) => w.text).join(' ');

/**
 * From the first word at or right of `x0` (and left of `x1`), the words of one column: up to
 * the first gap wider than three characters. Words sorted left to right.
 */
function columnFrom(words: Word[], x0: number, x1: number): Word[] {
  const ws = [...words].sort((a, b) => a.box.x - b.box.x);
  const i = ws.findIndex((w) => w.box.x + w.box.w > x0 && w.box.x < x1);
  if (i < 0) return [];
  const charW = ws[i].box.w / Math.max(1, ws[i].text.length);
  const out = [ws[i]];
  for (let j = i + 1; j < ws.length && ws[j].box.x - (ws[j - 1].box.x + ws[j - 1].box.w) <= charW * 3; j++) out.push(ws[j]);
  return out;
}

/**
 * An account's kind in our languages and theirs, folded: a value naming it is a product's name
 * ("Název účtu: Běžný účet", "Account name: Everyday Account"), never its holder.
 */
const ACCOUNT_KIND = /(?<![\p{L}])(?:ucet|uctu|account|konto|compte|cuenta|conto|conta|rekening|rachunek|szamla|cont)(?![\p{L}])/u;

/** A holder's name as printed: a plausible name, no field label, no account's kind (see ACCOUNT_KIND), at most eight words. */
function holderLike(name: string): boolean {
  return plausibleName(name) && !isFieldLabel(name) && !ACCOUNT_KIND.test(fold(name)) && name.split(/\s+/).length <= 8;
}

/**
 * The name under a label, in the label's column: of the rows below it (within three line
 * heights; lines split on one row count as one), the nearest that prints words under the label
 * gives the words that start there and continue them. Null when none does or they are a label.
 */
function nameBelow(lines: DocLine[], line: DocLine, label: Box): { name: string; line: DocLine } | null {
  const below = lines.filter((l) => l.page === line.page && rowBelow(l, line) && l.box.y - (line.box.y + line.box.h) < 3 * line.box.h)
    .sort((a, b) => a.box.y - b.box.y);
  const charW = label.w / 8;
  for (const l of below) {
    const ws = columnFrom(l.words, label.x - 3 * charW, label.x + label.w);
    if (!ws.length) continue;
    const raw = joined(ws);
    const name = tidyName(raw);
    return raw.trim().endsWith(':') || !holderLike(name) ? null : { name, line: l };
  }
  return null;
}

/**
 * Whether `cell` is the value column of a block of labels and values printed without colons
 * ("Kontohavare      Erik Svensson" over "Konto      Privatkonto ..."): the label starts its
 * line, the cell ends it, and a row next to it (within two line heights, same page) prints a word
 * of its own starting where the cell starts (to a character), after a label of its own.
 */
function valueColumn(lines: DocLine[], line: DocLine, labelStart: number, cell: Word[]): boolean {
  if (line.text.slice(0, labelStart).trim() || !cell.length) return false;
  const last = [...line.words].sort((a, b) => b.box.x - a.box.x)[0];
  if (!cell.includes(last)) return false;
  const x = cell[0].box.x, charW = cell[0].box.w / Math.max(1, cell[0].text.length);
  return lines.some((o) => o !== line && o.page === line.page && Math.abs(o.box.y - line.box.y) <= 2 * line.box.h + 1e-9 && Math.abs(o.box.y - line.box.y) > line.box.h / 2
    && o.words.some((w, i) => i > 0 && Math.abs(w.box.x - x) <= charW && o.words.some((v) => v.box.x + v.box.w < x - 2 * charW)));
}

/**
 * The holder after its label (see the module's note): the name that follows the label on its
 * line (beside it, in the next column after a colon, or in the value column of a block of labels
 * and values, see `valueColumn`) unless that is another field's label,
 * else the name under the label on the next row. The first labelled line that gives one wins;
 * null when none does.
 */
export function holderAfterLabel(lines: DocLine[]): { name: string; line: DocLine; confidence: number } | null {
  for (const l of lines) {
    const m = matchAny(l.text, ACCOUNT_NAME);
    if (!m) continue;
    // the label is a line's own words, not the end of another's ("Kontoinhaberin" is one word)
    const colon = /^\s*:/.exec(l.text.slice(m.end));
    const end = m.end + (colon ? colon[0].length : 0);
    const labelBox = spanBox(l, m.start, end);
    const charW = labelBox.w / Math.max(1, end - m.start);
    const after = l.words.filter((w) => w.box.x >= labelBox.x + labelBox.w - 1);
    const cell = columnFrom(after, labelBox.x + labelBox.w - 1, Infinity);
    if (cell.length) {
      const raw = joined(cell);
      // the name before its address on the label's line ("Majitel účtu: Jana Dvořáková, Kounicova 18, 602 00 Brno")
      const name = tidyName(nameBeforeAddress(raw) ?? raw);
      const gap = cell[0].box.x - (labelBox.x + labelBox.w);
      // beside the label, or in the next column when the label has its colon
      if ((gap < charW * 4 || colon || valueColumn(lines, l, m.start, cell)) && !raw.trim().endsWith(':') && holderLike(name) && name.length > 3) return { name, line: l, confidence: 0.75 };
    }
    const under = nameBelow(lines, l, labelBox);
    if (under) return { ...under, confidence: 0.7 };
  }
  return null;
}
