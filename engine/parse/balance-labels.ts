/**
 * @module engine/parse/balance-labels
 * The labels of a statement's opening and closing balance in the languages served (EN DE FR ES
 * IT PT NL PL) and the Czech, Slovak, Croatian, Slovene, Baltic, Nordic, Finnish, Hungarian and Romanian ones, as phrases (matched
 * with ./lines.ts `keyword`: case, accents and a Polish ł misread as l are ignored). One list
 * for both the classifier (../classify/evidence.ts: balance words say "statement") and the
 * statement extraction (../extract/statement-table.ts: the lines that open and close the table,
 * never rows), so a label the extraction knows is never one the classifier misses: the Swiss
 * "Anfangssaldo" / "Schlusssaldo" page was an invoice because only the extraction knew the
 * closing one. German writes them joined, hyphenated ("Schluss-Saldo") or split ("Saldo
 * Vortrag"); each form is listed. Pure data.
 */

/** Opening balance: the figure the period starts from ("Opening balance", "Anfangssaldo", "Saldo inicial"). */
export const OPENING_LABELS: readonly string[] = [
  // EN
  'opening balance', 'balance brought forward', 'brought forward', 'previous balance', 'starting balance', 'balance forward', 'beginning balance',
  'opening bal', 'balance b/f', 'start balance',
  // DE (and Swiss German)
  'alter kontostand', 'anfangssaldo', 'anfangs-saldo', 'alter saldo', 'saldo alt', 'kontostand alt', 'saldo vortrag', 'saldovortrag', 'saldo-vortrag', 'vortragssaldo',
  'eröffnungssaldo', 'eröffnungs-saldo', 'anfangsbestand',
  // FR
  'ancien solde', 'solde initial', 'solde précédent', "solde d'ouverture", 'solde d’ouverture', 'solde de départ', 'solde de début',
  // ES, IT, PT
  'saldo inicial', 'saldo anterior', 'saldo de apertura', 'saldo iniziale', 'saldo precedente', 'saldo di apertura', 'saldo de abertura',
  // NL
  'beginsaldo', 'oud saldo', 'vorig saldo', 'vorige saldo', 'openingssaldo', 'aanvangssaldo',
  // PL
  'saldo początkowe', 'saldo poprzednie', 'saldo otwarcia', 'saldo na początek', 'saldo na początku', 'stan początkowy',
  // CS DA NO SV FI HU RO
  'počáteční zůstatek', 'počáteční stav', 'primo saldo', 'primosaldo', 'ingående saldo', 'inngående saldo',
  'alkusaldo', 'nyitó egyenleg', 'nyitóegyenleg', 'sold inițial', 'sold initial', 'sold anterior',
  // SK HR SL LT LV ET (a fresh tester's Croatian statement: "Početno stanje" was not read, so it did not reconcile)
  'počiatočný zostatok', 'počiatočný stav', 'početno stanje', 'prethodno stanje', 'začetno stanje', 'prejšnje stanje',
  'pradinis likutis', 'sākuma atlikums', 'algsaldo', 'alguse saldo',
];

/** Closing balance: the figure the period ends on ("Closing balance", "Schlusssaldo", "Saldo final"). */
export const CLOSING_LABELS: readonly string[] = [
  // EN
  'closing balance', 'balance carried forward', 'carried forward', 'new balance', 'ending balance', 'closing bal', 'balance c/f', 'end balance',
  // DE (and Swiss German)
  'neuer kontostand', 'endsaldo', 'end-saldo', 'schlusssaldo', 'schluss-saldo', 'schlußsaldo', 'abschlusssaldo', 'saldo neu', 'neuer saldo', 'kontostand neu', 'endbestand',
  // FR
  'nouveau solde', 'solde final', 'solde de clôture', 'solde de fin',
  // ES, IT, PT
  'saldo final', 'saldo de cierre', 'saldo al corte', 'saldo actual al corte', 'nuevo saldo', 'saldo finale', 'saldo di chiusura', 'nuovo saldo', 'saldo de fecho', 'saldo de encerramento', 'novo saldo',
  // NL
  'eindsaldo', 'nieuw saldo', 'slotsaldo', 'afsluitsaldo',
  // PL
  'saldo końcowe', 'saldo zamknięcia', 'saldo na koniec', 'stan końcowy',
  // CS DA NO SV FI HU RO
  'konečný zůstatek', 'konečný stav', 'ultimo saldo', 'ultimosaldo', 'utgående saldo', 'loppusaldo', 'záró egyenleg', 'záróegyenleg', 'sold final',
  // SK HR SL LT LV ET
  'konečný zostatok', 'záverečný zostatok', 'završno stanje', 'novo stanje', 'končno stanje',
  'galutinis likutis', 'beigu atlikums', 'lõppsaldo', 'lõpusaldo',
];
