/**
 * @module bench/lib/synth/languages
 * What a synthetic document prints in each language: labels of the fields, month names, number
 * and date formats, and the usual currency. Sources: the languages' own conventions (decimal
 * comma in DE/FR/ES/IT/PT/NL/PL, apostrophe grouping in CH, space grouping in FR/PL).
 */

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl';
export const LANGS: Lang[] = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'];

export interface LangSpec {
  invoice: string; invoiceNo: string; date: string; due: string; billTo: string;
  desc: string; qty: string; price: string; amount: string;
  net: string; tax: string; total: string; thanks: string; cash: string; change: string;
  statement: string; account: string; period: string; to: string; opening: string; closing: string; paidOut: string; paidIn: string; balance: string;
  months: string[];
  /** Decimal separator and thousands separator. */
  decimal: ',' | '.'; group: string;
  currency: { code: string; symbol: string; after: boolean };
  company: string[]; goods: string[];
}

const M = (s: string) => s.split(' ');
export const LANG: Record<Lang, LangSpec> = {
  en: { invoice: 'INVOICE', invoiceNo: 'Invoice No:', date: 'Invoice Date:', due: 'Due Date:', billTo: 'Bill To:', desc: 'Description', qty: 'Qty', price: 'Unit Price', amount: 'Amount', net: 'Subtotal', tax: 'VAT', total: 'Total Due', thanks: 'Thank you for your visit', cash: 'CASH', change: 'CHANGE', statement: 'Account Statement', account: 'Account Number', period: 'Statement Period', to: 'to', opening: 'Opening Balance', closing: 'Closing Balance', paidOut: 'Paid out', paidIn: 'Paid in', balance: 'Balance', months: M('January February March April May June July August September October November December'), decimal: '.', group: ',', currency: { code: 'GBP', symbol: '£', after: false }, company: ['Harbour Supplies Ltd', 'Northfield Trading Ltd', 'Oakline Services Ltd'], goods: ['Printer paper', 'Desk lamp', 'Consulting hours', 'Cable set', 'Toner cartridge'] },
  de: { invoice: 'RECHNUNG', invoiceNo: 'Rechnungsnummer:', date: 'Rechnungsdatum:', due: 'Fällig am:', billTo: 'Rechnungsempfänger:', desc: 'Beschreibung', qty: 'Menge', price: 'Einzelpreis', amount: 'Gesamt', net: 'Nettobetrag', tax: 'MwSt', total: 'Gesamtbetrag', thanks: 'Vielen Dank für Ihren Einkauf', cash: 'Bar', change: 'Rückgeld', statement: 'Kontoauszug', account: 'Kontonummer', period: 'Zeitraum', to: 'bis', opening: 'Alter Kontostand', closing: 'Neuer Kontostand', paidOut: 'Soll', paidIn: 'Haben', balance: 'Saldo', months: M('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'), decimal: ',', group: '.', currency: { code: 'EUR', symbol: '€', after: true }, company: ['Hansen Bürotechnik GmbH', 'Lindner Werkzeuge GmbH', 'Brandt Medien GmbH'], goods: ['Aktenordner', 'Schreibtischlampe', 'Beratung', 'Druckerpapier', 'Kabelsatz'] },
  fr: { invoice: 'FACTURE', invoiceNo: 'Facture N° :', date: 'Date de facture :', due: 'Échéance :', billTo: 'Client :', desc: 'Désignation', qty: 'Qté', price: 'Prix unitaire', amount: 'Montant', net: 'Total HT', tax: 'TVA', total: 'Total TTC', thanks: 'Merci de votre visite', cash: 'Espèces', change: 'Rendu', statement: 'Relevé de compte', account: 'Numéro de compte', period: 'Période du', to: 'au', opening: 'Ancien solde', closing: 'Nouveau solde', paidOut: 'Débit', paidIn: 'Crédit', balance: 'Solde', months: M('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'), decimal: ',', group: ' ', currency: { code: 'EUR', symbol: '€', after: true }, company: ['Atelier Dupont SARL', 'Fournitures Lemaire SARL', 'Services Moreau SAS'], goods: ['Papier A4', 'Lampe de bureau', 'Conseil', 'Câbles', 'Cartouche'] },
  es: { invoice: 'FACTURA', invoiceNo: 'Factura n.º:', date: 'Fecha:', due: 'Vencimiento:', billTo: 'Cliente:', desc: 'Descripción', qty: 'Cantidad', price: 'Precio', amount: 'Importe', net: 'Base imponible', tax: 'IVA', total: 'Total factura', thanks: 'Gracias por su visita', cash: 'Efectivo', change: 'Cambio', statement: 'Extracto de cuenta', account: 'Número de cuenta', period: 'Periodo del', to: 'al', opening: 'Saldo inicial', closing: 'Saldo final', paidOut: 'Cargo', paidIn: 'Abono', balance: 'Saldo', months: M('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'), decimal: ',', group: '.', currency: { code: 'EUR', symbol: '€', after: true }, company: ['Ferretería Los Álamos S.L.', 'Suministros Ibéricos S.L.', 'Gráficas Sol S.L.'], goods: ['Papel A4', 'Lámpara', 'Consultoría', 'Cables', 'Tóner'] },
  it: { invoice: 'FATTURA', invoiceNo: 'Numero fattura:', date: 'Data fattura:', due: 'Scadenza:', billTo: 'Cliente:', desc: 'Descrizione', qty: 'Quantità', price: 'Prezzo', amount: 'Importo', net: 'Imponibile', tax: 'IVA', total: 'Totale documento', thanks: 'Grazie e arrivederci', cash: 'Contanti', change: 'Resto', statement: 'Estratto conto', account: 'Numero di conto', period: 'Periodo dal', to: 'al', opening: 'Saldo iniziale', closing: 'Saldo finale', paidOut: 'Uscite', paidIn: 'Entrate', balance: 'Saldo', months: M('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'), decimal: ',', group: '.', currency: { code: 'EUR', symbol: '€', after: true }, company: ['Ferramenta Adriatica S.r.l.', 'Studio Lago S.r.l.', 'Forniture Roma S.p.A.'], goods: ['Carta A4', 'Lampada', 'Consulenza', 'Cavi', 'Toner'] },
  pt: { invoice: 'FATURA', invoiceNo: 'Número da fatura:', date: 'Data de emissão:', due: 'Vencimento:', billTo: 'Cliente:', desc: 'Descrição', qty: 'Quantidade', price: 'Preço', amount: 'Total', net: 'Valor sem IVA', tax: 'IVA', total: 'Total a pagar', thanks: 'Obrigado pela visita', cash: 'Dinheiro', change: 'Troco', statement: 'Extrato bancário', account: 'Número da conta', period: 'Período de', to: 'a', opening: 'Saldo inicial', closing: 'Saldo final', paidOut: 'Débito', paidIn: 'Crédito', balance: 'Saldo', months: M('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'), decimal: ',', group: '.', currency: { code: 'EUR', symbol: '€', after: true }, company: ['Tipografia Lusitana Lda', 'Papelaria Central Lda', 'Serviços Douro Lda'], goods: ['Papel A4', 'Candeeiro', 'Consultoria', 'Cabos', 'Toner'] },
  nl: { invoice: 'FACTUUR', invoiceNo: 'Factuurnummer:', date: 'Factuurdatum:', due: 'Vervaldatum:', billTo: 'Klant:', desc: 'Omschrijving', qty: 'Aantal', price: 'Prijs', amount: 'Bedrag', net: 'Subtotaal', tax: 'BTW', total: 'Totaal', thanks: 'Bedankt en tot ziens', cash: 'Contant', change: 'Wisselgeld', statement: 'Rekeningafschrift', account: 'Rekeningnummer', period: 'Periode', to: 't/m', opening: 'Beginsaldo', closing: 'Eindsaldo', paidOut: 'Af', paidIn: 'Bij', balance: 'Saldo', months: M('januari februari maart april mei juni juli augustus september oktober november december'), decimal: ',', group: '.', currency: { code: 'EUR', symbol: '€', after: false }, company: ['De Vries Kantoor B.V.', 'Jansen Techniek B.V.', 'Bakker Media B.V.'], goods: ['Papier A4', 'Bureaulamp', 'Advies', 'Kabels', 'Toner'] },
  pl: { invoice: 'FAKTURA VAT', invoiceNo: 'Numer faktury:', date: 'Data wystawienia:', due: 'Termin płatności:', billTo: 'Nabywca:', desc: 'Nazwa', qty: 'Ilość', price: 'Cena', amount: 'Wartość', net: 'Razem netto', tax: 'VAT', total: 'Do zapłaty', thanks: 'Dziękujemy za zakupy', cash: 'Gotówka', change: 'Reszta', statement: 'Wyciąg bankowy', account: 'Numer rachunku', period: 'Okres od', to: 'do', opening: 'Saldo początkowe', closing: 'Saldo końcowe', paidOut: 'Obciążenia', paidIn: 'Uznania', balance: 'Saldo', months: M('stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'), decimal: ',', group: ' ', currency: { code: 'PLN', symbol: 'zł', after: true }, company: ['Drukarnia Wisła Sp. z o.o.', 'Meble Bałtyk Sp. z o.o.', 'Usługi Odra Sp. z o.o.'], goods: ['Papier A4', 'Lampka biurowa', 'Doradztwo', 'Kable', 'Toner'] },
};

/** 1234.5 in the language's notation: "1,234.50", "1.234,50", "1 234,50". */
export function formatNumber(v: number, spec: Pick<LangSpec, 'decimal' | 'group'>, group = true): string {
  const [i, d] = Math.abs(v).toFixed(2).split('.');
  const g = group ? i.replace(/\B(?=(\d{3})+(?!\d))/g, spec.group) : i;
  return `${v < 0 ? '-' : ''}${g}${spec.decimal}${d}`;
}

/** An amount with the currency as the language prints it. */
export function formatMoney(v: number, spec: LangSpec): string {
  const n = formatNumber(v, spec);
  return spec.currency.after ? `${n} ${spec.currency.symbol}` : `${spec.currency.symbol} ${n}`;
}

/** A date as the language writes it: numeric (dd.mm.yyyy, dd/mm/yyyy, yyyy-mm-dd) or with the month's name. */
export function formatDate(iso: string, spec: LangSpec, style: 'numeric' | 'long'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (style === 'long') {
    const month = spec.months[m - 1];
    if (spec === LANG.es || spec === LANG.pt) return `${d} de ${month} de ${y}`;
    if (spec === LANG.en) return `${d} ${month} ${y}`;
    if (spec === LANG.de) return `${d}. ${month} ${y}`;
    return `${d} ${month} ${y}`;
  }
  const dd = String(d).padStart(2, '0'), mm = String(m).padStart(2, '0');
  return spec.decimal === ',' ? `${dd}.${mm}.${y}` : `${dd}/${mm}/${y}`;
}
