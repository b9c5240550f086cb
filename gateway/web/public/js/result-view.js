/**
 * The result of one request: its document with the fields' boxes, the fields (value,
 * confidence, printed or derived), the validation outcome and the missing mandatory fields,
 * the arithmetic checks, line items or statement rows, copy as JSON or TOON, the original
 * for download, and binding a transaction id. Hovering or focusing a field lights its box and
 * the reverse.
 */
import { encode } from '/app/vendor/toon.mjs';
import { h, toast, when } from './dom.js';
import { drawBoxes, loadPreview } from './document-preview.js';

let mandatory = null;
fetch('/app/mandatory-fields.json').then((r) => r.json()).then((m) => (mandatory = m)).catch(() => {});

/** The preview of the request on screen, kept across re-renders of the rest. */
let shown = { id: null, url: null, el: null, preview: null };

/**
 * Renders `rec` into `body`.
 * @param {HTMLElement} body
 * @param {any} rec the page's record of a request
 * @param {{bind: (id: string, txn: string) => Promise<void>}} actions
 */
export function renderResult(body, rec, actions) {
  const docUrl = rec.documentUrl;
  if (shown.id !== rec.id || shown.url !== docUrl) {
    shown = { id: rec.id, url: docUrl, el: h('div', { class: 'preview' }), preview: null };
    if (docUrl) {
      const mine = shown;
      loadPreview(mine.el, docUrl, rec.filename).then((p) => {
        mine.preview = p;
        if (shown === mine) drawBoxes(p, mine.resultData);
      });
    }
  }
  shown.resultData = rec.resultData;
  if (shown.preview) drawBoxes(shown.preview, rec.resultData);

  // Keep what the reader is typing in the transaction id across a redraw of the same request.
  const typing = body.dataset.id === rec.id ? body.querySelector('#txn-input') : null;
  const kept = typing && typing.value !== typing.defaultValue ? typing.value : null;
  const hadFocus = typing !== null && document.activeElement === typing;
  body.dataset.id = rec.id;
  body.replaceChildren(
    summary(rec),
    actionsBar(rec, actions),
    h('div', { class: 'result-grid' }, shown.el, h('div', { class: 'details' }, ...details(rec))),
  );
  const input = body.querySelector('#txn-input');
  if (kept !== null) input.value = kept;
  if (hadFocus) input.focus();
}

function summary(rec) {
  return h('div', { class: 'summary' },
    h('h3', {}, rec.filename ?? rec.id),
    h('p', {},
      h('span', { class: `badge ${rec.status}`, 'data-testid': 'result-status' }, rec.status ?? '…'), ' ',
      rec.documentType ? h('span', { class: 'muted' }, rec.documentType, ' · ') : null,
      h('code', {}, rec.id), ' ',
      rec.submittedAt ? h('span', { class: 'muted' }, '· ', when(rec.submittedAt)) : null,
    ),
    rec.status === 'failed' ? h('p', { class: 'error' }, rec.error ?? 'Processing failed.') : null,
  );
}

function actionsBar(rec, actions) {
  const result = rec.formatted ?? null;
  const copy = (text, what) => copyText(text).then(() => toast(`${what} copied`), () => toast('Copying is not allowed here'));
  const input = h('input', { id: 'txn-input', value: rec.transactionId ?? '', maxlength: 200, autocomplete: 'off' });
  const form = h('form', {
    class: 'txn',
    onsubmit: async (e) => {
      e.preventDefault();
      if (input.value.trim()) await actions.bind(rec.id, input.value.trim());
    },
  }, h('label', { for: 'txn-input' }, 'Transaction id'), input, h('button', { type: 'submit' }, 'Bind'));
  return h('div', { class: 'actions' },
    h('button', { type: 'button', disabled: !result, onclick: () => copy(JSON.stringify(result, null, 2), 'JSON') }, 'Copy JSON'),
    h('button', { type: 'button', disabled: !result, onclick: () => copy(encode(result), 'TOON') }, 'Copy TOON'),
    rec.documentUrl ? h('a', { class: 'button', href: rec.documentUrl, download: rec.filename ?? '' }, 'Download original') : null,
    form,
  );
}

function details(rec) {
  if (rec.status !== 'completed') {
    return [h('p', { class: 'muted' }, rec.status === 'failed' ? 'No result.' : 'Processing… the result appears here by itself.')];
  }
  if (!rec.resultData) return [h('p', { class: 'muted' }, 'Loading the result…')];
  const rd = rec.resultData;
  const out = [validation(rd, rec), fieldsTable(rd, rec)];
  if (Array.isArray(rd.checks) && rd.checks.length) out.push(checksList(rd.checks));
  for (const [title, rows, prefix] of itemTables(rec)) out.push(h('h4', {}, title), table(rows, prefix, rd.fields ?? {}));
  return out;
}

function validation(rd, rec) {
  const missing = rd.validation?.missing ?? [];
  const valid = rd.validation?.valid ?? rec.validation;
  return h('div', { class: `validation ${valid ? 'ok' : 'bad'}`, 'data-testid': 'validation' },
    h('strong', {}, valid ? 'Valid: every mandatory field is there' : 'Not valid: mandatory fields are missing'),
    missing.length ? h('p', {}, 'Missing: ', missing.map((m, i) => [i ? ', ' : '', h('code', {}, m)])) : null,
  );
}

function isMandatory(rd, key) {
  const spec = mandatory?.[rd.document_type];
  const name = key.replace(/^multiple_receipts\[\d+\]\./, '');
  return !!spec && (spec.top.includes(name) || /^tableItems\[\d+\]\./.test(name) && spec.item.includes(name.replace(/^tableItems\[\d+\]\./, '')));
}

const ITEM_KEY = /(^|\.)tableItems\[\d+\]/;

function fieldsTable(rd, rec) {
  const missing = new Set(rd.validation?.missing ?? []);
  // Line items' own fields are shown in the items tables (see itemTables).
  const rows = Object.entries(rd.fields ?? {}).filter(([key]) => !ITEM_KEY.test(key)).map(([key, ev]) => {
    const src = ev.source ? h('span', { class: `tag ${ev.source}`, title: ev.rule ? `${ev.rule}${ev.from?.length ? ` from ${ev.from.join(', ')}` : ''}` : null }, ev.source) : '';
    return h('tr', { tabindex: 0, dataset: { field: key }, class: [ev.box ? 'has-box' : '', missing.has(key) ? 'missing' : ''].join(' ').trim() },
      h('th', { scope: 'row' }, key, isMandatory(rd, key) ? h('span', { class: 'req', title: 'mandatory' }, ' *') : null),
      h('td', { class: 'value' }, show(ev.value)),
      h('td', {}, confidence(ev.confidence)),
      h('td', {}, src),
    );
  });
  return h('div', { class: 'scroll' }, h('table', { class: 'fields', 'data-testid': 'fields' },
    h('caption', {}, `Fields (${rd.extractedBy ?? 'offline'})`, h('span', { class: 'muted' }, ' · * mandatory')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Confidence'), h('th', { scope: 'col' }, 'Source'))),
    h('tbody', {}, rows),
  ));
}

function confidence(c) {
  if (typeof c !== 'number') return '';
  const pct = Math.round(c * 100);
  return h('span', { class: `conf ${pct >= 80 ? 'hi' : pct >= 50 ? 'mid' : 'lo'}` }, `${pct} %`);
}

function checksList(checks) {
  return h('div', { class: 'checks' }, h('h4', {}, 'Arithmetic checks'),
    h('ul', {}, checks.map((c) => h('li', { class: c.ok ? 'ok' : 'bad' },
      h('span', { 'aria-hidden': 'true' }, c.ok ? '✓ ' : '✗ '), h('span', { class: 'visually-hidden' }, c.ok ? 'passed: ' : 'failed: '),
      c.name.replaceAll('_', ' '), c.ok ? '' : ` (expected ${c.expected}, printed ${c.actual})`, c.detail ? h('span', { class: 'muted' }, ` · ${c.detail}`) : null))));
}

function itemTables(rec) {
  const f = rec.formatted ?? {};
  const statement = /BankStatement/.test(rec.documentType ?? '');
  if (Array.isArray(f.multiple_receipts)) {
    const many = f.multiple_receipts.length > 1;
    return f.multiple_receipts.map((r, i) => [many ? `Receipt ${i + 1}: line items` : 'Line items', r.tableItems ?? [], many ? `multiple_receipts[${i}].` : '']);
  }
  return [[statement ? 'Statement rows' : 'Line items', f.tableItems ?? [], '']];
}

/** Items as a table; a row links to its line's box, a derived cell says so (and by which rule). */
function table(rows, prefix, fields) {
  if (!rows.length) return h('p', { class: 'muted' }, 'None read.');
  // What a line is (its date, its description) first, then its figures.
  const lead = ['date', 'description'].filter((c) => c in rows[0]);
  const cols = [...lead, ...Object.keys(rows[0]).filter((c) => !lead.includes(c))];
  return h('div', { class: 'scroll' }, h('table', { class: 'items' },
    h('thead', {}, h('tr', {}, cols.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map((r, i) => {
      const key = `${prefix}tableItems[${i}]`;
      return h('tr', { tabindex: fields[key]?.box ? 0 : null, dataset: { field: key } }, cols.map((c) => {
        const ev = fields[`${key}.${c}`];
        const derived = ev?.source === 'derived';
        return h('td', { class: [typeof r[c] === 'number' ? 'num' : '', derived ? 'derived' : ''].join(' ').trim(), title: derived ? `derived: ${ev.rule ?? ''}` : null }, show(r[c]));
      }));
    })),
  ));
}

function show(v) {
  if (v === null || v === undefined) return h('span', { class: 'muted' }, 'null');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** Hover or focus on a field row or a box lights both (call once for the result's container). */
export function linkHover(root) {
  const set = (key, on) => {
    for (const el of document.querySelectorAll(`[data-field="${CSS.escape(key)}"]`)) el.classList.toggle('lit', on);
  };
  const handler = (on) => (e) => {
    const el = e.target.closest?.('[data-field]');
    if (el) set(el.getAttribute('data-field'), on);
  };
  root.addEventListener('mouseover', handler(true));
  root.addEventListener('mouseout', handler(false));
  root.addEventListener('focusin', handler(true));
  root.addEventListener('focusout', handler(false));
}

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  const ta = h('textarea', { class: 'visually-hidden' });
  ta.value = text;
  document.body.append(ta);
  ta.select();
  const ok = document.execCommand('copy');
  ta.remove();
  if (!ok) throw new Error('copy refused');
}
