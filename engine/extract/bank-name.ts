/**
 * @module engine/extract/bank-name
 * The bank names a line of a statement prints: "X Bank (plc)", "X & Y Bank", "Bank of X", "Banco/
 * Banca/Banque/Bank X" (with a Polish cooperative's town: "Bank Spółdzielczy w Żywcu"), the whole
 * registered name with its legal forms ("X Bank, N.A.", "Barclays Bank UK PLC", "Oversea-Chinese
 * Banking Corporation Limited", "Standard Chartered Bank (Singapore) Limited"), a name that goes on after "Bank" with
 * "of" and its place or a particle and its body ("Royal Bank of Canada", "Erste Bank der
 * oesterreichischen Sparkassen AG"), a branch's country after the legal form ("Swedbank AB
 * Lietuva"), credit unions, savings and loans, the savings and
 * cooperative banks of our languages, a country's name or adjective after "Bank" ("PKO Bank
 * Polski", "ING Bank Śląski"), a compound whose bank word is
 * glued inside it ("Nordmark Sparbank AG", "Landesbank Nord", "Kreissparkasse"), and a brand that
 * starts with a lower-case prefix before "Bank" ("mBank S.A."). A name ends before the statement's
 * title when the letterhead prints both on one line ("Bank Perdana Berhad STATEMENT OF ACCOUNT",
 * "Banque Populaire du Lac Relevé de compte"). A capital I read as "l" at the head of a name's
 * word is put back ("Bank of lreland").
 */

/** A particle between a bank word and a place ("Banque Populaire du Lac", "Banca Agricola dei Colli", "Caixa dos Açores", Polish "Bank Spółdzielczy w Żywcu"). */
const PARTICLE = String.raw`(?:(?:du|de|del|della|delle|dello|degli|dei|di|do|dos|da|das|des|la|le|van|von|der|w|we|am|im|zu)\s+|d')?`;
/** The legal forms (and the "UK" of a British subsidiary) that end a bank's registered name; "S.C.C.", a Spanish cooperative credit society ("Caja X, S.C.C."); "DAC", an Irish designated activity company. */
const FORM = String.raw`(?:plc|PLC|DAC|Limited|Ltd\.?|AG|SE|N\.A\.|N\.V\.|U\.A\.|Berhad|Bhd\.?|UK|S\.A\.(?:U\.)?|S\.p\.A\.|SpA|SA|eG|Inc\.?|AB|A\/S|ASA|Oyj|Abp|a\.\s?s\.|Zrt\.|Nyrt\.|S\.R\.L\.|S\.C\.C\.|d\.d\.)(?![\p{L}])`;
/**
 * What ends a bank's name after it, all of it as registered: up to two legal forms after a
 * space or a comma ("Prairie Trust Bank, N.A.", "Barclays Bank UK PLC", "Banco Y, S.A.U."), a
 * country in brackets before one ("Standard Chartered Bank (Singapore) Limited", "Bank of Ireland
 * (UK) plc"), and not the start of a longer word ("Bank SAVINGS").
 */
/**
 * The country a bank's branch or subsidiary is named for, printed after the group's legal form
 * ("Swedbank AB Lietuva", "X Bank AS Eesti", "Y Bank AG Österreich"): the country's own name in
 * the languages of our banks' countries and in English. "Swedbank AB" came back for "Swedbank AB Lietuva".
 */
const COUNTRY_AFTER_FORM = String.raw`\s+(?:Lietuva|Lithuania|Latvija|Latvia|Eesti|Estonia|Suomi|Finland|Sverige|Sweden|Norge|Norway|Danmark|Denmark|Polska|Poland|Česko|Czechia|Slovensko|Slovakia|Slovenija|Slovenia|Hrvatska|Croatia|Magyarország|Hungary|România|Romania|Deutschland|Germany|Österreich|Austria|Schweiz|Suisse|Switzerland|Nederland|Netherlands|België|Belgique|Belgium|Luxembourg|France|España|Spain|Italia|Italy|Portugal|Ireland)(?![\p{L}])`;
const BRANCH_COUNTRY_END = new RegExp(`${COUNTRY_AFTER_FORM}$`, 'u');
/** A name without the branch's country after its legal form ("Swedbank AB Lietuva" -> "Swedbank AB"), to tell whether it is a registered name; others as they are. */
export function withoutBranchCountry(name: string): string {
  return name.replace(BRANCH_COUNTRY_END, '');
}
const LEGAL = String.raw`(?:\s+\(\p{Lu}[\p{L} .]{0,20}\)(?=,?\s+${FORM}))?(?:(?:,?\s+${FORM}){1,2}(?:${COUNTRY_AFTER_FORM})?)?`;
/**
 * The words of a registered name between "Bank" and its legal form ("Powszechna Kasa
 * Oszczędności Bank Polski S.A."), and "Banking" or "Bank" with its "Corporation", "Company" or
 * "Group" ("Oversea-Chinese Banking Corporation Limited", "Malayan Banking Berhad"); only before a
 * legal form, so "Online Banking" or "Bank Transfer" name no bank.
 */
const NAMED_AFTER = String.raw`(?:ing)?(?:(?:\s+(?:Corporation|Company|Group))|(?:\s+\p{Lu}[\p{L}-]+){1,2})?(?=,?\s+(?:\(|${FORM}))|(?:\s+(?:Corporation|Company))`;
/** A legal form's word, which ends a name: no word of the name after it ("Bank X Berhad Registered office"). */
const LEGAL_WORD = String.raw`(?:plc|PLC|DAC|Limited|Ltd|AG|SE|Berhad|Bhd|SA|SpA|eG|Inc|AB|ASA|Oyj|Abp)(?![\p{L}])`;
/**
 * A country's or region's name or its adjective after "Bank", in our languages and theirs: part
 * of the name with no legal form after it ("PKO Bank Polski", "ING Bank Śląski", "X Bank
 * Italiano", "X Bank España", "X Bank Nederland", "X Bank Deutschland").
 */
const COUNTRY_AFTER = String.raw`\s+(?:Polsk[ia]|Śląsk[ia]|Slask[ia]|Italian[oa]|Italia|Espa[ñn]ol[a]?|Espa[ñn]a|Portugu[eê]s[a]?|Portugal|Nederland|Deutschland|Österreich|Austria|Schweiz|Suisse|Svizzera|France|Belgi(?:um|[eë]|que)|Luxembourg|Ireland|Scotland|Europe|Europa|International)(?![\p{L}])`;
/**
 * A bank's name that goes on after "Bank" with the place or the body it belongs to, as registered:
 * "of" and one to three capitalised words of a place ("Royal Bank of Canada", "Commonwealth Bank
 * of Australia", "Standard Bank of South Africa", "National Bank of Greece S.A."; a word in
 * capitals, "ABN", is a label after the name, not the place's), or a German, French, Spanish,
 * Italian or Portuguese article or particle and up to four words, lower-case adjectives too, up
 * to a legal form ("Erste Bank der oesterreichischen Sparkassen AG", "X Bank des Landes AG",
 * "X Banque de Dépôts SA"). Without either the name ends at "Bank" as before ("Royal Bank" came
 * back for "Royal Bank of Canada", "Erste Bank" for the whole Austrian name). The words are
 * parted by one or two spaces: a wider gap starts the next column ("Jane Doe" beside it).
 */
const OF_PLACE = String.raw`\s{1,2}of\s{1,2}(?:the\s{1,2})?\p{Lu}\p{Ll}[\p{L}&.'-]*(?:\s{1,2}\p{Lu}\p{Ll}[\p{L}&.'-]*){0,2}`;
const OF_BODY = String.raw`\s{1,2}(?:der|des|de|del|della|di|do|da|du)\s{1,2}(?:[\p{L}-]+\s{1,2}){0,3}[\p{L}-]+(?=,?\s+${FORM})`;
/** Words before an institution word: capitalised, or an "&" between two partners ("Fenwick & Hale Bank"). */
const WORDS_BEFORE = String.raw`(?:\p{Lu}[\p{L}&.'-]*\s{1,3}(?:(?:&|and)\s+)?){1,3}`;
/** Institution words that follow a name: banks, the Czech and Slovak savings bank ("Česká spořitelna", "Slovenská sporiteľňa"), the Hungarian savings cooperative ("Takarékszövetkezet"), building societies, credit unions, savings and loans. */
const INSTITUTION = String.raw`(?:[Bb]anka(?![\p{L}])|[Ss]po[řr]ite[ľl][ňn]a(?![\p{L}])|Takarék\p{L}*|Bank(?:${NAMED_AFTER}|${COUNTRY_AFTER}|${OF_BODY}|${OF_PLACE})?(?![\p{L}])|Building Society|Sparkasse|Credit Union|Savings and Loan(?: Association)?)`;
/** A word that starts a phrase about a bank, not its name ("Your Sparkasse", "Online Banking"). */
const NOT_NAME_HEAD = String.raw`(?!(?:Your|The|Our|A|This|By|Any|With|To|Basic|Business|Online|Internet|Mobile|Personal|Current)\s)`;
/**
 * The words of a registered name after a compound bank word, before its legal form ("Maybank
 * Islamic Berhad", "Landesbank Nord AG"): one or two capitalised words, only when a legal form
 * follows them, so "Sparbank Transfer" keeps no word after the bank's.
 */
const COMPOUND_NAMED_AFTER = String.raw`(?:(?:\s+(?!${LEGAL_WORD})\p{Lu}[\p{L}-]+){1,2}(?=,?\s+${FORM}))?`;
/**
 * A bank's name: "X Bank (plc)", "Bank of X", "Banco/Banca/Banque/Bank X", "Xbank", and the
 * savings and cooperative banks of our languages ("Sparkasse X", "Caja Rural del Sur", "Cassa di
 * Risparmio del Lago", "Caixa X", "Crédit Mutuel X", "Caisse d'Epargne", "X Building Society"),
 * a compound bank word with the capitalised words before it when the name starts the line
 * ("Nordmark Sparbank AG"; in a sentence or a row the words before it are not the name's) or the
 * words of its registered name after it ("Maybank Islamic Berhad", see COMPOUND_NAMED_AFTER), and
 * a brand that starts with a lower-case prefix before "Bank" ("mBank S.A.", "eBank").
 */
const BANK_RE = new RegExp(String.raw`\b(${WORDS_BEFORE}${INSTITUTION}${LEGAL}|Bank\s+of\s+[A-Z][A-Za-z&.'-]*(?:\s{1,2}[A-Z][A-Za-z&.'-]*){0,2}${LEGAL}|(?:Banco|Banca|Banque|Bank|Sparkasse|Volksbank|Caja|Caixa|Cassa|Crédit|Caisse)(?:\s+${PARTICLE}(?!${LEGAL_WORD})\p{Lu}[\p{L}&'-]+){1,4}${LEGAL}|(?<=^\s*)(?:${NOT_NAME_HEAD}[A-Z][\p{L}&'-]*\s+){1,3}[A-Z][\p{L}-]*(?:bank(?:en)?|kasse|pankki)${LEGAL}|[A-Z][\p{L}-]*(?:bank(?:en)?|kasse|pankki)${COMPOUND_NAMED_AFTER}${LEGAL}|\p{Ll}{1,3}Bank${LEGAL})`, 'gu');

/**
 * The first word of a statement's title in our languages (EN, DE, FR, ES, IT, PT, NL, PL) and
 * the Nordic, Czech, Hungarian and Romanian ones: statement, Kontoauszug/Auszug, relevé, extrait,
 * extracto, estratto, extrato, (rekening)afschrift, rekeningoverzicht, wyciąg, kontoudskrift,
 * kontoutdrag, tiliote, výpis, (számla)kivonat, extras, and Malay's penyata (Malaysian banks print
 * "PENYATA AKAUN / ACCOUNT STATEMENT"). Matched on a word folded to lower case without accents.
 */
const TITLE_WORD = /^(?:statements?|penyata|\p{L}*auszug|releve|extrait|extracto|estratto|extrato|\p{L}*afschrift|rekeningoverzicht|wyciag|kontoudskrift|kontoutdrag|kontoutskrift|tiliote|vypis|\p{L}*kivonat|extras)$/u;
/** Words left dangling before a title ("... of", "... de", "... Account Statement"). */
const DANGLING = /^(?:of|for|de|du|des|del|della|di|do|da|van|von|der|account|konto|compte|cuenta|conto|conta|rekening|rachunku)$/;

/** The generic word "bank" in our languages, which opens a statement's title as often as it ends a name ("Bank Statement", "Bankauszug"). */
const GENERIC_BANK_WORD = /^(?:bank|banque|banco|banca|banka|banken)$/;
/**
 * Whether the last of the words `kept` before a statement title is the title's own generic bank
 * word, not the name's: the words before it already name a bank by a word of their own ("Standard
 * Bank" + "Bank Statement" printed on one line, "Standard Bank Bank Statement", gave the doubled
 * "Standard Bank Bank" in a fresh tester's API results; the bench's bank comparison ignores the
 * word "bank", so it passed there). "Barclays Bank Statement" keeps its one "Bank".
 */
function titleBankWord(kept: string[]): boolean {
  if (kept.length < 3 || !GENERIC_BANK_WORD.test(foldWord(kept[kept.length - 1]))) return false;
  return kept.slice(0, -1).some((w) => /bank|kasse|banque|banco|banca/.test(foldWord(w)));
}

/** A word folded for comparison: lower case, accents dropped, the Polish ł as l. */
const foldWord = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ł/g, 'l');

/**
 * A matched name cut before the first title word, with the words a title leaves dangling before
 * it removed ("Bank Perdana Berhad STATEMENT OF" -> "Bank Perdana Berhad"), and title words
 * before the name dropped ("Kontoauszug Nordmark Sparbank" -> "Nordmark Sparbank"). Empty when
 * nothing of a name is left.
 */
export function cutAtTitle(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length && TITLE_WORD.test(foldWord(words[0]))) words.shift();
  const title = words.findIndex((w) => TITLE_WORD.test(foldWord(w)));
  if (title < 0) return words.join(' ');
  const kept = words.slice(0, title);
  while (kept.length > 1 && DANGLING.test(foldWord(kept[kept.length - 1]))) kept.pop();
  if (titleBankWord(kept)) kept.pop();
  return kept.length > 1 || /.bank|kasse/i.test(kept[0] ?? '') ? kept.join(' ') : '';
}

/**
 * Words that head the columns of a statement's transactions table in our languages (EN DE FR ES
 * IT PT NL PL), folded: date, description, debit, credit, amount, balance, value date...
 */
const COLUMN_WORD = /^(?:date|datum|data|fecha|valuta|valeur|value|wert|description|descripcion|descrizione|descricao|omschrijving|opis|libelle|buchungstext|verwendungszweck|concepto|details|particulars|reference|debit|debits|debito|debe|dare|soll|cargo|obciazenia|withdrawals?|credit|credits|credito|haber|avere|haben|abono|uznania|deposits?|amount|montant|betrag|importe|importo|montante|bedrag|kwota|balance|solde|saldo|movement|mouvement|movimiento|movimento)$/;
/** Particles and legal forms, which neither make a name nor break one. */
const FILLER = /^(?:du|de|del|della|delle|dello|degli|dei|di|do|dos|da|das|des|la|le|van|von|der|w|we|am|im|zu|d'|plc|limited|ltd\.?|ag|se|berhad|bhd\.?|sa|s\.a\.|spa|s\.p\.a\.|eg|inc\.?|n\.a\.|n\.v\.|uk)$/;

/**
 * Whether a name the pattern found is the table's column headings ("Date Libellé Débit Crédit
 * Solde" gives "Crédit Solde", "Fecha Concepto Caja Saldo" gives "Caja Saldo"): every word after
 * its first (particles and legal forms aside) heads a column, and so does another word of the
 * line outside the name. Headings never form a bank's name (a fresh tester's French statement
 * came back from "Crédit Solde"); "Crédit Mutuel" or "Banca di Credito Cooperativo" are names.
 */
function columnHeadings(name: string, line: string): boolean {
  const rest = name.split(/\s+/).slice(1).map(foldWord).filter((w) => !FILLER.test(w));
  if (!rest.length || !rest.every((w) => COLUMN_WORD.test(w))) return false;
  const at = line.indexOf(name);
  const outside = at < 0 ? line : line.slice(0, at) + ' ' + line.slice(at + name.length);
  return outside.split(/\s+/).some((w) => COLUMN_WORD.test(foldWord(w.replace(/[^\p{L}]/gu, ''))));
}

/**
 * A street's word, in our languages: a name holding one is an address ("1 Bank Street", "Bank
 * Road 4"), never a bank's. "St." only after a name's first word ("St. Galler Kantonalbank" is Sankt).
 */
const STREET_WORD = /^(?:street|road|rd\.?|avenue|ave\.?|lane|square|strasse|straße|str\.|rue|via|viale|calle|avenida|rua|ulica|ul\.|plein|straat|laan|gade|gatan|vej|utca|ulice|strada)$/i;

/** Whether a name found reads as a street's ("Bank Street", "Bank St."): see STREET_WORD. */
function streetName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.some((w, i) => STREET_WORD.test(w) || (i > 0 && /^st\.?$/i.test(w)));
}

/**
 * A compound bank word that starts its line, with the one or two capitalised words after it that
 * end its column or come before the statement's title ("Kantonalbank Seeland Kontoauszug" ->
 * "Kantonalbank Seeland", "Kantonalbank Seeland Account Statement" too); `name` itself otherwise
 * ("Sparbank Transfer 12,00" keeps no word).
 */
function compoundWithPlace(name: string, text: string, at: number): string {
  if (!/^\p{Lu}[\p{L}-]*(?:bank(?:en)?|kasse)$/u.test(name) || text.slice(0, at).trim()) return name;
  // the words of its own column: a gap of three spaces or more starts the next
  const after = text.slice(at + name.length).trim().split(/\s{3,}/)[0].split(/\s+/).filter(Boolean);
  const words: string[] = [];
  for (const w of after) {
    if (TITLE_WORD.test(foldWord(w))) break;
    if (words.length === 3 || !/^\p{Lu}[\p{L}-]+$/u.test(w)) return name;
    words.push(w);
  }
  while (words.length && DANGLING.test(foldWord(words[words.length - 1]))) words.pop();
  return words.length && words.length <= 2 ? `${name} ${words.join(' ')}` : name;
}

/**
 * Every bank name a line's text prints, left to right, each with its spaces collapsed and cut at
 * a statement title (see `cutAtTitle`), also one that starts after the name's match ("Bank X
 * Berhad Account | Statement" -> "Bank X Berhad"), never a row of column headings (see
 * `columnHeadings`) nor a street ("1 Bank Street", see `streetName`), a compound bank word at a
 * line's start with the place after it (see `compoundWithPlace`), a name in capitals heading a
 * line, before a statement title or alone; [] when there is none.
 */
export function bankNamesIn(text: string): string[] {
  const out = namesAsCased(text);
  // (the head up to a statement title printed beside the name, "MAJU BANK BERHAD PENYATA AKAUN /
  // ACCOUNT STATEMENT": the title's words and slashes are no part of a shouted name)
  const first = text.trim().split(/\s{3,}/)[0];
  const head = cutAtTitle(first) || first;
  if (out.length || /\d/.test(text) || !SHOUTED.test(head)) return out;
  // a name printed in capitals at the head of a line with no figure ("THISTLE & MOOR BANK", "GREAT
  // LAKES CREDIT UNION"): read with its long words as a name is cased ("Thistle & Moor Bank"),
  // given back as printed; a row's "BANK TRANSFER" has figures beside it and is not read so. A
  // letterhead that starts with the name holds its words after it ("VISTULA BANK SPÓŁDZIELCZY":
  // the words a cased name would show by their case are all capitals here), up to five words
  const names = namesAsCased(head.replace(/\p{Lu}{4,}/gu, (w) => w[0] + w.slice(1).toLowerCase())).map((n) => n.toUpperCase());
  return names.map((n) => (head.startsWith(n) && head.split(/\s+/).length <= 5 ? head : n));
}

/** Words in capitals, two or more, nothing in lower case ("THISTLE & MOOR BANK"). */
const SHOUTED = /^(?=[^\p{Ll}]*$)\p{Lu}[\p{Lu}&.'-]*(?:\s+[\p{Lu}&.'-]+)+$/u;

/**
 * A capital I that OCR read as a lower-case l at the head of a bank name's word: a word after
 * "Bank of" (or "Banco de", "Banque du"...) or right before "Bank" that starts with "l" and a
 * consonant no word of our languages starts with ("Bank of lreland", "lrish Bank", "Bank of
 * lndia"). A place's word is capitalised; "l" then "r", "n", "s", "t"... starts none.
 */
const L_FOR_I = /(?<=\b(?:Bank|Banco|Banca|Banque|Banc)\s+(?:of|de|di|do|du|della|del|da)\s+)l(?=[bcdfghkmnpqrstvxz]\p{Ll})|\bl(?=[bcdfghkmnpqrstvxz]\p{Ll}+\s+Bank\b)/gu;

/** bankNamesIn on `text` as its letters are cased, an I read as l at a name's word put back (see L_FOR_I). */
function namesAsCased(printed: string): string[] {
  const text = printed.replace(L_FOR_I, 'I');
  const out: string[] = [];
  for (const m of text.matchAll(BANK_RE)) {
    const own = cutAtTitle(m[1].replace(/\s+/g, ' '));
    // a title that starts inside the name's last words ("Bank X Berhad Account Statement"): cut there
    const withRest = cutAtTitle((m[1] + text.slice(m.index + m[0].length)).replace(/\s+/g, ' '));
    const cut = withRest && withRest.length < own.length ? withRest : own;
    const name = cut === m[1].replace(/\s+/g, ' ') ? compoundWithPlace(cut, text, m.index) : cut;
    if (name && !columnHeadings(name, text.replace(/\s+/g, ' ')) && !streetName(name)) out.push(name);
  }
  return out;
}
