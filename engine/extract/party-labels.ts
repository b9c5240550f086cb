/**
 * @module engine/extract/party-labels
 * The words that label an invoice's parties, in the languages served: the seller ("From",
 * "Verkäufer", "Fournisseur", "Emitente", "Sprzedawca") and the buyer ("Bill to", "Kunde",
 * "Spett.le", "Nabywca"). Shared by the party readers (./parties.ts) and the supplier's top-of-page
 * reading (./supplier.ts), which must never take a label for a name.
 */
import { keyword } from '../parse/lines.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));

/** Labels of the seller's block. */
export const SELLER_LABELS = k([
  'seller', 'verkäufer', 'verkaeufer', 'vendor', 'supplier', 'from', 'lieferant', 'fournisseur', 'vendeur', 'émetteur', 'sold by',
  'issued by', 'rechnungssteller', 'leistungserbringer', 'leverancier',
  // the seller in ES, IT, PT, NL, PL
  'vendedor', 'proveedor', 'emisor', 'venditore', 'fornitore', 'cedente', 'prestatore', 'emitente', 'emissor', 'fornecedor', 'prestador', 'verkoper',
  'sprzedawca', 'wystawca', 'dostawca',
  // the seller in CS, SK, HU, RO, HR/SL, LT, LV, TR and the Nordic languages (the buyer's word of each is in BUYER_LABELS)
  'dodavatel', 'dodávateľ', 'prodávající', 'predávajúci', 'eladó', 'szállító', 'kibocsátó', 'furnizor', 'vânzător', 'vanzator', 'prodavatelj', 'dobavitelj',
  'pardavėjas', 'pārdevējs', 'satıcı', 'säljare', 'leverantör', 'leverandør', 'sælger', 'selger', 'myyjä', 'toimittaja',
]);
/** Labels of the buyer's block. */
export const BUYER_LABELS = k([
  'bill to', 'billed to', 'invoice to', 'sold to', 'customer', 'buyer', 'käufer', 'kaeufer', 'rechnungsempfänger', 'leistungsempfänger',
  'client', 'klant', 'acheteur', 'destinataire', 'facturé à', 'facture a', 'adresse de facturation', 'bestellt von', 'to',
  'nom du client', 'customer name', 'client name', 'kundenname', 'name des kunden', 'nome cliente', 'nombre del cliente',
  // the buyer in DE, ES, IT, PT, NL, PL ("An:" and "Aan:" only with a colon, as "To:")
  'kunde', 'an', 'cliente', 'facturar a', 'facturado a', 'destinatario', 'spett.le', 'spettabile', 'exmo(s). sr(s).', 'exmo', 'exmos',
  'nabywca', 'odbiorca', 'factuur aan', 'aan', 'rechnung an', 'tomador',
  // a Mexican CFDI's recipient ("Receptor", beside the issuer's "Emisor": SAT, Anexo 20 of the CFDI)
  'receptor',
  // the billing address ("Factuuradres:") in each language
  'billing address', 'invoice address', 'factuuradres', 'factuur adres', 'rechnungsadresse', 'dirección de facturación', 'direccion de facturacion', 'indirizzo di fatturazione',
  'endereço de faturação', 'endereço de faturamento', 'endereço de facturação', 'adres do faktury', 'adres rozliczeniowy',
  // other Latin-script languages
  'odběratel', 'odberatel', 'vevő', 'vevo', 'kund', 'kunde', 'asiakas', 'klient', 'cumpărător', 'cumparator', 'kupac', 'kupec', 'pirkėjas', 'pircējs', 'alıcı',
  'odberateľ', 'kupující', 'kupujúci', 'vásárló', 'beneficiar', 'köpare', 'kjøper', 'køber', 'ostaja',
]);
