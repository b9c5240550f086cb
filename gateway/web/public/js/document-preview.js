/**
 * The document beside its result: PDF pages rendered in the browser by pdf.js (served from the
 * installed pdfjs-dist), images as they are, TIFF as "no preview" (browsers cannot show it), an
 * e-invoice XML as its text.
 * Over each page lies an SVG in the units the engine measured boxes in (`result_data.pageSizes`:
 * PDF points or the pixels OCR saw), so boxes land right whatever size the page is shown at.
 */
import { h, svg } from './dom.js';

const MAX_PAGES = 10;

/**
 * Loads the document at `url` into `container`.
 * @returns {Promise<{frames: Array<{page: number, overlay: SVGSVGElement, width: number, height: number}>, kind: string}>}
 */
export async function loadPreview(container, url, filename) {
  container.replaceChildren(h('p', { class: 'muted' }, 'Loading the document…'));
  let bytes;
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(String(res.status));
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch {
    container.replaceChildren(h('p', { class: 'muted' }, 'The document could not be loaded for a preview; download the original instead.'));
    return { frames: [], kind: 'none' };
  }
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head.startsWith('%PDF')) return renderPdf(container, bytes);
  if (isXml(bytes)) {
    // An e-invoice XML has no page: its text is shown as text (never as markup).
    const text = new TextDecoder().decode(bytes.subarray(0, 200_000));
    container.replaceChildren(h('p', { class: 'muted' }, `An e-invoice XML (${filename}): its values are read from the XML itself.`), h('pre', { class: 'xml' }, text));
    return { frames: [], kind: 'xml' };
  }
  if (head.startsWith('II*') || head.startsWith('MM\u0000*')) {
    container.replaceChildren(h('p', { class: 'muted' }, `No preview for TIFF files (${filename}); download the original to see it.`));
    return { frames: [], kind: 'tiff' };
  }
  const img = h('img', { alt: `The uploaded document ${filename}`, src: URL.createObjectURL(new Blob([bytes])) });
  await img.decode().catch(() => {});
  const frame = pageFrame(img, img.naturalWidth, img.naturalHeight, 1);
  container.replaceChildren(frame.el);
  return { frames: [frame], kind: 'image' };
}

/** XML (an e-invoice: the only XML the service accepts): `<` first, after a BOM and blanks. */
function isXml(bytes) {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3c || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

async function renderPdf(container, bytes) {
  const pdfjs = await import('/app/vendor/pdf.min.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = '/app/vendor/pdf.worker.min.mjs';
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
  const frames = [];
  container.replaceChildren();
  for (let p = 1; p <= Math.min(doc.numPages, MAX_PAGES); p++) {
    const page = await doc.getPage(p);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: Math.min(3, 1400 / base.width) });
    const canvas = h('canvas', { width: Math.round(viewport.width), height: Math.round(viewport.height), role: 'img', 'aria-label': `Page ${p} of the document` });
    await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
    const frame = pageFrame(canvas, base.width, base.height, p);
    frames.push(frame);
    container.append(frame.el);
  }
  if (doc.numPages > MAX_PAGES) container.append(h('p', { class: 'muted' }, `Showing the first ${MAX_PAGES} of ${doc.numPages} pages.`));
  return { frames, kind: 'pdf' };
}

function pageFrame(media, width, height, page) {
  const overlay = svg('svg', { class: 'overlay', viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: 'none', 'aria-hidden': 'true' });
  const el = h('div', { class: 'page' }, media);
  el.append(overlay);
  return { el, overlay, width, height, page };
}

/**
 * Draws a box for each field of `resultData.fields` that has one, on the frame of its page.
 * Each rect carries `data-field` (the field's key) for the hover link with the fields table.
 */
export function drawBoxes(preview, resultData) {
  const sizes = new Map((resultData?.pageSizes ?? []).map((s) => [s.page, s]));
  for (const f of preview.frames) f.overlay.replaceChildren();
  for (const [key, ev] of Object.entries(resultData?.fields ?? {})) {
    if (!ev?.box) continue;
    const size = sizes.get(ev.page ?? 1);
    // An image is one frame; a side-by-side part is placed by its origin within it.
    const frame = preview.kind === 'image' ? preview.frames[0] : preview.frames.find((f) => f.page === (ev.page ?? 1));
    if (!frame) continue;
    const unitW = size?.image?.width ?? size?.width ?? frame.width;
    const unitH = size?.image?.height ?? size?.height ?? frame.height;
    frame.overlay.setAttribute('viewBox', `0 0 ${unitW} ${unitH}`);
    const ox = size?.origin?.x ?? 0;
    const oy = size?.origin?.y ?? 0;
    const rect = svg('rect', { x: ev.box.x + ox, y: ev.box.y + oy, width: ev.box.w, height: ev.box.h, class: 'box', 'data-field': key });
    const title = svg('title');
    title.textContent = `${key}: ${ev.value}`;
    rect.append(title);
    frame.overlay.append(rect);
  }
}
