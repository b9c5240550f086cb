/**
 * A card number printed masked but for its last four digits, as a card slip names the card paid
 * with and a card statement names its account: groups of digits or of mask characters (X, *, •,
 * ·, or the dots a scan reads for bullets), at least one group masked, ending in four digits
 * ("**** 1234", "XXXX XXXX XXXX 4821", "4364 •••• •••• 1187", "4364........1187", "••••1234",
 * "**1234"). The card's first digits may be printed (an issuer number of four to six digits, as
 * PCI DSS 3.4 allows the first six and last four to show). A regular-expression source without
 * flags or groups that capture, for other patterns to embed.
 */
export const MASKED_CARD_SOURCE = String.raw`(?:\d{4,6}|[Xx*•·]{2,})(?:[\s-]?(?:[Xx*•·.]{2,}|\d{4}))*?[\s-]?(?<=[Xx*•·.][\s-]?)\d{4}(?!\d)`;

/** MASKED_CARD_SOURCE found anywhere in a text. */
export const MASKED_CARD: RegExp = new RegExp(MASKED_CARD_SOURCE);
