/**
 * The web page at / in a real browser (Debian's Chromium through playwright-core) against the
 * whole service on its embedded defaults: a reviewer registers, uploads a generated receipt,
 * watches its status turn completed over the WebSocket without reloading, finds the total in
 * the fields table and its box on the image (hover links both), binds a transaction id, and
 * finds the request in the history after a reload. A second test uploads a PDF invoice and a
 * file the service refuses, checks the upload really is the browser's own multipart, and cuts the
 * status socket to see the page reconnect and subscribe again.
 *
 * Screenshots (desktop and phone widths, and dark) go to .tap/screenshots/ (not committed).
 */
import t from 'tap';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import type { Page } from 'playwright-core';
import { REPO_ROOT, startTestService } from '../../helpers/service.ts';
import { call } from '../../helpers/http-server.ts';
import { launchBrowser } from '../../helpers/browser.ts';
import { invoiceTruth, makeInvoicePdf, makeReceiptImage, receiptTruth } from '../../helpers/make-documents.ts';

const SHOTS = path.join(REPO_ROOT, '.tap', 'screenshots');
await mkdir(SHOTS, { recursive: true });
const files = await import('node:fs/promises').then((fs) => fs.mkdtemp(path.join(os.tmpdir(), 'docx-page-')));

const svc = await startTestService({ WAIT_TIMEOUT_S: '5' });
const chrome = await launchBrowser();
t.teardown(async () => {
  await chrome.close();
  await svc.stop();
});

let seq = 0;
async function registerThroughPage(page: Page) {
  const email = `reviewer.${process.pid}.${Date.now()}.${++seq}@example.com`;
  await page.goto(`${svc.base}/`);
  await page.getByRole('tab', { name: 'Log in' }).focus();
  await page.keyboard.press('ArrowRight'); // the tabs work from the keyboard
  await page.getByRole('tab', { name: 'Register', selected: true }).waitFor();
  await page.getByLabel('First name').fill('Rita');
  await page.getByLabel('Last name').fill('Reviewer');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.locator('#workspace').waitFor({ state: 'visible' });
  return email;
}

const apiKeyOf = (page: Page) => page.evaluate(() => JSON.parse((globalThis as any).sessionStorage.getItem('docextract.session') ?? '{}').apiKey as string);

t.test('upload a receipt, watch it complete live, check the total on the image, bind, find it in the history', async (t) => {
  const page = await chrome.context.newPage();
  t.teardown(() => page.close());
  await page.setViewportSize({ width: 1400, height: 1000 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));

  const email = await registerThroughPage(page);
  t.equal(await page.locator('#who-email').textContent(), email);
  const apiKey = await apiKeyOf(page);
  t.match(apiKey, /^ak_/, 'the API key from the profile is kept in sessionStorage');
  t.equal(await page.evaluate(() => (globalThis as any).localStorage.length), 0, 'nothing in localStorage without "remember me"');

  let navigations = 0;
  page.on('framenavigated', (f) => f === page.mainFrame() && navigations++);
  // Every status text the upload row shows, in order.
  await page.evaluate(() => {
    const w = globalThis as any;
    const seen: string[] = (w.__statuses = []);
    new w.MutationObserver(() => {
      for (const b of w.document.querySelectorAll('#uploads .badge')) if (seen[seen.length - 1] !== b.textContent) seen.push(b.textContent ?? '');
    }).observe(w.document.getElementById('uploads'), { subtree: true, childList: true, characterData: true });
  });

  const receipt = path.join(files, 'groceries.png');
  await writeFile(receipt, await makeReceiptImage({ format: 'png' }));
  await page.locator('#file-input').setInputFiles(receipt);
  await page.locator('#uploads .rid:not(:empty)').first().waitFor({ timeout: 30_000 });
  const requestId = (await page.locator('#uploads .rid').first().textContent())!;
  t.match(requestId, /^req_[0-9a-f]{32}$/, 'the row shows its request_id at once');

  await page.locator('[data-testid=result-status].completed').waitFor({ timeout: 120_000 });
  t.equal(navigations, 0, 'the page was not reloaded');
  t.ok(sockets.some((u) => u.includes('/v1/ws/status?api_key=')), 'status came over the WebSocket');
  const statuses = await page.evaluate(() => (globalThis as any).__statuses as string[]);
  t.same(statuses.slice(-2), ['processing', 'completed'], 'processing, then completed, by itself');

  const total = receiptTruth().total;
  const totalRow = page.locator('[data-testid=fields] tr[data-field="totalAmount"]');
  t.equal(Number(await totalRow.locator('td.value').textContent()), total, 'the total is in the fields table');
  const box = page.locator('.overlay rect[data-field="totalAmount"]');
  await box.waitFor({ timeout: 30_000 });
  const boxAt = (await box.boundingBox())!;
  const imageAt = (await page.locator('.preview .page img').boundingBox())!;
  t.ok(boxAt.width > 5 && boxAt.height > 5, 'the box has a size');
  t.ok(boxAt.x >= imageAt.x && boxAt.y >= imageAt.y && boxAt.x + boxAt.width <= imageAt.x + imageAt.width + 1
    && boxAt.y + boxAt.height <= imageAt.y + imageAt.height + 1, 'the box lies on the image');
  t.ok(boxAt.y > imageAt.y + imageAt.height / 2, 'the total sits in the lower half of the receipt, where it is printed');
  await totalRow.hover();
  t.match(await box.getAttribute('class'), /\blit\b/, 'hovering the field lights its box');
  await page.mouse.move(0, 0);
  await box.hover();
  t.match(await totalRow.getAttribute('class'), /\blit\b/, 'hovering the box lights its field');
  await page.mouse.move(0, 0);
  await totalRow.focus();
  t.match(await box.getAttribute('class'), /\blit\b/, 'so does reaching the field with the keyboard');
  await totalRow.blur();

  await chrome.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: svc.base });
  await page.getByRole('button', { name: 'Copy TOON' }).click();
  await page.locator('#toast', { hasText: 'TOON copied' }).waitFor();
  const toon = await page.evaluate(() => (globalThis as any).navigator.clipboard.readText() as Promise<string>);
  t.match(toon, new RegExp(`multiple_receipts\\[1\\]:[\\s\\S]*totalAmount: ${total}`), 'the result copies as TOON');
  await page.getByRole('button', { name: 'Copy JSON' }).click();
  await page.locator('#toast', { hasText: 'JSON copied' }).waitFor();
  const json = JSON.parse(await page.evaluate(() => (globalThis as any).navigator.clipboard.readText() as Promise<string>));
  t.equal(json.multiple_receipts[0].totalAmount, total, 'and as JSON');
  t.match(await page.locator('[data-testid=validation]').textContent(), /Valid|Missing/);

  await page.getByLabel('Transaction id').fill('TXN-2024-0042');
  await page.getByRole('button', { name: 'Bind' }).click();
  await page.locator('#toast', { hasText: 'TXN-2024-0042' }).waitFor();
  const stored = await call(svc.base, 'GET', `/v1/requests/${requestId}`, { apiKey });
  t.equal(stored.data.transaction_id, 'TXN-2024-0042', 'the transaction id is bound');

  await page.locator('#toast.show').waitFor({ state: 'detached' });
  await totalRow.hover();
  await page.screenshot({ path: path.join(SHOTS, 'page-desktop.png'), fullPage: true });

  await page.reload();
  const historyEntry = page.locator(`#history-rows button[title="${requestId}"]`);
  await historyEntry.waitFor();
  t.equal(await historyEntry.textContent(), 'groceries.png', 'the request is in the history after a reload');
  await page.getByLabel('Status').selectOption('failed');
  await page.locator('#history-empty').waitFor({ state: 'visible' });
  t.equal(await historyEntry.count(), 0, 'filtered by status: no failed request');
  await page.getByLabel('Status').selectOption('completed');
  await page.getByLabel('Type').selectOption('receipt');
  await historyEntry.waitFor();
  t.pass('filtered by status and type: the completed receipt is listed');
  await page.setViewportSize({ width: 390, height: 844 });
  await historyEntry.click();
  await page.locator('.overlay rect[data-field="totalAmount"]').waitFor({ timeout: 30_000 });
  t.equal(await page.locator('#txn-input').inputValue(), 'TXN-2024-0042', 'opened from the history with its transaction id');
  const wide = await page.evaluate(() => [...(globalThis as any).document.querySelectorAll('body *')]
    .filter((e: any) => e.getBoundingClientRect().right > 391 && !e.closest('.scroll'))
    .map((e: any) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`));
  t.same(wide, [], 'nothing runs off a phone screen sideways (wide tables scroll in their box)');
  await page.screenshot({ path: path.join(SHOTS, 'page-phone.png'), fullPage: true });
  t.same(errors, [], 'no script errors');
});

t.test('an upload from the page is a browser multipart; a PDF renders with pdf.js; a refusal shows the service message', async (t) => {
  const page = await chrome.context.newPage();
  t.teardown(() => page.close());
  await page.setViewportSize({ width: 1280, height: 900 });
  // The first status socket is cut (1011) the moment the page subscribes, before the server
  // sees it: the page must reconnect by itself and subscribe again to learn the outcome.
  const subscribed: string[][] = [];
  await page.routeWebSocket(/\/v1\/ws\/status/, (ws) => {
    const n = subscribed.push([]) - 1;
    const server = ws.connectToServer();
    ws.onMessage((m) => {
      const msg = JSON.parse(String(m));
      if (msg.action === 'subscribe') subscribed[n]!.push(msg.request_id);
      if (n === 0 && msg.action === 'subscribe') ws.close({ code: 1011, reason: 'cut by the test' });
      else server.send(m);
    });
  });
  await registerThroughPage(page);

  const uploads: Array<{ contentType: string; status: number }> = [];
  page.on('response', async (r) => {
    if (r.url().endsWith('/v1/documents/process-async')) uploads.push({ contentType: (await r.request().allHeaders())['content-type'] ?? '', status: r.status() });
  });
  const pdf = path.join(files, 'invoice.pdf');
  await writeFile(pdf, await makeInvoicePdf());
  const notes = path.join(files, 'notes.txt');
  await writeFile(notes, 'just some words, not a document\n');
  await page.locator('#file-input').setInputFiles([pdf, notes]);

  const refused = page.locator('#uploads li', { hasText: 'notes.txt' });
  await refused.locator('.badge.refused').waitFor({ timeout: 30_000 });
  const message = await refused.locator('.note').textContent();
  t.ok(message && message.length > 10, `the service's own message is shown: ${message}`);

  await page.locator('[data-testid=result-status].completed').waitFor({ timeout: 120_000 });
  t.equal(uploads.length, 2);
  for (const u of uploads) {
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(u.contentType)?.[1] ?? '';
    t.match(boundary, /[A-Z]/, `a browser boundary with capitals: ${boundary}`);
  }
  t.same(uploads.map((u) => u.status).sort(), [202, 415], 'the PDF is accepted and the text file refused');
  t.ok(subscribed.length >= 2, 'the page reconnected after the cut');
  const invoiceId = subscribed[0]![0];
  t.ok(invoiceId && subscribed.slice(1).some((subs) => subs.includes(invoiceId)), 'and subscribed to the invoice again');
  // Dropped files go the same way as picked ones; a pasted URL too (a loopback one is refused).
  const dropped = await page.evaluateHandle(() => {
    const w = globalThis as any;
    const dt = new w.DataTransfer();
    dt.items.add(new w.File(['not a document'], 'dropped.txt', { type: 'text/plain' }));
    return dt;
  });
  await page.dispatchEvent('#drop', 'drop', { dataTransfer: dropped });
  await page.locator('#uploads li', { hasText: 'dropped.txt' }).locator('.badge.refused').waitFor();
  t.match(await page.locator('#uploads li', { hasText: 'dropped.txt' }).locator('.note').textContent(), /Unsupported file/, 'a dropped file is uploaded');
  await page.getByLabel("Or a document's URL").fill('http://127.0.0.1:9/receipt.pdf');
  await page.getByRole('button', { name: 'Send' }).click();
  const byUrl = page.locator('#uploads li', { hasText: 'http://127.0.0.1:9/receipt.pdf' });
  await byUrl.locator('.badge.refused').waitFor();
  t.ok(((await byUrl.locator('.note').textContent()) ?? '').length > 10, `a URL goes to the service, its refusal shown: ${await byUrl.locator('.note').textContent()}`);

  await page.locator('.preview .page canvas').first().waitFor();
  await page.locator('.overlay rect[data-field="totalAmount"]').waitFor({ timeout: 30_000 });
  const row = page.locator('[data-testid=fields] tr[data-field="totalAmount"] td.value');
  t.equal(Number(await row.textContent()), invoiceTruth().total, 'the invoice total, with its box on the rendered PDF page');
  await page.emulateMedia({ colorScheme: 'dark' });
  t.equal(await page.evaluate(() => (globalThis as any).getComputedStyle((globalThis as any).document.body).backgroundColor), 'rgb(13, 17, 23)', 'dark when the system is');
  await page.screenshot({ path: path.join(SHOTS, 'page-dark.png'), fullPage: true });

  const email = await page.locator('#who-email').textContent();
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.locator('#signin').waitFor({ state: 'visible' });
  t.equal(await page.evaluate(() => (globalThis as any).sessionStorage.length + (globalThis as any).localStorage.length), 0, 'logging out forgets the key');
  await page.getByLabel('Email').fill(email!);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByLabel('Remember me on this device').check();
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.locator('#workspace').waitFor({ state: 'visible' });
  t.match(await page.evaluate(() => (globalThis as any).localStorage.getItem('docextract.session') as string), /"apiKey":"ak_/, 'remembered: the key is in localStorage');
  t.equal(await page.evaluate(() => (globalThis as any).sessionStorage.length), 0, 'and not in sessionStorage');
});
