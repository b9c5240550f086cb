/**
 * @module test/helpers/browser
 * Debian's Chromium (/usr/bin/chromium) driven by playwright-core, headless and kept off the
 * network (no background requests, no component updates, no QUIC), with a fresh profile folder
 * per launch that `close()` removes. `.ci/run` installs the chromium package when it is missing.
 *
 * Failure: launching rejects when /usr/bin/chromium is absent (the test fails loudly; it does
 * not skip).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** A browser with one context (its pages share the profile: storage survives a reload). */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'docx-chromium-'));
  // playwright passes the profile folder as --user-data-dir itself.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}
