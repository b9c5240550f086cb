/**
 * @module engine/extract/personal-name
 * Whether a text has the shape of a person's name as statements print their holders: two to four
 * capitalised words ("Anna Kowalska", "MR JOHN A SMITH", "Jan van der Berg", "Maria da Silva
 * Santos", "Anne-Marie O'Neill"), initials ("John A. Smith") and the particles of our languages'
 * surnames between them, optionally after a title (Mr, Mrs, Ms, Miss, Dr, Herr(n), Frau, M., Mme,
 * Sr., Sra., Pan, Pani, Sig., Dhr., Mevr.). Never a text holding a digit, a colon, or a word that
 * names no person: a bank's, a title's, a field's or a page's word ("Statement of Account",
 * "Customer Service", "Private Banking", "Kontoauszug", "Seite").
 */
import { fold } from '../parse/lines.ts';

/** A title before a name, in our languages. */
const TITLE = String.raw`(?:mr|mrs|ms|miss|dr|herrn?|frau|m|mme|sr|sra|pan|pani|sig|sig\.ra|dhr|mevr)\.?`;
/** The particles of surnames in our languages ("van der", "de la", "da", "dos", "von"). */
const PARTICLE = /^(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|te|la|le|y|e|zu)$/;
/** A capitalised word of a name: Title case or all capitals, with a hyphen or an apostrophe ("Anne-Marie", "O'Neill", "McKay"). */
const NAME_WORD = /^\p{Lu}(?:\p{Ll}+|\p{Lu}+)?(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{Lu}(?:\p{Ll}+|\p{Lu}+))*$/u;
/** An initial ("A", "A."). */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * Words (folded) that name no person: titles and headings of a statement, a bank's and a page's
 * words, field labels, service words, a branch's words in our languages ("Oficina", "Agenzia",
 * "Balcão", "Kantoor", "Geschäftsstelle"), and the words of account products printed over the
 * account's number ("Club Lloyds", "Premier Reward", "Everyday Saver", "Conto Corrente").
 */
const NOT_PERSON = /^(?:statement|account|acct|accounts|\p{L}*konto\p{L}*|\p{L}*auszug|compte|releve|conto|estratto|cuenta|extracto|conta|extrato|rachun\p{L}*|wyciag|rekening\p{L}*|\p{L}*afschrift|page|seite|pagina|strona|balance|saldo|summary|checking|chequing|savings|period\p{L}*|okres|iban|bic|swift|date|datum|data|fecha|bank\p{L}*|banca|banco|banque|banka|\p{L}*kasse|caixa|caja|cassa|credit|customer|customers|kunde|kunden|client|clients|cliente|clienti|klient|service|services|servizio|servicio|banking|private|privat|business|corporate|online|mobile|branch|filiale|agence|agencia|agenzia|oficina|sucursal|filial|balcao|kantoor|geschaftsstelle|oddzial|office|team|department|centre|center|information|important|wichtig|total|details|overview|transactions|umsatze|movimenti|movimientos|mouvements|operations|number|nummer|numero|name|holder|inhaber|titular|titulaire|address|adresse|tel|phone|telefon|fax|email|mail|www|copy|kopie|original|duplicate|confidential|personal|current|deposit|loan|card|visa|mastercard|euro|euros|dollar|pound|sterling|limited|ltd|plc|gmbh|ag|sa|spa|bv|nv|inc|llc|club|premier|reward|rewards|select|platinum|classic|plus|premium|advantage|everyday|saver|smart|flex|student|graduate|easy|basic|standard|instant|access|bonus|isa|ultimate|essential|essentials|joint|sole|direct|extra|giro|courant|corrente|corriente|ordem|privilege|comfort|komfort|young|junior|welcome|vip)$/u;

/**
 * Whether `text` is a person's name (see the module's note): true for "Anna Kowalska",
 * "MR JOHN A SMITH", "Frau Anna Schmidt", "Jan van der Berg"; false for "Intesa" (one word),
 * "Customer Service", "Statement of Account", "Anna Kowalska 12".
 */
export function personalName(text: string): boolean {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t || /[\d:@/|&]/.test(t)) return false;
  const words = t.split(' ');
  let i = 0;
  if (words.length > 1 && new RegExp(`^${TITLE}$`, 'i').test(words[0])) i = 1;
  let names = 0, long = 0;
  for (const [j, w] of words.slice(i).entries()) {
    const f = fold(w.replace(/[.,]$/, ''));
    if (NOT_PERSON.test(f)) return false;
    if (j > 0 && PARTICLE.test(w)) continue;
    if (INITIAL.test(w)) { names++; continue; }
    if (!NAME_WORD.test(w.replace(/,$/, ''))) return false;
    names++;
    if (w.length >= 3) long++;
  }
  // the surname is a word, not an initial
  const last = words[words.length - 1];
  return names >= 2 && names <= 4 && long >= 1 && !INITIAL.test(last) && !PARTICLE.test(last);
}
