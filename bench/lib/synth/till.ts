/**
 * @module bench/lib/synth/till
 * European supermarket till receipts as their printers lay them out, in DE, FR, ES, IT, PT, NL
 * and PL: item lines ending in a tax-class letter ("1,49 A"), weighed and multi-buy lines
 * ("2 x 0,89"), a deposit line, the language's total word ("SUMME", "TOTAL TTC", "TOTAL (EUR)",
 * "TOTALE COMPLESSIVO", "TOTAL A PAGAR", "TOTAAL", "SUMA PLN"), the tender (cash with change, or a
 * card), the tax table by class (rate, net, tax, gross), a receipt number, till and time, and
 * sometimes a card-payment slip below. Nothing is a real shop: names are built from invented
 * parts. Sources of the layout conventions: the legal content of a German Kassenbon (KassenSichV
 * §6: TSE, Bon-Nr.), a French ticket de caisse (TVA par taux), a Spanish factura simplificada,
 * an Italian documento commerciale, a Portuguese fatura simplificada and a Polish paragon
 * fiskalny (PTU A/B, SUMA PLN).
 */
import { seeded, type SynthDocument } from './generate.ts';
import { formatNumber, type Lang } from './languages.ts';

const c2 = (v: number) => Math.round(v * 100) / 100;
const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];

interface TillSpec {
  /** The shop-name parts: a prefix or suffix word of a grocer in the language. */
  shop: string[]; form: string[];
  street: string[]; city: string[];
  goods: string[];
  /** Rates of the tax classes A and B (percent). */
  rates: [number, number];
  total: string[]; given: string; change: string; card: string[];
  taxHead: string; rateLabel: (cls: string, rate: number) => string;
  receiptNo: string; till: string; dateLabel: string; time: string;
  slip: string[]; thanks: string[]; header?: string[]; taxId: string;
}

const T: Record<Exclude<Lang, 'en'>, TillSpec> = {
  de: {
    shop: ['Frischmarkt', 'Nahkauf', 'Grünhof', 'Landmarkt', 'Sonnen', 'Kornfeld'], form: ['GmbH', 'oHG', 'e.K.', 'GmbH & Co. KG'],
    street: ['Hauptstr. 12', 'Bahnhofstraße 5', 'Am Markt 3', 'Lindenweg 8'], city: ['10115 Berlin', '80331 München', '50667 Köln', '04109 Leipzig'],
    goods: ['BANANEN', 'H-MILCH 1,5%', 'BUTTER', 'ROGGENBROT', 'JOGHURT NATUR', 'TOMATEN', 'KAFFEE GEMAHLEN', 'APFELSAFT', 'KÄSE GOUDA', 'MINERALWASSER'],
    rates: [7, 19], total: ['SUMME', 'SUMME EUR', 'ZU ZAHLEN', 'Gesamtbetrag'], given: 'Gegeben BAR', change: 'Rückgeld BAR', card: ['Geg. EC-Cash', 'Girocard', 'Kartenzahlung'],
    taxHead: 'MwSt%   Netto   MwSt   Brutto', rateLabel: (c, r) => `${c}= ${r},0%`, receiptNo: 'Bon-Nr.', till: 'Kasse', dateLabel: 'Datum', time: 'Uhrzeit',
    slip: ['Kundenbeleg', 'girocard', 'Terminal-ID', 'Betrag EUR', 'Zahlung erfolgt'], thanks: ['Vielen Dank für Ihren Einkauf', 'Danke für Ihren Besuch'], taxId: 'USt-IdNr.: DE',
  },
  fr: {
    shop: ['Marché', 'Épicerie', 'Primeur', 'Coop', 'Halles'], form: ['SAS', 'SARL', 'SA'],
    street: ['12 rue de la Gare', '3 place du Marché', '45 avenue Jean Jaurès'], city: ['75011 Paris', '69002 Lyon', '31000 Toulouse'],
    goods: ['BAGUETTE', 'LAIT DEMI-ECREME', 'BEURRE DOUX', 'POMMES GALA', 'YAOURT NATURE', 'CAFE MOULU', 'EAU MINERALE', 'FROMAGE COMTE'],
    rates: [5.5, 20], total: ['TOTAL TTC', 'TOTAL', 'A PAYER', 'NET A PAYER'], given: 'ESPECES', change: 'RENDU', card: ['CB', 'CARTE BANCAIRE', 'CB SANS CONTACT'],
    taxHead: 'TVA      HT      TVA     TTC', rateLabel: (c, r) => `${c} ${String(r).replace('.', ',')}%`, receiptNo: 'Ticket', till: 'Caisse', dateLabel: 'Date', time: '',
    slip: ['TICKET CLIENT', 'CARTE BANCAIRE', 'No AUTO', 'MONTANT', 'DEBIT'], thanks: ['Merci de votre visite', 'A bientôt'], taxId: 'SIRET ',
  },
  es: {
    shop: ['Supermercado', 'Alimentación', 'Frutería', 'Mercado'], form: ['S.L.', 'S.A.'],
    street: ['Calle Mayor 12', 'Avda. de la Constitución 5', 'Plaza España 3'], city: ['28013 Madrid', '08002 Barcelona', '41001 Sevilla'],
    goods: ['PAN BARRA', 'LECHE ENTERA', 'ACEITE OLIVA', 'TOMATE PERA', 'YOGUR NATURAL', 'CAFE MOLIDO', 'AGUA MINERAL', 'QUESO MANCHEGO'],
    rates: [10, 21], total: ['TOTAL', 'TOTAL (EUR)', 'TOTAL A PAGAR', 'IMPORTE TOTAL'], given: 'EFECTIVO', change: 'CAMBIO', card: ['TARJETA', 'TARJETA CREDITO', 'PAGO CON TARJETA'],
    taxHead: 'IVA     BASE     CUOTA   TOTAL', rateLabel: (c, r) => `${c} ${r}%`, receiptNo: 'FACTURA SIMPLIFICADA Nº', till: 'Caja', dateLabel: 'Fecha', time: 'Hora',
    slip: ['COPIA CLIENTE', 'VISA', 'AUT.', 'IMPORTE', 'OPERACION APROBADA'], thanks: ['Gracias por su visita', 'Gracias por su compra'], taxId: 'CIF: B',
  },
  it: {
    shop: ['Supermercato', 'Alimentari', 'Market', 'Bottega'], form: ['S.r.l.', 'S.p.A.', 'S.n.c.'],
    street: ['Via Roma 12', 'Corso Italia 5', 'Piazza Garibaldi 3'], city: ['20121 Milano', '00184 Roma', '40121 Bologna'],
    goods: ['PANE COMUNE', 'LATTE INTERO', 'PASTA SPAGHETTI', 'POMODORI', 'YOGURT BIANCO', 'CAFFE MACINATO', 'ACQUA MINERALE', 'PARMIGIANO'],
    rates: [10, 22], total: ['TOTALE COMPLESSIVO', 'TOTALE EURO', 'TOTALE'], given: 'CONTANTI', change: 'RESTO', card: ['PAGAMENTO ELETTRONICO', 'CARTA', 'BANCOMAT'],
    taxHead: 'ALIQ.   IMPONIBILE   IMPOSTA   TOTALE', rateLabel: (c, r) => `${c} ${r}%`, receiptNo: 'DOCUMENTO N.', till: 'Cassa', dateLabel: 'Data', time: 'Ora',
    slip: ['RICEVUTA CLIENTE', 'BANCOMAT', 'AUT.', 'IMPORTO', 'TRANSAZIONE ESEGUITA'], thanks: ['Grazie e arrivederci', 'Grazie per l\'acquisto'], header: ['DOCUMENTO COMMERCIALE', 'di vendita o prestazione'], taxId: 'P.IVA ',
  },
  pt: {
    shop: ['Supermercado', 'Mercearia', 'Minimercado', 'Frutaria'], form: ['Lda', 'S.A.', 'Unipessoal Lda'],
    street: ['Rua Augusta 12', 'Avenida da Liberdade 5', 'Praça do Comércio 3'], city: ['1100-048 Lisboa', '4000-322 Porto', '3000-150 Coimbra'],
    goods: ['PAO', 'LEITE MEIO GORDO', 'AZEITE', 'TOMATE', 'IOGURTE NATURAL', 'CAFE MOIDO', 'AGUA MINERAL', 'QUEIJO FLAMENGO'],
    rates: [6, 23], total: ['TOTAL', 'TOTAL A PAGAR', 'TOTAL EUR'], given: 'NUMERARIO', change: 'TROCO', card: ['MULTIBANCO', 'CARTAO', 'MB WAY'],
    taxHead: 'IVA     BASE     IVA     TOTAL', rateLabel: (c, r) => `${c} ${r}%`, receiptNo: 'FATURA SIMPLIFICADA FS', till: 'Caixa', dateLabel: 'Data', time: 'Hora',
    slip: ['CLIENTE', 'MULTIBANCO', 'AUT.', 'MONTANTE', 'OPERACAO ACEITE'], thanks: ['Obrigado pela preferência', 'Volte sempre'], taxId: 'NIF ',
  },
  nl: {
    shop: ['Buurtsuper', 'Versmarkt', 'Groenteboer', 'Dagmarkt'], form: ['B.V.', 'V.O.F.'],
    street: ['Kerkstraat 12', 'Dorpsplein 5', 'Stationsweg 3'], city: ['1012 AB Amsterdam', '3511 CD Utrecht', '2511 EF Den Haag'],
    goods: ['BROOD VOLKOREN', 'HALFVOLLE MELK', 'ROOMBOTER', 'APPELS ELSTAR', 'YOGHURT', 'KOFFIE', 'SPA BLAUW', 'KAAS JONG'],
    rates: [9, 21], total: ['TOTAAL', 'TE BETALEN', 'TOTAAL EUR'], given: 'CONTANT', change: 'WISSELGELD', card: ['PIN', 'BETAALD PIN', 'MAESTRO'],
    taxHead: 'BTW     EXCL     BTW     INCL', rateLabel: (c, r) => `${c} ${r}%`, receiptNo: 'Bonnummer', till: 'Kassa', dateLabel: 'Datum', time: 'Tijd',
    slip: ['KLANTTICKET', 'MAESTRO', 'AUTORISATIECODE', 'BEDRAG', 'BETALING GELUKT'], thanks: ['Bedankt en tot ziens', 'Bedankt voor uw bezoek'], taxId: 'BTW-nr NL',
  },
  pl: {
    shop: ['Sklep', 'Delikatesy', 'Market', 'Spożywczy'], form: ['Sp. z o.o.', 'S.A.', 'Sp.j.'],
    street: ['ul. Długa 12', 'ul. Marszałkowska 5', 'Rynek 3'], city: ['00-950 Warszawa', '30-001 Kraków', '80-001 Gdańsk'],
    goods: ['CHLEB ZWYKŁY', 'MLEKO 2%', 'MASŁO', 'JABŁKA', 'JOGURT NATURALNY', 'KAWA MIELONA', 'WODA MINERALNA', 'SER ŻÓŁTY'],
    rates: [5, 23], total: ['SUMA PLN', 'RAZEM PLN', 'SUMA'], given: 'GOTÓWKA', change: 'RESZTA', card: ['KARTA PŁATNICZA', 'KARTA', 'PŁATNOŚĆ KARTĄ'],
    taxHead: 'PTU     NETTO    VAT     BRUTTO', rateLabel: (c, r) => `PTU ${c} ${r}%`, receiptNo: 'Nr wydr.', till: 'Kasa', dateLabel: '', time: '',
    slip: ['POTWIERDZENIE', 'VISA', 'KOD AUT.', 'KWOTA', 'TRANSAKCJA ZAAKCEPTOWANA'], thanks: ['Dziękujemy za zakupy', 'Zapraszamy ponownie'], header: ['PARAGON FISKALNY'], taxId: 'NIP ',
  },
};

export const TILL_LANGS = Object.keys(T) as Exclude<Lang, 'en'>[];

function isoDay(r: () => number): string {
  const y = 2022 + Math.floor(r() * 4), m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A supermarket till receipt in one of TILL_LANGS. Rows use the generator's `|` cells (the last
 * cell right-aligned); `#` rows print bold. The truth holds supplierName (the shop name as its
 * first line prints it), date (as printed, with date_iso), totalAmount, taxAmount and currencyCode.
 */
export function synthTill(seed: number, lang: Exclude<Lang, 'en'>): SynthDocument {
  const r = seeded(seed * 7919 + 13 + lang.charCodeAt(0) * 31 + lang.charCodeAt(1)), t = T[lang];
  const cur = lang === 'pl' ? 'PLN' : 'EUR';
  const n = (v: number) => formatNumber(v, { decimal: ',', group: '' }, false);
  const shop = `${pick(r, t.shop)} ${pick(r, ['Nord', 'Süd', 'Centro', 'Sol', 'Mar', 'Linde', 'Wisła', 'Rosa', 'Delta'])}`;
  const supplier = `${shop} ${pick(r, t.form)}`;
  const upper = r() < 0.5;
  const date = isoDay(r);
  const hh = String(7 + Math.floor(r() * 13)).padStart(2, '0'), mi = String(Math.floor(r() * 60)).padStart(2, '0');
  const [yy, mm, dd] = date.split('-');
  const sep = lang === 'nl' ? '-' : lang === 'de' ? '.' : '/';
  const dateText = lang === 'pl' ? date : r() < 0.5 ? `${dd}${sep}${mm}${sep}${yy}` : `${dd}${sep}${mm}${sep}${yy.slice(2)}`;
  const rows: string[] = [];
  rows.push(`#${upper ? supplier.toUpperCase() : supplier}`, pick(r, t.street), pick(r, t.city));
  if (r() < 0.6) rows.push(`${t.taxId}${100000000 + Math.floor(r() * 899999999)}`);
  // the receipt number: a Polish paragon prints its number (nr wydruku) in the header
  const plNo = lang === 'pl' ? 1000 + Math.floor(r() * 9000) : 0;
  if (lang === 'pl') rows.push(`${dateText} ${hh}:${mi}   ${t.receiptNo} ${plNo}`);
  for (const h of t.header ?? []) rows.push(`#${h}`);
  if (lang === 'de' && r() < 0.6) rows.push(`|EUR`);
  const items: { d: string; v: number; cls: 'A' | 'B' }[] = [];
  const k = 3 + Math.floor(r() * 8);
  for (let i = 0; i < k; i++) {
    const d = pick(r, t.goods), cls = r() < 0.75 ? 'A' : 'B';
    const multi = r() < 0.2 ? 2 + Math.floor(r() * 3) : 1;
    const unit = c2(0.39 + r() * 6);
    const v = c2(unit * multi);
    if (multi > 1 && r() < 0.5) rows.push(`  ${multi} x ${n(unit)}`), rows.push(`${d}|${n(v)} ${cls}`);
    else if (multi > 1) rows.push(`${d}|${multi} x ${n(unit)}|${n(v)} ${cls}`);
    else rows.push(`${d}|${n(v)} ${cls}`);
    items.push({ d, v, cls });
  }
  if (lang === 'de' && r() < 0.4) { rows.push(`Pfand|${n(0.25)} B`); items.push({ d: 'Pfand', v: 0.25, cls: 'B' }); }
  const total = c2(items.reduce((s, i) => s + i.v, 0));
  rows.push('--------------------------------');
  const totalWord = pick(r, t.total);
  rows.push(`#${totalWord}${/EUR|PLN/.test(totalWord) || r() < 0.5 ? '' : ' ' + cur}|${n(total)}`);
  const card = r() < 0.55;
  if (card) rows.push(`${pick(r, t.card)}|${n(total)}`);
  else {
    const given = Math.ceil(total / 5) * 5 + (r() < 0.3 ? 5 : 0);
    rows.push(`${t.given}|${n(given)}`, `${t.change}|${n(c2(given - total))}`);
  }
  // tax table by class
  rows.push(t.taxHead);
  let taxSum = 0, netSum = 0;
  for (const [cls, rate] of [['A', t.rates[0]], ['B', t.rates[1]]] as const) {
    const gross = c2(items.filter((i) => i.cls === cls).reduce((s, i) => s + i.v, 0));
    if (!gross) continue;
    const tax = c2((gross * rate) / (100 + rate));
    taxSum = c2(taxSum + tax);
    netSum = c2(netSum + c2(gross - tax));
    rows.push(`${t.rateLabel(cls, rate)}|${n(c2(gross - tax))}|${n(tax)}|${n(gross)}`);
  }
  if (lang === 'pl') rows.push(`SUMA PTU|${n(taxSum)}`);
  const bon = 1000 + Math.floor(r() * 9000), till = 1 + Math.floor(r() * 9);
  if (lang !== 'pl') {
    const dl = t.dateLabel ? `${t.dateLabel}: ` : '';
    const tl = t.time ? `${t.time}: ` : '';
    rows.push(r() < 0.5 ? `${dl}${dateText} ${tl}${hh}:${mi}` : `${dateText} ${hh}:${mi}   ${t.till} ${till}`);
    rows.push(`${t.receiptNo} ${bon}   ${t.till} ${till}`);
  }
  if (lang === 'de') rows.push(`TSE-Signaturzähler: ${10000 + Math.floor(r() * 90000)}`);
  rows.push(pick(r, t.thanks));
  if (card && r() < 0.6) {
    rows.push('', `#${t.slip[0]}`, t.slip[1], `${t.slip[2]} ${100000 + Math.floor(r() * 899999)}`, `${t.slip[3]}|${n(total)}`, t.slip[4]);
  }
  const shown = upper ? supplier.toUpperCase() : supplier;
  return {
    id: `synth_till_${lang}_${seed}`, type: 'receipt', lang, pages: [rows], narrow: true,
    fields: { supplierName: shown, date: dateText, date_iso: date, totalAmount: total, taxAmount: taxSum, netAmount: netSum, documentId: lang === 'pl' ? String(plNo) : lang === 'pt' ? `FS ${bon}` : String(bon), currencyCode: cur },
  };
}
