/**
 * @module engine/extract/postal-lines
 * The lines of a postal address as our languages print them (EN DE FR ES IT PT NL PL): a street
 * line, a house number's line with no street word, a postcode and town line, and the contact
 * lines (phone, website, e-mail, BIC) that close an organisation's block. Shared by the
 * statement's holder readers (bank-statement.ts, holder-right-block.ts).
 */

/**
 * A street line ("7 Wattle Street", "Elm Street 4", "Hauptstraße 5", "ul. Długa 3", "Via Roma 12"),
 * a flat, apartment, unit or house number first ("Flat 302, Shanti Apartments, Kothrud", as Indian
 * and British addresses start) or a postcode with a town; the Spanish and Portuguese "Av." and
 * "Avda." abbreviate "avenida".
 */
export const STREET = /\b(?:flat|apt|apartment|unit|suite|house\s+no|plot\s+no)\.?\s*\d+[a-z]?\b|\b\d+[a-z]?\s+\p{L}[\p{L} .'-]*\b(?:street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|place|court|crescent|square)\b|\b(?:street|road|avenue|lane|drive|place|court|square)\s+\d+[a-z]?\b|\b\p{L}+(?:straße|strasse|str\.|weg|gasse|platz|laan|straat|gracht|plein)\s*\d+|\b\d+\s+\p{L}*(?:straße|strasse|weg|gasse|platz|laan|straat)\b|\b(?:rue|avenue|boulevard|calle|avenida|avda\.|av\.|via|viale|piazza|rua|ul\.|al\.)\s+\p{L}|\b\d{2}-\d{3}\s+\p{L}|\b\d{4,5}\s+\p{Lu}\p{L}+/iu;

/**
 * A house number's line as our languages print it with no street word ("Długa 14", "C/ Mayor 5,
 * 2º", "Kerkstraat 12", "14 Baker St"): a few words and a number of at most four digits, first or last;
 * a Spanish floor may be followed by its door ("C/ Colón 33, 4º B", "2º izda.", "3º 1ª": a fresh
 * tester's statement, whose holder over such a line went unread).
 */
export const HOUSE_NUMBER_LINE = /^(?:\d{1,4}[a-z]?,?\s+\p{L}[\p{L}\s.'/-]{1,40}|\p{L}[\p{L}\s.'/-]{1,40}\s\d{1,4}[a-z]?(?:\s*[,/-]\s*\d{0,3}\s*(?:[º°ª]\w{0,4}(?:\s+(?:\p{L}{1,5}\.?|\d{1,2}\s*[º°ª]))?|\w{0,4}))?)$/iu;
/**
 * A postcode and town line of our languages' addresses: "30-001 Kraków", "1100-053 Lisboa",
 * "1017 GC Amsterdam", "80331 München", "20121 Milano MI", "London NW1 6XE".
 */
export const POSTCODE_TOWN = /^(?:(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{4}\s?[A-Z]{2}|\d{4,5})\s+\p{Lu}|\p{Lu}[\p{L} -]+\s[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$)/u;

/** A way to reach an organisation: a phone or fax label, a website, an e-mail address, a BIC. */
export const CONTACT = /\b(?:tel|tél|phone|telephone|telefon|telefono|teléfono|fax|hotline|call us|www)\b\.?|https?:\/\/|@|\b[\w-]+\.(?:com|co\.uk|co|de|fr|es|it|pt|nl|pl|eu|my|sg|com\.my|com\.sg|net|org)\b|\b(?:bic|swift)\b/iu;
