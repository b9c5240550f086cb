/**
 * @module engine/extract/date-into-amount
 * A "date" the date finder reads across an item row's figures: a word that is also a month's
 * short name ("set", Italian and Portuguese for September) before a quantity and a unit price
 * ("Remblokken set  12  14,95  21%  179,40" read as 12 September 2014). Its last number is the
 * whole part of an amount ("14" of "14,95"), so it is no year and the row prints no date.
 * Source: a fresh tester's Dutch invoice, whose brake-pad row was dropped as a date line.
 */

/** Whether the date `d` found in `text` (its character span) ends inside an amount: its last digits go on with a decimal mark and a digit ("14,95"). */
export function dateIntoAmount(text: string, d: { start: number; end: number }): boolean {
  return /\d$/.test(text.slice(d.start, d.end)) && /^[.,]\d/.test(text.slice(d.end));
}
