/**
 * @module bench/lib/synth/render
 * Renders a synthetic document's rows (cells separated by `|`, see ./generate.ts) to a text PDF
 * (pdf-lib with DejaVu Sans embedded through @pdf-lib/fontkit, so any Latin script and currency
 * sign prints) or to a PNG photo-like image (@napi-rs/canvas: a slight rotation, grey paper and
 * speckle noise drawn from the seed). Rows starting with `#` are bold; rows starting with `~` are
 * small grey print (a statement row's wrapped reference line, at 80 % of the size). Throws when
 * the DejaVu font file is missing (Debian `fonts-dejavu-core`).
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { createCanvas } from '@napi-rs/canvas';
import { seeded } from './generate.ts';

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
/** A row that sends the rows after it to the bottom of the page (an invoice's footer). */
export const FOOTER = '\u0000footer';

/** Right edges of the figure columns on an A4 page (points). */
const COLUMNS = [330, 420, 545];

/** Where rows go on a page: A4, or an 80 mm till roll as long as its rows. */
interface Sheet { width: number; height: number; margin: number; top: number; size: number; lead: number; columns: number[] }
function sheet(rows: number, narrow: boolean): Sheet {
  return narrow
    ? { width: 227, height: Math.max(300, rows * 11 + 50), margin: 10, top: 25, size: 8, lead: 11, columns: [125, 170, 217] }
    : { width: 595, height: 842, margin: 50, top: 52, size: 10, lead: 16, columns: COLUMNS };
}

/** The rows as a text PDF: an A4 page per page, or (narrow) a till roll as long as its rows. */
export async function renderPdf(pages: string[][], narrow = false): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(readFileSync(FONT), { subset: true });
  const bold = await pdf.embedFont(readFileSync(BOLD), { subset: true });
  for (const rows of pages) {
    const sh = sheet(rows.length, narrow);
    const page = pdf.addPage([sh.width, sh.height]);
    let y = sh.height - sh.top;
    for (const [k, raw] of rows.entries()) {
      if (raw === FOOTER) { y = sh.top + (rows.length - k - 1) * sh.lead; continue; }
      const font = raw.startsWith('#') ? bold : regular;
      const small = raw.startsWith('~');
      const size = small ? sh.size * 0.8 : sh.size, color = small ? rgb(0.45, 0.45, 0.45) : rgb(0, 0, 0);
      const cells = raw.replace(/^[#~]/, '').split('|');
      if (cells[0]) page.drawText(cells[0], { x: sh.margin, y, size, font, color });
      const rest = cells.slice(1);
      rest.forEach((c, i) => {
        if (c) page.drawText(c, { x: sh.columns[sh.columns.length - rest.length + i] - font.widthOfTextAtSize(c, size), y, size, font, color });
      });
      y -= sh.lead;
    }
  }
  return Buffer.from(await pdf.save());
}

/**
 * The first page as a PNG (A4 at about 150 dpi, a till roll at about 230 dpi), with a rotation of
 * up to `maxDeg` degrees and speckles; `photo` adds a light blur and uneven lighting (a phone
 * photo of the page rather than a scan).
 */
export async function renderImage(pages: string[][], seed: number, maxDeg = 1.5, narrow = false, photo = false): Promise<Buffer> {
  const r = seeded(seed ^ 0x5eed);
  const rows = pages[0];
  const sh = sheet(rows.length, narrow);
  const scale = narrow ? 3.2 : 2; // points -> pixels
  const w = Math.round(sh.width * scale), h = Math.round((rows.includes(FOOTER) ? sh.height : Math.max(400 / scale, rows.length * sh.lead + 2 * sh.top + 20)) * scale);
  const canvas = createCanvas(w, h);
  const g = canvas.getContext('2d');
  g.fillStyle = `rgb(${235 + Math.floor(r() * 20)},${235 + Math.floor(r() * 20)},${230 + Math.floor(r() * 20)})`;
  g.fillRect(0, 0, w, h);
  g.translate(w / 2, h / 2);
  g.rotate(((r() * 2 - 1) * maxDeg * Math.PI) / 180);
  g.translate(-w / 2, -h / 2);
  g.fillStyle = '#111';
  if (photo) g.filter = `blur(${(0.4 + r() * 0.5).toFixed(2)}px)`;
  let y = (sh.top + sh.size) * scale;
  for (const [k, raw] of rows.entries()) {
    if (raw === FOOTER) { y = h - (sh.top + (rows.length - k - 1) * sh.lead) * scale; continue; }
    const small = raw.startsWith('~');
    g.font = `${raw.startsWith('#') ? 'bold ' : ''}${sh.size * scale * (small ? 0.8 : 1)}px "DejaVu Sans"`;
    g.fillStyle = small ? '#777' : '#111';
    const cells = raw.replace(/^[#~]/, '').split('|');
    if (cells[0]) g.fillText(cells[0], sh.margin * scale, y);
    const rest = cells.slice(1);
    rest.forEach((c, i) => {
      if (c) g.fillText(c, sh.columns[sh.columns.length - rest.length + i] * scale - g.measureText(c).width, y);
    });
    y += sh.lead * scale;
  }
  g.filter = 'none';
  if (photo) {
    // uneven lighting: a shadow falling across one corner
    const grad = g.createLinearGradient(0, 0, w, h);
    grad.addColorStop(0, 'rgba(0,0,0,0)');
    grad.addColorStop(1, `rgba(40,30,20,${(0.15 + r() * 0.2).toFixed(2)})`);
    g.fillStyle = grad;
    g.fillRect(0, 0, w, h);
  }
  g.setTransform(1, 0, 0, 1, 0, 0);
  for (let i = 0; i < (w * h) / 400; i++) {
    g.fillStyle = r() < 0.5 ? 'rgba(0,0,0,0.35)' : 'rgba(255,255,255,0.6)';
    g.fillRect(Math.floor(r() * w), Math.floor(r() * h), 1 + Math.floor(r() * 2), 1 + Math.floor(r() * 2));
  }
  return canvas.encode('png');
}
