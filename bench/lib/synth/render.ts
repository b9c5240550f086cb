/**
 * @module bench/lib/synth/render
 * Renders a synthetic document's rows (cells separated by `|`, see ./generate.ts) to a text PDF
 * (pdf-lib with DejaVu Sans embedded through @pdf-lib/fontkit, so any Latin script and currency
 * sign prints) or to a PNG photo-like image (@napi-rs/canvas: a slight rotation, grey paper and
 * speckle noise drawn from the seed). Rows starting with `#` are bold. Throws when the DejaVu
 * font file is missing (Debian `fonts-dejavu-core`).
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { createCanvas } from '@napi-rs/canvas';
import { seeded } from './generate.ts';

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
/** Right edges of the figure columns on an A4 page (points). */
const COLUMNS = [330, 420, 545];

export async function renderPdf(pages: string[][]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(readFileSync(FONT), { subset: true });
  const bold = await pdf.embedFont(readFileSync(BOLD), { subset: true });
  for (const rows of pages) {
    const page = pdf.addPage([595, 842]);
    let y = 790;
    for (const raw of rows) {
      const font = raw.startsWith('#') ? bold : regular;
      const cells = raw.replace(/^#/, '').split('|');
      if (cells[0]) page.drawText(cells[0], { x: 50, y, size: 10, font, color: rgb(0, 0, 0) });
      const rest = cells.slice(1);
      rest.forEach((c, i) => {
        if (c) page.drawText(c, { x: COLUMNS[COLUMNS.length - rest.length + i] - font.widthOfTextAtSize(c, 10), y, size: 10, font, color: rgb(0, 0, 0) });
      });
      y -= 16;
    }
  }
  return Buffer.from(await pdf.save());
}

/** The first page as a PNG at about 150 dpi, with a rotation of up to `maxDeg` degrees and speckles. */
export async function renderImage(pages: string[][], seed: number, maxDeg = 1.5): Promise<Buffer> {
  const r = seeded(seed ^ 0x5eed);
  const rows = pages[0];
  const scale = 2; // points -> pixels
  const w = 595 * scale, h = Math.max(400, (rows.length * 16 + 120) * scale);
  const canvas = createCanvas(w, h);
  const g = canvas.getContext('2d');
  g.fillStyle = `rgb(${235 + Math.floor(r() * 20)},${235 + Math.floor(r() * 20)},${230 + Math.floor(r() * 20)})`;
  g.fillRect(0, 0, w, h);
  g.translate(w / 2, h / 2);
  g.rotate(((r() * 2 - 1) * maxDeg * Math.PI) / 180);
  g.translate(-w / 2, -h / 2);
  g.fillStyle = '#111';
  let y = 60 * scale;
  for (const raw of rows) {
    g.font = `${raw.startsWith('#') ? 'bold ' : ''}${10 * scale}px "DejaVu Sans"`;
    const cells = raw.replace(/^#/, '').split('|');
    if (cells[0]) g.fillText(cells[0], 50 * scale, y);
    const rest = cells.slice(1);
    rest.forEach((c, i) => {
      if (c) g.fillText(c, COLUMNS[COLUMNS.length - rest.length + i] * scale - g.measureText(c).width, y);
    });
    y += 16 * scale;
  }
  g.setTransform(1, 0, 0, 1, 0, 0);
  for (let i = 0; i < (w * h) / 400; i++) {
    g.fillStyle = r() < 0.5 ? 'rgba(0,0,0,0.35)' : 'rgba(255,255,255,0.6)';
    g.fillRect(Math.floor(r() * w), Math.floor(r() * h), 1 + Math.floor(r() * 2), 1 + Math.floor(r() * 2));
  }
  return canvas.encode('png');
}
