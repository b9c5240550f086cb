/**
 * @module bench/lib/synth/invoice-layouts
 * Invoices whose layout varies the way real ones do, in the eight languages of ./languages.ts:
 * - `letterhead`: the supplier's name and address at the top, the fields as "Label: value" lines;
 * - `window`: a small sender line ("Name · Street · City", DIN 5008) over the customer's address
 *   window, the fields in a right-hand block of label and value cells;
 * - `footer`: no name at the top but the customer's; the supplier only in the footer beside its
 *   bank and tax numbers;
 * - `header-row`: the field labels in one row and their values in the row below.
 * The number label, date label and format (numeric or with the month's name), id shape,
 * summary labels (net, tax with its rate, total, sometimes an "amount due" line) and currency
 * printing (symbol before or after, code, or none beside the figure) vary by seed and language.
 * From a second stream of the seed (so the first choices stay as they were): the summary as a
 * band (net, tax and total labels in one row, their figures in the row below), an id with a
 * space in it ("FT A2024/650", as Portuguese series print), a buyer's order reference under its
 * label (EN 16931 BT-13), and large amounts whose thousands are grouped by a space or a dot.
 * The truth holds supplierName, customerName, documentId, date (+ date_iso), netAmount,
 * taxAmount, totalAmount, currencyCode and, when printed, orderNumber.
 */
import { seeded, type SynthDocument } from './generate.ts';
import { LANG, formatDate, formatNumber, type Lang } from './languages.ts';
import { FOOTER } from './render.ts';

const c2 = (v: number) => Math.round(v * 100) / 100;
const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];

interface Words {
  title: string[]; idLabel: string[]; dateLabel: string[]; custLabel: string[];
  net: string[]; tax: (rate: number) => string[]; total: string[]; due: string[];
  footer: string[]; rate: number; cities: string[]; streets: string[];
}
const W: Record<Lang, Words> = {
  en: { title: ['INVOICE', 'Invoice', 'TAX INVOICE'], idLabel: ['Invoice No.', 'Invoice #', 'Invoice number'], dateLabel: ['Date', 'Invoice date', 'Date of issue'], custLabel: ['Bill to', 'Customer', 'Invoice to'], net: ['Subtotal', 'Net total', 'Total excl. VAT'], tax: (r) => [`VAT ${r}%`, `VAT @ ${r}%`], total: ['Total', 'Total incl. VAT', 'Invoice total'], due: ['Amount due', 'Balance due'], footer: ['Registered in England No.', 'VAT Reg. No. GB'], rate: 20, cities: ['London EC1A 1BB', 'Leeds LS1 4AP'], streets: ['14 Market Street', '2 Mill Lane'] },
  de: { title: ['RECHNUNG', 'Rechnung'], idLabel: ['Rechnungsnummer', 'Rechnungs-Nr.', 'Rechnung Nr.', 'Rechnungsnr.'], dateLabel: ['Rechnungsdatum', 'Datum', 'Belegdatum'], custLabel: ['Kunde', 'Rechnungsempfänger', 'An'], net: ['Nettobetrag', 'Summe netto', 'Zwischensumme'], tax: (r) => [`zzgl. ${r}% MwSt.`, `MwSt. ${r} %`, `USt ${r}%`], total: ['Gesamtbetrag', 'Rechnungsbetrag', 'Bruttobetrag', 'Endbetrag'], due: ['Zahlbetrag', 'Zu zahlen'], footer: ['Amtsgericht Köln HRB', 'USt-IdNr. DE'], rate: 19, cities: ['50667 Köln', '20095 Hamburg'], streets: ['Lindenstraße 14', 'Am Hafen 2'] },
  fr: { title: ['FACTURE', 'Facture'], idLabel: ['N° de facture', 'Facture n°', 'Numéro de facture'], dateLabel: ['Date', 'Date de facture', 'Date d\'émission'], custLabel: ['Client', 'Facturé à', 'Destinataire'], net: ['Total HT', 'Montant HT', 'Sous-total HT'], tax: (r) => [`TVA ${r}%`, `TVA ${r},00 %`], total: ['Total TTC', 'Montant TTC'], due: ['Net à payer', 'Reste à payer'], footer: ['SIRET', 'TVA intracom. FR'], rate: 20, cities: ['75011 Paris', '33000 Bordeaux'], streets: ['14 rue Oberkampf', '2 quai des Chartrons'] },
  es: { title: ['FACTURA', 'Factura'], idLabel: ['Nº factura', 'Número de factura', 'Factura nº'], dateLabel: ['Fecha', 'Fecha de emisión', 'Fecha factura'], custLabel: ['Cliente', 'Facturar a'], net: ['Base imponible', 'Subtotal'], tax: (r) => [`IVA ${r}%`, `IVA (${r}%)`], total: ['Total', 'Total factura', 'TOTAL A PAGAR'], due: ['Importe a pagar'], footer: ['Inscrita en el Registro Mercantil', 'CIF B'], rate: 21, cities: ['28013 Madrid', '46001 Valencia'], streets: ['Calle Mayor 14', 'Avenida del Puerto 2'] },
  it: { title: ['FATTURA', 'Fattura'], idLabel: ['Fattura n.', 'Numero fattura', 'N. documento'], dateLabel: ['Data', 'Data fattura', 'Data documento'], custLabel: ['Cliente', 'Destinatario', 'Spett.le'], net: ['Imponibile', 'Totale imponibile'], tax: (r) => [`IVA ${r}%`, `IVA ${r},00%`], total: ['Totale fattura', 'Totale documento', 'TOTALE'], due: ['Netto a pagare'], footer: ['Cap. soc. i.v.', 'P.IVA IT'], rate: 22, cities: ['20121 Milano', '50123 Firenze'], streets: ['Via Dante 14', 'Corso Italia 2'] },
  pt: { title: ['FATURA', 'Fatura'], idLabel: ['Fatura n.º', 'N.º Fatura', 'Número da fatura'], dateLabel: ['Data', 'Data de emissão', 'Data da fatura'], custLabel: ['Cliente', 'Exmo(s). Sr(s).'], net: ['Total ilíquido', 'Valor sem IVA', 'Base tributável'], tax: (r) => [`IVA ${r}%`, `IVA (${r}%)`], total: ['Total', 'Total a pagar', 'Total documento'], due: ['Valor a pagar'], footer: ['Capital social', 'NIF PT'], rate: 23, cities: ['1100-048 Lisboa', '4000-322 Porto'], streets: ['Rua Augusta 14', 'Avenida dos Aliados 2'] },
  nl: { title: ['FACTUUR', 'Factuur'], idLabel: ['Factuurnummer', 'Factuurnr.', 'Factuur nr.'], dateLabel: ['Factuurdatum', 'Datum'], custLabel: ['Klant', 'Factuur aan', 'Aan'], net: ['Subtotaal', 'Totaal excl. BTW', 'Bedrag excl. btw'], tax: (r) => [`BTW ${r}%`, `${r}% btw`], total: ['Totaal', 'Totaal incl. BTW', 'Totaalbedrag'], due: ['Te betalen'], footer: ['KvK', 'BTW-nr NL'], rate: 21, cities: ['1012 AB Amsterdam', '3011 CD Rotterdam'], streets: ['Prinsengracht 14', 'Coolsingel 2'] },
  pl: { title: ['FAKTURA VAT', 'Faktura', 'FAKTURA'], idLabel: ['Numer faktury', 'Faktura VAT nr', 'Nr faktury'], dateLabel: ['Data wystawienia', 'Data'], custLabel: ['Nabywca', 'Odbiorca'], net: ['Razem netto', 'Wartość netto'], tax: (r) => [`VAT ${r}%`, `Podatek VAT ${r}%`], total: ['Razem brutto', 'Wartość brutto'], due: ['Do zapłaty', 'Razem do zapłaty'], footer: ['KRS', 'NIP'], rate: 23, cities: ['00-950 Warszawa', '30-001 Kraków'], streets: ['ul. Długa 14', 'ul. Floriańska 2'] },
};

/** The buyer's order reference label (EN 16931 BT-13) as each language prints it. */
const ORDER_LABEL: Record<Lang, string[]> = {
  en: ['Your order ref.', 'PO number', 'Order No.'], de: ['Ihre Bestellung', 'Bestellnummer', 'Ihre Bestell-Nr.'], fr: ['Votre commande', 'N° de commande'],
  es: ['Su pedido', 'N.º pedido'], it: ['Rif. ordine', 'Vs. ordine n.'], pt: ['V/ Referência', 'N.º encomenda'], nl: ['Uw referentie', 'Ordernummer'], pl: ['Nr zamówienia', 'Zamówienie nr'],
};

const LAYOUTS = ['letterhead', 'window', 'footer', 'header-row'] as const;
export type InvoiceLayout = (typeof LAYOUTS)[number];

function isoDay(r: () => number): string {
  const y = 2022 + Math.floor(r() * 4), m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An invoice in `lang` with a seeded layout (or the one given). */
export function synthInvoiceLayout(seed: number, lang: Lang, layout?: InvoiceLayout): SynthDocument {
  const r = seeded(seed * 104729 + 7 + lang.charCodeAt(0) * 31 + lang.charCodeAt(1)), L = LANG[lang], w = W[lang];
  const k = seeded(seed * 7727 + 5 + lang.charCodeAt(0) * 41 + lang.charCodeAt(1));
  const band = k() < 0.4, spacedId = k() < 0.25, large = k() < 0.3;
  const order = k() < 0.4 ? `${pick(k, ['PO', 'B', 'ORD'])}-${1000 + Math.floor(k() * 89999)}` : null;
  const lay = layout ?? LAYOUTS[seed % LAYOUTS.length];
  const supplier = pick(r, L.company), customer = pick(r, L.company.filter((c) => c !== supplier));
  const year = 2022 + Math.floor(r() * 4);
  const num = 1 + Math.floor(r() * 9999);
  const id0 = pick(r, [`RE-${year}-${String(num).padStart(4, '0')}`, `${year}/${String(num).padStart(4, '0')}`, `F${year}-${String(num).padStart(5, '0')}`, `FV/${num}/${year}`, `A-${10000 + num}`, `${String(num).padStart(6, '0')}`]);
  const id = spacedId ? `FT A${year}/${num}` : id0;
  const date = `${year}${isoDay(r).slice(4)}`;
  const style = r() < 0.5 ? 'long' : 'numeric';
  const dateText = formatDate(date, L, style);
  const items = Array.from({ length: 1 + Math.floor(r() * 5) }, () => {
    const q = 1 + Math.floor(r() * 9), u = c2((3 + r() * (r() < 0.2 ? 1500 : 150)) * (large ? 17 : 1));
    return { d: pick(r, L.goods), q, u, t: c2(q * u) };
  });
  const net = c2(items.reduce((s, i) => s + i.t, 0)), tax = c2((net * w.rate) / 100), total = c2(net + tax);
  const money = (v: number): string => {
    const f = formatNumber(v, L);
    const how = r();
    if (how < 0.35) return L.currency.after ? `${f} ${L.currency.symbol}` : `${L.currency.symbol} ${f}`;
    if (how < 0.6) return `${f} ${L.currency.code}`;
    return f;
  };
  const street = pick(r, w.streets), city = pick(r, w.cities);
  const idLabel = pick(r, w.idLabel), dateLabel = pick(r, w.dateLabel), title = pick(r, w.title);
  const rows: string[] = [];
  const custBlock = [customer, pick(r, w.streets.filter((s) => s !== street)) ?? street, pick(r, w.cities)];
  if (lay === 'letterhead') {
    rows.push(`#${supplier}`, `${street}, ${city}`, '', `#${title}`, `${idLabel}: ${id}`, `${dateLabel}: ${dateText}`, `${pick(r, w.custLabel)}: ${customer}`);
  } else if (lay === 'window') {
    rows.push(`${supplier} · ${street} · ${city}`, '', ...custBlock.map((c, i) => (i === 0 ? `${c}|${idLabel}|${id}` : i === 1 ? `${c}|${dateLabel}|${dateText}` : c)), '', `#${title}`);
  } else if (lay === 'footer') {
    rows.push(`#${title}`, '', ...custBlock, '', `${idLabel}: ${id}`, `${dateLabel}: ${dateText}`);
  } else {
    rows.push(`#${supplier}`, street, city, '', `#${title}`, `${pick(r, w.custLabel)}: ${customer}`, `${idLabel}||${dateLabel}`, `${id}||${dateText}`);
  }
  if (order) rows.push(`${pick(k, ORDER_LABEL[lang])}: ${order}`);
  rows.push('', `${L.desc}|${L.qty}|${L.price}|${L.amount}`);
  for (const i of items) rows.push(`${i.d}|${i.q}|${formatNumber(i.u, L)}|${formatNumber(i.t, L)}`);
  // drawn in the first generator's order: a label, then its figure
  const summary: string[] = [], figures: string[] = [];
  for (const [labels, v] of [[w.net, net], [w.tax(w.rate), tax], [w.total, total]] as const) { summary.push(pick(r, labels)); figures.push(money(v)); }
  if (band) rows.push('', `|${summary.join('|')}`, `#|${figures.join('|')}`);
  else rows.push('', `${summary[0]}|||${figures[0]}`, `${summary[1]}|||${figures[1]}`, `#${summary[2]}|||${figures[2]}`);
  if (r() < 0.3) rows.push(`${pick(r, w.due)}|||${money(total)}`);
  const iban = `${lang === 'en' ? 'GB' : lang.toUpperCase()}${10 + Math.floor(r() * 89)} ${Array.from({ length: 4 }, () => 1000 + Math.floor(r() * 8999)).join(' ')}`;
  rows.push(FOOTER, lay === 'footer' ? `${supplier} · ${street} · ${city}` : `${street} · ${city}`, `IBAN ${iban} · ${pick(r, w.footer)} ${100000 + Math.floor(r() * 899999)}`);
  return {
    id: `synth_invlay_${lay}_${lang}_${seed}`, type: 'invoice', lang, pages: [rows],
    fields: { supplierName: supplier, customerName: customer, documentId: id, date: dateText, date_iso: date, netAmount: net, taxAmount: tax, totalAmount: total, currencyCode: L.currency.code, ...(order ? { orderNumber: order } : {}) },
  };
}
