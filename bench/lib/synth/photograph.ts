/**
 * @module bench/lib/synth/photograph
 * Turns a rendered document (PNG/JPEG bytes) into a phone-photo-like JPEG: the page lies on a
 * wood-like textured, unevenly lit table, seen in perspective (each corner moved by up to
 * `skew` of the page size), with a soft drop shadow, a darker shadow band across part of the
 * page (a hand or the phone), a light fall-off towards one side, a slight blur, and JPEG
 * compression. Everything is drawn from the seed, so a seed always gives the same photo.
 *
 * The perspective is drawn here by inverse mapping with its own homography (8x8 linear solve)
 * and bilinear sampling, independently of the engine's OpenCV correction it is used to test.
 * Throws only when the input cannot be decoded.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { seeded } from './generate.ts';

export interface PhotoOptions {
  seed?: number;
  /** Largest corner displacement as a share of the page's width/height. Default 0.08. */
  skew?: number;
  /** Page's long side in the photo, px. Default 1500. */
  pageLongSide?: number;
  /** Shadow band darkness: the lit paper is multiplied by this inside the band. Default 0.55. */
  shadow?: number;
  /** JPEG quality 0-100. Default 82. */
  quality?: number;
}

type P = [number, number];

/**
 * The photo options bench:synth uses for document `seed` in language number `lang`: perspective
 * 6-14 % of the page, a shadow band at 0.45-0.65 of the light.
 */
export function synthPhotoOptions(seed: number, lang: number): PhotoOptions {
  const k = (seed * 7 + lang) % 5;
  return { seed: seed * 31 + lang, skew: 0.06 + k * 0.02, shadow: 0.65 - (k % 3) * 0.1 };
}

/** The 3x3 homography (row-major, h33 = 1) taking `from[i]` to `to[i]` for four points. */
export function homography(from: P[], to: P[]): number[] {
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i], [u, v] = to[i];
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
    [a[c], a[p]] = [a[p], a[c]];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let k = c; k < 9; k++) a[r][k] -= f * a[c][k];
    }
  }
  return [...a.map((row, i) => row[8] / row[i]), 1];
}

/** A phone-photo-like JPEG of the document in `doc`. */
export async function photograph(doc: Buffer, opts: PhotoOptions = {}): Promise<Buffer> {
  const r = seeded((opts.seed ?? 1) ^ 0x9e3779b9);
  const img = await loadImage(doc);
  const long = opts.pageLongSide ?? 1500;
  const s = long / Math.max(img.width, img.height);
  const pw = Math.round(img.width * s), ph = Math.round(img.height * s);
  const pc = createCanvas(pw, ph);
  const pg = pc.getContext('2d');
  pg.drawImage(img, 0, 0, pw, ph);
  const page = pg.getImageData(0, 0, pw, ph).data;

  // frame: the page with a margin of table around it
  const sk = opts.skew ?? 0.08;
  const W = Math.round(pw * (1.25 + 2 * sk + r() * 0.2)), H = Math.round(ph * (1.12 + 2 * sk + r() * 0.15));
  const ox = (W - pw) / 2, oy = (H - ph) / 2;
  const jit = (): P => [(r() * 2 - 1) * sk * pw, (r() * 2 - 1) * sk * ph];
  const corners: P[] = [[0, 0], [pw, 0], [pw, ph], [0, ph]];
  const quad: P[] = corners.map(([x, y]) => { const [dx, dy] = jit(); return [x + ox + dx, y + oy + dy]; });
  const inv = homography(quad, corners); // photo px -> page px

  // the table: a brown gradient with grain, lit from one corner
  const frame = createCanvas(W, H);
  const g = frame.getContext('2d');
  const grad = g.createLinearGradient(0, 0, W, H);
  grad.addColorStop(0, `rgb(${120 + Math.floor(r() * 40)},${80 + Math.floor(r() * 30)},${50 + Math.floor(r() * 20)})`);
  grad.addColorStop(1, `rgb(${60 + Math.floor(r() * 30)},${40 + Math.floor(r() * 20)},${25 + Math.floor(r() * 15)})`);
  g.fillStyle = grad;
  g.fillRect(0, 0, W, H);
  for (let i = 0; i < H; i += 3 + Math.floor(r() * 6)) {
    g.strokeStyle = `rgba(${r() < 0.5 ? '30,15,5' : '200,160,120'},${0.05 + r() * 0.12})`;
    g.lineWidth = 1 + r() * 2;
    g.beginPath();
    g.moveTo(0, i);
    g.bezierCurveTo(W / 3, i + (r() - 0.5) * 30, (2 * W) / 3, i + (r() - 0.5) * 30, W, i + (r() - 0.5) * 20);
    g.stroke();
  }
  // soft drop shadow under the page
  g.save();
  g.shadowColor = 'rgba(0,0,0,0.6)';
  g.shadowBlur = 25;
  g.shadowOffsetX = 12;
  g.shadowOffsetY = 16;
  g.fillStyle = 'rgba(40,30,20,1)';
  g.beginPath();
  quad.forEach(([x, y], i) => (i ? g.lineTo(x, y) : g.moveTo(x, y)));
  g.closePath();
  g.fill();
  g.restore();

  // the page, warped, lit unevenly, with a shadow band
  const out = g.getImageData(0, 0, W, H);
  const d = out.data;
  const bandA = r() * Math.PI, bandC = 0.3 + r() * 0.4, dark = opts.shadow ?? 0.55;
  const nx = Math.cos(bandA), ny = Math.sin(bandA);
  const lightX = r() < 0.5 ? 0 : W;
  const [a, b, c, dd, e, f, gg, h] = inv;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const w = gg * x + h * y + 1;
      const u = (a * x + b * y + c) / w, v = (dd * x + e * y + f) / w;
      if (u < 0 || v < 0 || u > pw - 1 || v > ph - 1) continue;
      const x0 = Math.floor(u), y0 = Math.floor(v), tx = u - x0, ty = v - y0;
      const x1 = Math.min(pw - 1, x0 + 1), y1 = Math.min(ph - 1, y0 + 1);
      // shadow band across the page: its edge is soft over ~4 % of the page
      const t = ((u / pw - 0.5) * nx + (v / ph - 0.5) * ny) - (bandC - 0.5);
      const shade = t > 0 ? Math.max(dark, 1 - (1 - dark) * Math.min(1, t / 0.04)) : 1;
      const fall = 1 - 0.25 * Math.abs(x - lightX) / W;
      const o = (y * W + x) * 4;
      for (let k = 0; k < 3; k++) {
        const p00 = page[(y0 * pw + x0) * 4 + k], p10 = page[(y0 * pw + x1) * 4 + k];
        const p01 = page[(y1 * pw + x0) * 4 + k], p11 = page[(y1 * pw + x1) * 4 + k];
        const val = (p00 * (1 - tx) + p10 * tx) * (1 - ty) + (p01 * (1 - tx) + p11 * tx) * ty;
        const tint = k === 2 ? 0.93 : k === 1 ? 0.97 : 1; // warm indoor light
        d[o + k] = val * shade * fall * tint;
      }
    }
  }
  g.putImageData(out, 0, 0);
  // slight blur: down and up again
  const small = createCanvas(Math.round(W * 0.7), Math.round(H * 0.7));
  small.getContext('2d').drawImage(frame, 0, 0, small.width, small.height);
  const final = createCanvas(W, H);
  final.getContext('2d').drawImage(small, 0, 0, W, H);
  return final.encode('jpeg', opts.quality ?? 82);
}
