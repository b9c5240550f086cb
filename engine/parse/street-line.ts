/**
 * @module engine/parse/street-line
 * Whether a line opens with a street and its house number (an address's first line, never a
 * name): shared by the supplier rules (../extract/supplier.ts and its neighbours) and the
 * classifier (../classify/evidence.ts counts a seller's and a buyer's address).
 */

/**
 * A street and house number, the first line of an address and never a name: "Marktplatz 3",
 * "Hauptstraße 12a", "Dorpsplein 5", "Via Roma 12", "Plaza España 3", "ul. Długa 3",
 * "45 avenue Jean Jaurès", "Market Square 1" (a street's name before its number, as continental
 * addresses print it in English), and the English house number, compass point, street and its kind
 * ("2210 W Commerce St", "14 High Street", "Shop 4, 112 Sydney Rd", "Unit 3/15 King Pde", "Shop 4, MG Road": a
 * fresh tester's US, UK and Australian receipts, whose bold name above had no shop word and lost
 * to it). Only the whole line's start is tested.
 */
export const STREET_LINE = /^\W*(?:(?:shop|unit|suite|ste\.?|store|level|lvl)\s*\d{1,4}[a-z]?\s*[,/]\s*(?:\d{1,5}[a-z]?\s+)?(?:[\p{L}'.-]+\s+){1,3}(?:st|street|rd|road|ave|avenue|marg|nagar|lane|ln|way|hwy|highway)\b|(?:(?:shop|unit|suite|ste\.?|store|level|lvl)\s*\d{1,4}[a-z]?\s*[,/]\s*)?\d{1,5}[a-z]?(?:-\d{1,5})?\s+(?:[NSEW]\.?\s+|(?:north|south|east|west)\s+)?(?:[\p{L}'.-]+\s+){1,3}(?:st|street|rd|road|ave|avenue|blvd|boulevard|dr|drive|ln|lane|way|hwy|highway|pkwy|parkway|ct|court|pl|place|sq|square|ter|terrace|cres|crescent|pde|parade|cir|circle|tce|esplanade)\b\.?|\p{L}*(?:straße|strasse|str\.|weg|allee|platz|gasse|damm|ufer|straat|laan|gracht|plein|kade)\s*\d{1,4}[a-z]?\b|(?:[\p{L}'.-]+\s+){1,2}(?:street|road|square|lane|avenue|place|row|terrace)\s+\d{1,4}[a-z]?\s*(?:,|$)|(?:rue|avenue|boulevard|calle|avenida|via|viale|corso|piazza|plaza|rua|praça|largo|ul\.?|al\.)\s+\p{L}[\p{L} .'-]*\s\d{1,4}[a-z]?\b|\d{1,4}[a-z]?,?\s+(?:rue|avenue|boulevard|bd|chemin|place|allée|via|calle)\b)/iu;
