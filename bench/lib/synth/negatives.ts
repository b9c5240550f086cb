/**
 * @module bench/lib/synth/negatives
 * Documents that are none of the processed types and must be refused as `other`: a business
 * letter, a restaurant menu (prices but no total, no date of sale), an event or travel ticket
 * (a date, a seat, at most one price and no total), a news article, and a delivery note (items
 * and quantities, no prices). In the eight languages of ./languages.ts; truth: type only.
 */
import { seeded, type SynthDocument } from './generate.ts';
import { LANG, formatDate, formatNumber, type Lang } from './languages.ts';

const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];

const PROSE: Record<Lang, string[]> = {
  en: ['We are writing to confirm the arrangements for the meeting next month at our offices.', 'Please let us know whether the proposed schedule suits your team and whether anyone else should attend.', 'The council announced on Monday that the new library will open to the public in the spring after two years of work.'],
  de: ['wir bestätigen Ihnen hiermit gerne den Termin für unser Gespräch im nächsten Monat in unseren Räumen.', 'Bitte teilen Sie uns mit, ob der vorgeschlagene Ablauf für Ihr Team passt und wer noch teilnehmen soll.', 'Die Stadt hat am Montag angekündigt, dass die neue Bibliothek nach zwei Jahren Bauzeit im Frühjahr öffnet.'],
  fr: ['nous vous confirmons par la présente les modalités de notre réunion du mois prochain dans nos locaux.', 'Merci de nous indiquer si le programme proposé convient à votre équipe et qui souhaite y participer.', 'La mairie a annoncé lundi que la nouvelle médiathèque ouvrira ses portes au printemps après deux ans de travaux.'],
  es: ['le confirmamos por la presente los detalles de la reunión del próximo mes en nuestras oficinas.', 'Le rogamos nos indique si el programa propuesto conviene a su equipo y quién más desea asistir.', 'El ayuntamiento anunció el lunes que la nueva biblioteca abrirá al público en primavera tras dos años de obras.'],
  it: ['con la presente le confermiamo i dettagli della riunione del prossimo mese presso i nostri uffici.', 'La preghiamo di farci sapere se il programma proposto va bene per il suo gruppo e chi altro parteciperà.', 'Il comune ha annunciato lunedì che la nuova biblioteca aprirà al pubblico in primavera dopo due anni di lavori.'],
  pt: ['vimos por este meio confirmar os pormenores da reunião do próximo mês nas nossas instalações.', 'Agradecemos que nos informe se o programa proposto convém à sua equipa e quem mais deseja participar.', 'A câmara anunciou na segunda-feira que a nova biblioteca abrirá ao público na primavera após dois anos de obras.'],
  nl: ['hierbij bevestigen wij graag de afspraken voor ons overleg volgende maand op ons kantoor.', 'Laat u ons weten of het voorgestelde programma uw team past en wie er verder aanwezig zal zijn.', 'De gemeente maakte maandag bekend dat de nieuwe bibliotheek na twee jaar bouwen in het voorjaar opengaat.'],
  pl: ['niniejszym potwierdzamy szczegóły spotkania w przyszłym miesiącu w naszym biurze.', 'Prosimy o informację, czy proponowany program odpowiada Państwa zespołowi i kto jeszcze weźmie udział.', 'Miasto ogłosiło w poniedziałek, że nowa biblioteka zostanie otwarta wiosną po dwóch latach budowy.'],
};
const MENU: Record<Lang, { title: string; dishes: string[] }> = {
  en: { title: 'MENU', dishes: ['Tomato soup', 'Grilled salmon', 'Beef burger', 'Apple pie', 'House salad'] },
  de: { title: 'SPEISEKARTE', dishes: ['Tomatensuppe', 'Wiener Schnitzel', 'Bratwurst mit Kraut', 'Apfelstrudel', 'Gemischter Salat'] },
  fr: { title: 'CARTE', dishes: ['Soupe à l\'oignon', 'Steak frites', 'Croque-monsieur', 'Tarte Tatin', 'Salade niçoise'] },
  es: { title: 'CARTA', dishes: ['Gazpacho', 'Paella valenciana', 'Tortilla española', 'Flan casero', 'Ensalada mixta'] },
  it: { title: 'MENÙ', dishes: ['Minestrone', 'Lasagne al forno', 'Risotto ai funghi', 'Tiramisù', 'Insalata mista'] },
  pt: { title: 'EMENTA', dishes: ['Caldo verde', 'Bacalhau à Brás', 'Francesinha', 'Pastel de nata', 'Salada mista'] },
  nl: { title: 'MENUKAART', dishes: ['Erwtensoep', 'Stamppot', 'Kroketten', 'Appeltaart', 'Salade'] },
  pl: { title: 'MENU', dishes: ['Żurek', 'Pierogi ruskie', 'Kotlet schabowy', 'Sernik', 'Surówka'] },
};
const TICKET: Record<Lang, string[]> = {
  en: ['E-TICKET', 'Admit one', 'Seat', 'Row', 'Gate opens'], de: ['EINTRITTSKARTE', 'Gültig für eine Person', 'Platz', 'Reihe', 'Einlass'],
  fr: ['BILLET', 'Valable pour une personne', 'Place', 'Rang', 'Ouverture des portes'], es: ['ENTRADA', 'Válida para una persona', 'Asiento', 'Fila', 'Apertura de puertas'],
  it: ['BIGLIETTO', 'Valido per una persona', 'Posto', 'Fila', 'Apertura porte'], pt: ['BILHETE', 'Válido para uma pessoa', 'Lugar', 'Fila', 'Abertura de portas'],
  nl: ['TOEGANGSBEWIJS', 'Geldig voor één persoon', 'Stoel', 'Rij', 'Deuren open'], pl: ['BILET', 'Ważny dla jednej osoby', 'Miejsce', 'Rząd', 'Otwarcie bram'],
};
const DELIVERY: Record<Lang, string[]> = {
  en: ['DELIVERY NOTE', 'Item', 'Quantity'], de: ['LIEFERSCHEIN', 'Artikel', 'Menge'], fr: ['BON DE LIVRAISON', 'Article', 'Quantité'], es: ['ALBARÁN DE ENTREGA', 'Artículo', 'Cantidad'],
  it: ['DOCUMENTO DI TRASPORTO', 'Articolo', 'Quantità'], pt: ['GUIA DE REMESSA', 'Artigo', 'Quantidade'], nl: ['PAKBON', 'Artikel', 'Aantal'], pl: ['DOKUMENT WZ', 'Towar', 'Ilość'],
};
const KINDS = ['letter', 'menu', 'ticket', 'article', 'delivery'] as const;

function isoDay(r: () => number): string {
  const y = 2022 + Math.floor(r() * 4), m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A non-financial document of the seed's kind in `lang`. */
export function synthNegative(seed: number, lang: Lang): SynthDocument {
  const r = seeded(seed * 7 + 977), L = LANG[lang];
  const kind = KINDS[seed % KINDS.length];
  const date = formatDate(isoDay(r), L, r() < 0.5 ? 'long' : 'numeric');
  const prose = PROSE[lang];
  let rows: string[];
  if (kind === 'letter') {
    rows = [`#${pick(r, L.company)}`, `${10 + Math.floor(r() * 80)} Main Road`, '', pick(r, L.company), '', date, '', prose[0], prose[1], prose[0], prose[1], '', pick(r, ['Kind regards', 'Mit freundlichen Grüßen', 'Cordialement', 'Atentamente', 'Cordiali saluti', 'Com os melhores cumprimentos', 'Met vriendelijke groet', 'Z poważaniem'])];
  } else if (kind === 'menu') {
    const m = MENU[lang];
    rows = [`#${m.title}`, pick(r, L.company), ''];
    for (const d of m.dishes) rows.push(`${d}|${formatNumber(4 + Math.floor(r() * 20) + 0.5, L)}`);
  } else if (kind === 'ticket') {
    const t = TICKET[lang];
    rows = [`#${t[0]}`, pick(r, ['Summer Open Air', 'Jazz Night', 'City Marathon', 'Museum Pass']), date, `${t[2]} ${1 + Math.floor(r() * 40)}   ${t[3]} ${1 + Math.floor(r() * 20)}`, `${t[4]} 19:00`, t[1], `Nr. ${100000000 + Math.floor(r() * 899999999)}`];
    if (r() < 0.5) rows.push(`${L.price} ${formatNumber(15 + Math.floor(r() * 50), L)} ${L.currency.symbol}`);
  } else if (kind === 'article') {
    rows = [`#${prose[2].split(' ').slice(0, 6).join(' ')}`, date, '', prose[2], prose[0], prose[2], prose[1], prose[2]];
  } else {
    const t = DELIVERY[lang];
    rows = [`#${pick(r, L.company)}`, `#${t[0]}`, `Nr. ${10000 + Math.floor(r() * 90000)}`, date, pick(r, L.company), '', `${t[1]}|${t[2]}`];
    for (const g of L.goods.slice(0, 2 + Math.floor(r() * 3))) rows.push(`${g}|${1 + Math.floor(r() * 20)}`);
  }
  return { id: `synth_neg_${kind}_${lang}_${seed}`, type: 'other', lang, pages: [rows], fields: {} };
}
