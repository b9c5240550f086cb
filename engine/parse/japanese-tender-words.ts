/**
 * @module engine/parse/japanese-tender-words
 * A Japanese till's payment lines under its total, "合計 ¥928": the money handed over, お預り /
 * お預かり ("received in trust", also 預り / 預かり / 預り金) or 現金 (cash), and the change
 * handed back, お釣り / お釣 / おつり / 釣銭 / 釣り銭 / お返し. They are payments, never the total: the
 * cash less the change confirms or gives the total, as "Cash" and "Change" do on an English slip
 * (../extract/receipt-total.ts), and neither is an item. Kana and kanji print no spaces between
 * words, so a word counts only where no other letter is glued before or after it ("お預り合計" is
 * another word; ../parse/lines.ts keyword applies the bounds). Also the forms an OCR trained on
 * Chinese reads: 预 for 預, 钓 for 釣, 现 for 現 (the simplified forms).
 */

/** The money handed over (see the module comment). */
export const JAPANESE_TENDERED = ['お預り', 'お預かり', '預り', '預かり', '預り金', 'お预り', 'お预かり', '现金', '現金'];
/** The change handed back (see the module comment). */
export const JAPANESE_CHANGE = ['お釣り', 'お釣', 'おつり', '釣銭', '釣り銭', 'お返し', 'お钓り', 'お钓', '钓銭', '钓钱'];
