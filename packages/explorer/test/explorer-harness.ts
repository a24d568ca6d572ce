import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createApi, listen } from '@mttq/api';
import type { Store } from '@mttq/core';
import { openFreshExampleStore } from '@mttq/core/testing';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const require = createRequire(import.meta.url);
const EXPLORER = fileURLToPath(new URL('../', import.meta.url));
/** Screenshots are kept here, as test artefacts (gitignored). */
export const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/explorer/', import.meta.url));
/** Debian's chromium; `.ci/run` installs it where missing. */
export const CHROMIUM = process.env.MTTQ_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Makes sure packages/explorer/dist holds a build of the current sources, where the API serves it from.
 * `pnpm test` builds it before Vitest starts; a test file run alone builds it when it is missing or older than
 * the sources, into a folder of its own first and then renamed into place, so no test sees half a build.
 */
export async function ensureExplorerBuilt(): Promise<void> {
  const built = `${EXPLORER}dist/index.html`;
  if (existsSync(built) && statSync(built).mtimeMs >= newestSourceTime()) return;
  const temporary = `dist.${process.pid}.${Date.now()}`;
  const vite = fileURLToPath(new URL('node_modules/vite/bin/vite.js', `file://${EXPLORER}`));
  await promisify(execFile)(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', temporary], { cwd: EXPLORER });
  // A stale build is moved aside first; the fresh one takes its place in one rename.
  const stale = `${EXPLORER}dist.stale.${process.pid}`;
  if (existsSync(`${EXPLORER}dist`)) renameSync(`${EXPLORER}dist`, stale);
  try {
    renameSync(`${EXPLORER}${temporary}`, `${EXPLORER}dist`);
  } catch {
    // Another test file built it meanwhile.
    rmSync(`${EXPLORER}${temporary}`, { recursive: true, force: true });
  }
  rmSync(stale, { recursive: true, force: true });
}

/** When the Explorer's sources last changed: its src/ files, index.html and vite.config.ts. */
function newestSourceTime(): number {
  const files = [
    `${EXPLORER}index.html`,
    `${EXPLORER}vite.config.ts`,
    ...readdirSync(`${EXPLORER}src`, { recursive: true, encoding: 'utf8' }).map((file) => `${EXPLORER}src/${file}`),
  ];
  return Math.max(...files.map((file) => statSync(file).mtimeMs));
}

/** The API over the example dataset, on a free port of 127.0.0.1, and a headless Chromium. */
export interface ExplorerHarness {
  readonly origin: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function startExplorerHarness(): Promise<ExplorerHarness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const store: Store = await openFreshExampleStore();
  const server: Server = await listen(createApi({ db: store.db, log: false }), 0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  if (!existsSync(CHROMIUM)) {
    await store.close();
    server.close();
    throw new Error(
      `Chromium không có ở ${CHROMIUM}: cài bằng \`apt-get install chromium\` hoặc đặt MTTQ_CHROMIUM. (Chromium not found at ${CHROMIUM}: install it with \`apt-get install chromium\`, or set MTTQ_CHROMIUM.)`,
    );
  }
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none', '--lang=vi-VN'],
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

/** What a page did that a test forbids: requests leaving the machine, console errors, uncaught errors. */
export interface PageGuard {
  readonly page: Page;
  readonly outsideRequests: string[];
  readonly consoleErrors: string[];
}

/**
 * Opens a page at a width (360 px phone or 1280 px desktop) that refuses every request not to 127.0.0.1 (or
 * a data:/blob: URL) and records it, and records console errors and uncaught exceptions.
 */
export async function openGuardedPage(browser: Browser, width = 1280, height = 900): Promise<PageGuard> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const outsideRequests: string[] = [];
  const consoleErrors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1';
    if (local) {
      void request.continue();
    } else {
      outsideRequests.push(request.url());
      void request.abort();
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  return { page, outsideRequests, consoleErrors };
}

/** The serious and critical violations axe-core finds on the page as it stands (less the rules named). */
export async function seriousAccessibilityViolations(page: Page, disabledRules: readonly string[] = []): Promise<string[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate(async (disabled: readonly string[]) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const rules = Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }]));
    const result = await axe.run(document, { resultTypes: ['violations'], rules });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)).slice(0, 3),
    }));
  }, disabledRules);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} ${violation.targets.join(' ')}`);
}

/** Saves a screenshot as a test artefact, of the whole page or of the window only; returns its path. */
export async function keepScreenshot(page: Page, name: string, fullPage = true): Promise<string> {
  const path = `${ARTIFACTS}${name}.png`;
  await page.screenshot({ path: path as `${string}.png`, fullPage });
  return path;
}

/** The visible text of the page's main content. */
export function mainText(page: Page): Promise<string> {
  return page.$eval('main', (element) => (element as HTMLElement).innerText);
}

/** Waits until the main content shows a text. */
export async function waitForText(page: Page, text: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction((wanted: string) => document.querySelector('main')?.textContent?.includes(wanted) ?? false, { timeout }, text);
}
