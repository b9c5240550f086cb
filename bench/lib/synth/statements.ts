/**
 * @module bench/lib/synth/statements
 * Bank statements whose holder and currency are printed the ways real ones print them, in the
 * eight languages of ./languages.ts: the holder after a label ("Kontoinhaber:", "Titulaire du
 * compte :", "Titular:", "Intestatario:", "Rekeninghouder:", "Posiadacz rachunku:"), or alone
 * in the address window under a salutation line ("Herrn", "Madame", "Sr.") with street and
 * town; the currency only through the IBAN's country (no code or symbol anywhere) or as a
 * code in the balance header; rows dated in full or without the year ("02.07."), amounts in
 * debit/credit columns or in one signed column. From a second stream of the seed (so the first
 * choices stay as they were): the holder's label alone on its line with the name below it, rows
 * dated "dd-mm" without the year, and rows whose reference wraps to a second line in small grey
 * print ("Ref. …", "SEPA mandate …", "Card ****1234"). Truth: bankName, accountHolderName,
 * openingDate, closingDate, openingBalance, closingBalance, currencyCode.
 */
import { seeded, type SynthDocument } from './generate.ts';
import { LANG, formatDate, formatNumber, type Lang } from './languages.ts';

const c2 = (v: number) => Math.round(v * 100) / 100;
const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];

const HOLDER_LABEL: Record<Lang, string[]> = {
  en: ['Account holder:', 'Account name:'], de: ['Kontoinhaber:', 'Inhaber:'], fr: ['Titulaire du compte :', 'Titulaire :'],
  es: ['Titular:', 'Titular de la cuenta:'], it: ['Intestatario:', 'Intestato a:'], pt: ['Titular:', 'Titular da conta:'],
  nl: ['Rekeninghouder:', 'Ten name van:'], pl: ['Posiadacz rachunku:', 'Właściciel rachunku:'],
};
const SALUTE: Record<Lang, string[]> = { en: ['Mr', 'Ms'], de: ['Herrn', 'Frau'], fr: ['Monsieur', 'Madame'], es: ['Sr.', 'Sra.'], it: ['Sig.', 'Sig.ra'], pt: ['Exmo. Sr.', 'Exma. Sra.'], nl: ['De heer', 'Mevrouw'], pl: ['Pan', 'Pani'] };
const HOLDERS: Record<Lang, string[]> = {
  en: ['Oliver Bennett', 'Grace Holloway'], de: ['Jonas Becker', 'Lena Hoffmann'], fr: ['Julien Lefèvre', 'Camille Girard'], es: ['Javier Ortega', 'Lucía Navarro'],
  it: ['Marco Bianchi', 'Giulia Ferri'], pt: ['João Carvalho', 'Inês Moura'], nl: ['Daan de Boer', 'Sanne Visser'], pl: ['Piotr Zieliński', 'Agnieszka Wójcik'],
};
const BANKS: Record<Lang, string[]> = {
  en: ['Harbour Bank plc', 'Northgate Building Society'], de: ['Musterbank AG', 'Sparkasse Lindental'], fr: ['Banque Populaire du Lac', 'Crédit Mutuel Rivière'],
  es: ['Banco Ejemplo S.A.', 'Caja Rural del Sur'], it: ['Banca Esempio S.p.A.', 'Cassa di Risparmio del Lago'], pt: ['Banco Exemplo S.A.', 'Caixa Rural do Norte'],
  nl: ['Voorbeeld Bank N.V.', 'Polderbank N.V.'], pl: ['Bank Przykład S.A.', 'Bank Spółdzielczy Wisła'],
};
const IBAN_CC: Record<Lang, string> = { en: 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', pt: 'PT', nl: 'NL', pl: 'PL' };
const STREETS = ['Elm Street 4', 'Hauptstraße 45', 'Calle Sol 9', 'Via Verdi 7', 'ul. Polna 3', 'Rue des Lilas 8', 'Rua Nova 5', 'Dorpsstraat 2'];
const TOWNS = ['10115 Berlin', '75011 Paris', '28013 Madrid', '20121 Milano', '00-950 Warszawa', '1012 AB Amsterdam', '1100-048 Lisboa', 'Leeds LS1 4AP'];
const MOVES: Record<Lang, string[]> = {
  en: ['Card payment', 'Transfer', 'Direct debit', 'Salary'], de: ['Kartenzahlung', 'Überweisung', 'Lastschrift', 'Gehalt'], fr: ['Paiement CB', 'Virement', 'Prélèvement', 'Salaire'],
  es: ['Pago con tarjeta', 'Transferencia', 'Recibo', 'Nómina'], it: ['Pagamento carta', 'Bonifico', 'Addebito SDD', 'Stipendio'], pt: ['Compra cartão', 'Transferência', 'Débito direto', 'Vencimento'],
  nl: ['Betaalautomaat', 'Overboeking', 'Incasso', 'Salaris'], pl: ['Płatność kartą', 'Przelew', 'Polecenie zapłaty', 'Wynagrodzenie'],
};

function isoMonthStart(r: () => number): string {
  const y = 2022 + Math.floor(r() * 4), m = 1 + Math.floor(r() * 12);
  return `${y}-${String(m).padStart(2, '0')}-01`;
}
const addDays = (iso: string, n: number) => new Date(Date.parse(iso) + n * 86_400_000).toISOString().slice(0, 10);

/** A statement in `lang` with the holder and currency printed as the seed picks. */
export function synthStatementHolder(seed: number, lang: Lang): SynthDocument {
  const r = seeded(seed * 15485863 + 3 + lang.charCodeAt(0) * 31 + lang.charCodeAt(1)), L = LANG[lang];
  const bank = pick(r, BANKS[lang]), holder = pick(r, HOLDERS[lang]);
  const from = isoMonthStart(r), to = addDays(from, 27 + Math.floor(r() * 3));
  const iban = `${IBAN_CC[lang]}${10 + Math.floor(r() * 89)} ${Array.from({ length: 5 }, () => 1000 + Math.floor(r() * 8999)).join(' ')}`;
  const currencyOnlyByIban = r() < 0.5;
  const signed = r() < 0.5;
  const noYear = r() < 0.4;
  const k = seeded(seed * 7919 + 11 + lang.charCodeAt(0) * 37 + lang.charCodeAt(1));
  const labelAbove = k() < 0.5, hyphenDays = k() < 0.5, wrapShare = k() < 0.5 ? 0.4 : 0;
  const rows: string[] = [`#${bank}`];
  if (r() < 0.5) {
    const label = HOLDER_LABEL[lang][Math.floor(r() * 2)];
    rows.push(...(labelAbove ? [label, holder] : [`${label} ${holder}`]), `IBAN: ${iban}`);
  }
  else rows.push('', pick(r, SALUTE[lang]), holder, pick(r, STREETS), pick(r, TOWNS), '', `IBAN: ${iban}`);
  rows.push(`#${L.statement}`, `${L.period} ${formatDate(from, L, 'numeric')} ${L.to} ${formatDate(to, L, 'numeric')}`);
  const day = (iso: string) => (noYear ? (hyphenDays ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}` : formatDate(iso, L, 'numeric').slice(0, 6)) : formatDate(iso, L, 'numeric'));
  const balHead = `${L.balance}${currencyOnlyByIban ? '' : ` (${L.currency.code})`}`;
  rows.push(signed ? `${L.desc}||${L.amount}|${balHead}` : `${L.desc}|${L.paidOut}|${L.paidIn}|${balHead}`);
  let bal = c2(300 + r() * 4000);
  const opening = bal;
  rows.push(`${L.opening}|||${formatNumber(bal, L)}`);
  const n = 4 + Math.floor(r() * 8);
  for (let i = 0; i < n; i++) {
    const d = addDays(from, 1 + Math.floor(((i + r()) * 25) / n));
    const credit = r() < 0.25;
    const amt = c2(5 + r() * (credit ? 2500 : 250));
    bal = c2(bal + (credit ? amt : -amt));
    const what = pick(r, MOVES[lang]);
    if (signed) rows.push(`${day(d)} ${what}||${credit ? '+' : '-'}${formatNumber(amt, L)}|${formatNumber(bal, L)}`);
    else rows.push(`${day(d)} ${what}|${credit ? '' : formatNumber(amt, L)}|${credit ? formatNumber(amt, L) : ''}|${formatNumber(bal, L)}`);
    if (k() < wrapShare) rows.push(`~${pick(k, [`Ref. ${d.replace(/-/g, '')}-${100 + Math.floor(k() * 900)}`, `SEPA mandate ${IBAN_CC[lang]}98ZZZ0${1000000 + Math.floor(k() * 8999999)}`, `Card ****${1000 + Math.floor(k() * 8999)}`])}`);
  }
  rows.push(`#${L.closing}|||${formatNumber(bal, L)}`);
  return {
    id: `synth_stmt2_${lang}_${seed}`, type: 'bank_statement', lang, pages: [rows],
    fields: { bankName: bank, accountHolderName: holder, openingDate: formatDate(from, L, 'numeric'), closingDate: formatDate(to, L, 'numeric'), openingBalance: opening, closingBalance: bal, currencyCode: L.currency.code },
  };
}
