/**
 * @module test/helpers/make-text-pdf
 * A text-layer PDF from rows of text, in any script DejaVu Sans covers (zł, ₹, R$, €, Kč...),
 * for tests of formats and languages: `makeTextPdf({ pages: [[...rows]] })`.
 *
 * A row is a string whose cells are separated by `|`: the first cell starts at the left margin,
 * the others are right-aligned to the right-most columns (`columns`, right edges in points), so
 * figures stand under each other as in a printed table. A row without `|` is one left cell.
 * Rows are 1.6 font sizes apart (16 points at the default 10) on an A4 page or `page`; `wide` rows (starting with `#`) are bold. Fonts are
 * embedded through @pdf-lib/fontkit from the system's DejaVu Sans (Debian `fonts-dejavu-core`,
 * which the image tests need too). Throws when the font file is missing.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';

export interface TextPdfOptions {
  pages: string[][];
  /** Right edges of the figure columns, left to right (points; A4 is 595 wide). */
  columns?: number[];
  fontSize?: number;
  /** Page width and height in points (default A4, 595 x 842); an 80 mm till roll is 227 wide. */
  page?: [number, number];
  /** Left margin in points (default 50). */
  margin?: number;
}

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

export async function makeTextPdf(opts: TextPdfOptions): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(readFileSync(FONT), { subset: true });
  const bold = await pdf.embedFont(readFileSync(BOLD), { subset: true });
  const size = opts.fontSize ?? 10;
  const columns = opts.columns ?? [330, 420, 545];
  for (const rows of opts.pages) {
    const [pw, ph] = opts.page ?? [595, 842];
    const page = pdf.addPage([pw, ph]);
    let y = ph - 52;
    for (const raw of rows) {
      const font = raw.startsWith('#') ? bold : regular;
      const cells = raw.replace(/^#/, '').split('|');
      if (cells[0]) page.drawText(cells[0], { x: opts.margin ?? 50, y, size, font, color: rgb(0, 0, 0) });
      const rest = cells.slice(1);
      rest.forEach((c, i) => {
        if (!c) return;
        const right = columns[columns.length - rest.length + i];
        page.drawText(c, { x: right - font.widthOfTextAtSize(c, size), y, size, font, color: rgb(0, 0, 0) });
      });
      y -= size * 1.6;
    }
  }
  return Buffer.from(await pdf.save());
}
