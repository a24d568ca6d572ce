import { testDialect } from '@mttq/core/testing';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureExplorerBuilt,
  keepScreenshot,
  mainText,
  openGuardedPage,
  seriousAccessibilityViolations,
  startExplorerHarness,
  waitForText,
  type ExplorerHarness,
  type PageGuard,
} from './explorer-harness.js';

// The Explorer reads the API's in-memory example store, whatever database the suite runs on: its browser
// scenarios run once, in the SQLite project, to keep CI short.
const onSqlite = testDialect() === 'sqlite';

describe.runIf(onSqlite)('the Explorer in a real browser (Debian chromium, headless)', () => {
  let harness: ExplorerHarness;
  beforeAll(async () => {
    await ensureExplorerBuilt();
    harness = await startExplorerHarness();
  }, 120_000);
  afterAll(async () => harness?.close());

  /** What every scenario also asserts: nothing left the machine, no console error, no serious axe violation. */
  async function expectCleanPage(guard: PageGuard, screenshot: string): Promise<void> {
    await keepScreenshot(guard.page, screenshot);
    expect(guard.outsideRequests).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
    expect(await seriousAccessibilityViolations(guard.page)).toEqual([]);
  }

  async function setDate(page: Page, date: string): Promise<void> {
    await page.$eval(
      '#date',
      (input, value) => {
        (input as HTMLInputElement).value = value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      date,
    );
  }

  it('search "chiem hoa", open Huyện Chiêm Hóa on 2022-06-01 with Triệu Đức Long as Chair, then move to 2026-01-01: Xã Chiêm Hóa under Tỉnh Tuyên Quang with its five predecessors', async () => {
    const guard = await openGuardedPage(harness.browser);
    const { page } = guard;
    await page.goto(`${harness.origin}/?date=2022-06-01`, { waitUntil: 'networkidle0' });
    await page.type('#q', 'chiem hoa');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#r-units');
    expect(new URL(page.url()).searchParams.get('q')).toBe('chiem hoa');
    await keepScreenshot(page, 'search-chiem-hoa');

    const [unitLink] = await page.$$('xpath/.//section[@aria-labelledby="r-units"]//a[normalize-space(.)="Huyện Chiêm Hóa"]');
    expect(unitLink).toBeDefined();
    await unitLink!.click();
    await page.waitForSelector('[data-testid="org-chart"]');
    expect(new URL(page.url()).search).toBe('?unit=073&date=2022-06-01');
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('Huyện Chiêm Hóa');
    const chairs = await page.$$eval('[data-testid="post"]', (posts) => posts.map((post) => (post as HTMLElement).innerText));
    expect(chairs).toContain('Chủ tịch: Triệu Đức Long');
    // Across 2025-07-01: the district has no successor of its own; its area lies in the communes formed then.
    const became = await page.$$eval('[data-testid="became"] li', (items) => items.map((item) => item.textContent ?? ''));
    expect(became).toContain('Xã Chiêm Hóa');
    await expectCleanPage(guard, 'unit-073-2022-06-01');
    await keepScreenshot(page, 'window-unit-073-2022-06-01', false);

    await setDate(page, '2026-01-01');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Xã Chiêm Hóa', { timeout: 10_000 });
    expect(new URL(page.url()).search).toBe('?unit=02287&date=2026-01-01');
    const breadcrumb = await page.$eval('.breadcrumb', (nav) => (nav as HTMLElement).innerText);
    expect(breadcrumb).toContain('Tỉnh Tuyên Quang');
    expect(breadcrumb).not.toContain('Huyện');
    const predecessors = await page.$$eval('[data-testid="predecessors"] li a', (links) => links.map((link) => link.textContent ?? ''));
    expect(predecessors).toHaveLength(5);
    for (const name of ['Vĩnh Lộc', 'Xuân Quang', 'Phúc Thịnh', 'Ngọc Hội', 'Trung Hòa']) {
      expect(predecessors.some((predecessor) => predecessor.endsWith(name))).toBe(true);
    }
    expect(await mainText(page)).toContain('Huyện Chiêm Hóa không còn tồn tại vào ngày 2026-01-01');
    await expectCleanPage(guard, 'unit-02287-2026-01-01');
    await keepScreenshot(page, 'window-unit-02287-2026-01-01', false);

    // The back button returns to the district on the earlier date.
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Huyện Chiêm Hóa', { timeout: 10_000 });
    expect(new URL(page.url()).search).toBe('?unit=073&date=2022-06-01');
    await page.close();
  }, 60_000);

  it('a permalink to Tăng Thị Dương on 2024-01-01 shows her two posts', async () => {
    const guard = await openGuardedPage(harness.browser);
    const { page } = guard;
    await page.goto(`${harness.origin}/?person=${encodeURIComponent('tang thi duong')}&date=2024-01-01`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('[data-testid="holdings"]');
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('Tăng Thị Dương');
    const posts = await page.$$eval('[data-testid="holdings"] > li', (items) => items.map((item) => (item as HTMLElement).innerText));
    expect(posts).toHaveLength(2);
    expect(posts.join('\n')).toContain('Phó Chủ tịch, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang');
    expect(posts.join('\n')).toContain('Ủy viên Ban Chấp hành, Ban Chấp hành Đảng bộ tỉnh Tuyên Quang');
    await waitForText(page, 'Nhiệm vụ và đường giao đến');
    await page.waitForFunction(() => !document.querySelector('[role="status"]'), { timeout: 10_000 });
    await expectCleanPage(guard, 'person-tang-thi-duong-2024-01-01');
    await page.close();
  }, 60_000);

  it('a refused rule check shows the decision and its rule-by-rule explanation', async () => {
    const guard = await openGuardedPage(harness.browser);
    const { page } = guard;
    await page.goto(`${harness.origin}/?rules=&date=2023-01-15`, { waitUntil: 'networkidle0' });
    await pick(page, 'assigner', 'thuong truc huyen uy chiem hoa', 'Thường trực Huyện ủy Chiêm Hóa');
    await pick(page, 'assignee', 'uy ban mat tran to quoc viet nam tinh tuyen quang', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang');
    await page.select('#task-kind', 'YEARLY');
    await page.click('#check');
    await page.waitForSelector('[data-testid="decision"]');
    expect(await page.$eval('#decision', (h2) => h2.textContent)).toBe('✗ Bị từ chối');
    const rules = await page.$$eval('[data-testid="rule-trace"]', (rows) => rows.map((row) => (row as HTMLElement).innerText));
    expect(rules.length).toBeGreaterThan(1);
    expect(rules.find((rule) => rule.includes('nhiem-vu-hang-nam-cung-cap'))).toContain(
      '✗ Bên nhận phải cùng đơn vị (cùng cấp) với bên giao (Huyện Chiêm Hóa); bên nhận ở Tỉnh Tuyên Quang.',
    );
    expect(rules.every((rule) => rule.includes('✗'))).toBe(true);
    await expectCleanPage(guard, 'rule-check-refused');
    await page.close();
  }, 60_000);

  it('is usable at 360 px wide, and switches to English keeping the date', async () => {
    const guard = await openGuardedPage(harness.browser, 360, 740);
    const { page } = guard;
    await page.goto(`${harness.origin}/?unit=02287&date=2026-01-01`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('[data-testid="org-chart"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectCleanPage(guard, 'unit-02287-2026-01-01-360px');
    await page.click('button.lang');
    await waitForText(page, 'Formed from');
    expect(new URL(page.url()).search).toBe('?unit=02287&date=2026-01-01&lang=en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectCleanPage(guard, 'unit-02287-2026-01-01-360px-en');
    await page.close();
  }, 60_000);

  it('from a unit’s tasks to their directive: its tasks and who answers for each; then the person, with the path by which each task reaches him', async () => {
    const guard = await openGuardedPage(harness.browser);
    const { page } = guard;
    await page.goto(`${harness.origin}/?unit=073&date=2023-06-01`, { waitUntil: 'networkidle0' });
    const [directive] = await page.$$(
      'xpath/.//section[@aria-labelledby="assignments"]//a[starts-with(normalize-space(.), "Quy chế phối hợp giữa UBND với MTTQ")]',
    );
    expect(directive).toBeDefined();
    await directive!.click();
    await page.waitForSelector('#directive-title');
    expect(new URL(page.url()).searchParams.get('date')).toBe('2023-06-01');
    await page.waitForFunction(() => !document.querySelector('[role="status"]'), { timeout: 10_000 });
    const text = await mainText(page);
    expect(text).toContain('Cơ quan ban hành: Ban Thường vụ Huyện ủy Chiêm Hóa');
    expect(text).toContain('Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa — Chịu trách nhiệm: Triệu Đức Long');
    await expectCleanPage(guard, 'directive-quy-che-phoi-hop-chiem-hoa-2023-06-01');

    const [person] = await page.$$('xpath/.//main//a[normalize-space(.)="Triệu Đức Long"]');
    await person!.click();
    await page.waitForSelector('[data-testid="tasks"]');
    const tasks = await page.$$eval('[data-testid="tasks"] > li', (items) => items.map((item) => (item as HTMLElement).innerText));
    expect(
      tasks.some(
        (task) =>
          task.includes('Việc đột phá, đổi mới nâng cao vai trò người đứng đầu') &&
          task.includes('qua chức vụ: Chủ tịch, Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa'),
      ),
    ).toBe(true);
    expect(tasks.some((task) => task.includes('là người đứng đầu: Chủ tịch, Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa'))).toBe(true);
    await expectCleanPage(guard, 'person-trieu-duc-long-2023-06-01');
    await page.close();
  }, 60_000);

  it('pages the assignments under a unit ten at a time and marks the overdue one (Huyện Chiêm Hóa on 2025-06-30: 16, one overdue)', async () => {
    const guard = await openGuardedPage(harness.browser);
    const { page } = guard;
    await page.goto(`${harness.origin}/?unit=073&date=2025-06-30`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('section[aria-labelledby="assignments"] ul.assignments');
    expect(await page.$eval('#assignments', (h2) => h2.textContent)).toBe('Nhiệm vụ được giao trong đơn vị (16)');
    expect(await page.$$eval('section[aria-labelledby="assignments"] ul.assignments > li', (items) => items.length)).toBe(10);
    const [more] = await page.$$('xpath/.//section[@aria-labelledby="assignments"]//button[normalize-space(.)="Xem thêm"]');
    await more!.click();
    await page.waitForFunction(
      () => document.querySelectorAll('section[aria-labelledby="assignments"] ul.assignments > li').length === 16,
      { timeout: 10_000 },
    );
    expect(await page.$$('xpath/.//section[@aria-labelledby="assignments"]//button[normalize-space(.)="Xem thêm"]')).toHaveLength(0);
    const overdue = await page.$$eval('section[aria-labelledby="assignments"] li.overdue', (items) =>
      items.map((item) => (item as HTMLElement).innerText),
    );
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatch(/^Quá hạn/);
    await expectCleanPage(guard, 'unit-073-2025-06-30-assignments');
    await page.close();
  }, 60_000);

  async function pick(page: Page, field: 'assigner' | 'assignee', search: string, name: string): Promise<void> {
    await page.type(`#${field}`, search);
    await page.waitForSelector(`[data-testid="${field}-choices"] button`);
    const [choice] = await page.$$(`xpath/.//ul[@data-testid="${field}-choices"]//button[starts-with(normalize-space(.), "${name} ·")]`);
    expect(choice).toBeDefined();
    await choice!.click();
    await page.waitForSelector(`[data-testid="${field}-chosen"]`);
  }
});

describe.skipIf(onSqlite)('the Explorer in a real browser', () => {
  it('runs once, in the SQLite project: it reads the API’s in-memory example store, not the database under test', () => {
    expect(testDialect()).toBe('postgres');
  });
});
