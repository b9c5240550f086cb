/**
 * The page: sign in, upload, live status, history, and the selected request's result.
 * Every request the page knows is one record in `records`; the upload list, the history and
 * the result view are drawn from those records, and redrawn when a status event changes one.
 */
import { api, ApiError } from './api.js';
import { $, h, toast, when } from './dom.js';
import { currentSession, logIn, logOut, register } from './session.js';
import { StatusSocket } from './status-socket.js';
import { linkHover, renderResult } from './result-view.js';

const records = new Map();
let session = null;
let socket = null;
let selected = null;
const history = { cursors: [null], rows: [], next: null };

// ---- sign in -------------------------------------------------------------------------------

let registering = false;
function setMode(reg) {
  registering = reg;
  $('tab-login').setAttribute('aria-selected', String(!reg));
  $('tab-register').setAttribute('aria-selected', String(reg));
  $('tab-login').tabIndex = reg ? -1 : 0;
  $('tab-register').tabIndex = reg ? 0 : -1;
  document.querySelector('.register-only').hidden = !reg;
  $('password').autocomplete = reg ? 'new-password' : 'current-password';
  $('signin-submit').textContent = reg ? 'Create account' : 'Log in';
  $('signin-error').textContent = '';
}
$('tab-login').onclick = () => setMode(false);
$('tab-register').onclick = () => setMode(true);
// Tabs as WAI-ARIA describes them: arrow keys move between the two.
for (const tab of [$('tab-login'), $('tab-register')]) {
  tab.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    setMode(!registering);
    $(registering ? 'tab-register' : 'tab-login').focus();
  });
}

$('signin-form').onsubmit = async (e) => {
  e.preventDefault();
  const email = $('email').value.trim();
  const password = $('password').value;
  const remember = $('remember').checked;
  $('signin-error').textContent = '';
  $('signin-submit').disabled = true;
  try {
    session = registering
      ? await register({ first_name: $('first-name').value.trim(), last_name: $('last-name').value.trim(), email, password }, remember)
      : await logIn(email, password, remember);
    $('password').value = '';
    start();
  } catch (err) {
    $('signin-error').textContent = err.message;
  } finally {
    $('signin-submit').disabled = false;
  }
};

$('logout').onclick = async () => {
  socket?.close();
  socket = null;
  await logOut();
  session = null;
  records.clear();
  selected = null;
  $('uploads').replaceChildren();
  showSignedIn(false);
};

function showSignedIn(on) {
  $('signin').hidden = on;
  $('workspace').hidden = !on;
  $('who').hidden = !on;
  $('who-email').textContent = on ? session.email : '';
  if (!on) {
    setMode(false);
    $('email').focus();
  }
}

function start() {
  showSignedIn(true);
  socket = new StatusSocket(session.apiKey, onStatusEvent, (state) => document.body.classList.toggle('offline', state === 'closed'));
  loadHistory(null);
  renderSelected();
}

// ---- records and live status ---------------------------------------------------------------

function record(id) {
  if (!records.has(id)) records.set(id, { id });
  return records.get(id);
}

function onStatusEvent(e) {
  const rec = record(e.request_id);
  if (e.event === 'error') {
    rec.error = e.error_message;
  } else {
    // A heartbeat that changes nothing redraws nothing (the reader may be typing).
    if (e.event === 'heartbeat' && e.version === rec.version && String(e.status).toLowerCase() === rec.status) return;
    rec.status = String(e.status).toLowerCase();
    rec.version = e.version;
    rec.submittedAt = e.submitted_at;
    if (e.result_data) rec.resultData = e.result_data;
    if (e.formatted_result) rec.formatted = e.formatted_result;
    if (e.error_message) rec.error = e.error_message;
    if (e.event === 'update' && e.is_terminal && rec.status === 'completed' && !rec.documentUrl) refresh(rec.id);
  }
  changed(rec);
}

/** GET /v1/requests/{id}: document_url (fresh), transaction_id, document_type, validation. */
async function refresh(id) {
  const r = await api('GET', `/v1/requests/${encodeURIComponent(id)}`, { key: session.apiKey });
  const rec = record(id);
  Object.assign(rec, {
    filename: r.filename, status: r.status, documentUrl: r.document_url, transactionId: r.transaction_id,
    documentType: r.document_type, validation: r.validation, error: r.error_message ?? rec.error, submittedAt: r.submitted_at,
  });
  if (r.formatted_result) rec.formatted = r.formatted_result;
  changed(rec);
}

function changed(rec) {
  for (const el of document.querySelectorAll(`[data-status-of="${CSS.escape(rec.id)}"]`)) badge(el, rec.status);
  if (selected === rec.id) renderSelected();
}

function badge(el, status) {
  el.className = `badge ${status ?? ''}`;
  el.textContent = status ?? '…';
}

async function select(id) {
  selected = id;
  renderSelected();
  try {
    await refresh(id);
    socket.subscribe(id); // the snapshot brings result_data (boxes, sources, checks)
  } catch (err) {
    toast(err.message);
  }
  $('result-title').scrollIntoView?.({ block: 'nearest' });
}

function renderSelected() {
  const rec = selected && records.get(selected);
  $('result-empty').hidden = !!rec;
  $('result-body').hidden = !rec;
  if (rec) renderResult($('result-body'), rec, { bind });
}

async function bind(id, transactionId) {
  try {
    const r = await api('POST', '/v1/documents/update-transaction-id', { key: session.apiKey, body: { request_id: id, transaction_id: transactionId } });
    record(id).transactionId = r.transaction_id;
    toast(`Transaction id ${r.transaction_id} bound`);
    changed(record(id));
  } catch (err) {
    toast(err.message);
  }
}

// ---- upload --------------------------------------------------------------------------------

function uploadRow(label) {
  const status = h('span', { class: 'badge uploading' }, 'uploading');
  const idEl = h('code', { class: 'rid' });
  const note = h('span', { class: 'note' });
  const li = h('li', {}, h('span', { class: 'name' }, label), status, idEl, note);
  $('uploads').prepend(li);
  return {
    accepted(r) {
      status.dataset.statusOf = r.request_id;
      badge(status, r.status);
      idEl.textContent = r.request_id;
      li.append(h('button', { type: 'button', class: 'link', 'aria-label': `Open ${label}`, onclick: () => select(r.request_id) }, 'Open'));
    },
    refused(err) {
      badge(status, 'refused');
      note.textContent = err.message;
      note.classList.add('error');
    },
  };
}

async function submit(row, body) {
  try {
    const r = await api('POST', '/v1/documents/process-async', { key: session.apiKey, body });
    Object.assign(record(r.request_id), {
      filename: r.filename, status: r.status, documentUrl: r.document_url, documentType: r.document_type, submittedAt: r.submitted_at,
    });
    row.accepted(r);
    socket.subscribe(r.request_id);
    if (!selected || records.get(selected)?.status !== 'processing') select(r.request_id);
    loadHistory(history.cursors[history.cursors.length - 1]);
  } catch (err) {
    row.refused(err instanceof ApiError ? err : new Error(String(err)));
  }
}

function uploadFiles(files) {
  for (const file of files) {
    const form = new FormData();
    form.append('file', file, file.name);
    submit(uploadRow(file.name), form);
  }
}

const drop = $('drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  uploadFiles([...(e.dataTransfer?.files ?? [])]);
});
$('file-input').onchange = (e) => {
  uploadFiles([...e.target.files]);
  e.target.value = '';
};
$('url-form').onsubmit = (e) => {
  e.preventDefault();
  const url = $('url-input').value.trim();
  if (!url) return;
  submit(uploadRow(url), url.startsWith('s3://') ? { s3_url: url } : { url });
  $('url-input').value = '';
};

// ---- history -------------------------------------------------------------------------------

async function loadHistory(cursor) {
  const q = new URLSearchParams({ limit: '10', status: $('filter-status').value, type: $('filter-type').value });
  if (cursor) q.set('cursor', cursor);
  try {
    const page = await api('GET', `/v1/requests?${q}`, { key: session.apiKey });
    history.rows = page.requests;
    history.next = page.next_cursor;
    for (const r of page.requests) {
      const rec = record(r.request_id);
      rec.filename ??= r.filename;
      rec.documentType ??= r.document_type;
      if (!rec.version || r.version >= rec.version) rec.status = r.status;
      if (r.status === 'processing' && !socket.wanted.has(r.request_id)) socket.subscribe(r.request_id);
    }
    drawHistory();
  } catch (err) {
    toast(err.message);
  }
}

function drawHistory() {
  $('history-rows').replaceChildren(...history.rows.map((r) => {
    const status = h('span', { dataset: { statusOf: r.request_id } });
    badge(status, records.get(r.request_id)?.status ?? r.status);
    return h('tr', {},
      h('td', {}, when(r.submitted_at)),
      h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => select(r.request_id), title: r.request_id }, r.filename),
        h('div', { class: 'muted small' }, r.document_type, r.transaction_id ? ` · ${r.transaction_id}` : '')),
      h('td', {}, status),
    );
  }));
  $('history-empty').hidden = history.rows.length > 0;
  $('history-older').disabled = !history.next;
  $('history-newest').disabled = history.cursors.length <= 1;
}

$('history-older').onclick = () => {
  if (!history.next) return;
  history.cursors.push(history.next);
  loadHistory(history.next);
};
$('history-newest').onclick = () => {
  history.cursors = [null];
  loadHistory(null);
};
$('history-filters').onchange = () => {
  history.cursors = [null];
  loadHistory(null);
};
$('history-filters').onsubmit = (e) => e.preventDefault();

// ---- boot ----------------------------------------------------------------------------------

linkHover($('result-body'));
session = currentSession();
if (session) start();
else showSignedIn(false);
