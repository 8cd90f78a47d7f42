import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startWebApp, type WebApp, type WebAppOptions } from '../../server/app.ts';
import { chromiumArgs, findChromium } from '../../server/chromium.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../core/api/methods.ts';
import { DEMO_USERS } from '../../core/demo/accounts.ts';
import { ROLE_LABELS } from '../../core/shared/roles.ts';

/** Screenshots of failures, saved PDFs and their pictures; git-ignored. */
export const RESULTS_DIR = join(process.cwd(), 'test-results', 'e2e');

/** How long a single wait for the UI may take; far above what a working screen needs on a slow CI machine. */
export const UI_TIMEOUT = 20_000;

export interface E2E {
  app: WebApp;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  dataDir: string;
  /** Uncaught exceptions and console errors of the page that the current test has not yet accounted for. */
  errors: string[];
}

/** A 4xx answer of the API is how the core refuses an input; Chromium logs it, the app shows it in words. */
const EXPECTED_CONSOLE = /^Failed to load resource: the server responded with a status of 4\d\d/;

function safeName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80);
}

/**
 * One web app on a fresh temporary data folder and one headless Chromium page for the tests of a file.
 * `prepare` runs before the page opens (to arrange data through the API); the page opens `openUrl`. On demo
 * data the page then enters as `enterAs` (a demo login name; the director unless given, null to stay on the list).
 * After each test: a screenshot if it failed, and a failure if the page threw or logged an error.
 */
export function useWebApp(options: {
  mode: WebAppOptions['mode'];
  prepare?(app: WebApp): Promise<void> | void;
  /** The browser window (default 1440×900); the layout tests use the 1366×768 of an office PC. */
  viewport?: { width: number; height: number };
  /** Folders the backup page offers as USB sticks. */
  backupRoots?: () => string[];
  enterAs?: string | null;
}): E2E {
  const env = { errors: [] as string[] } as E2E;

  beforeAll(async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const executablePath = findChromium();
    if (!executablePath) throw new Error('端到端测试需要 Chromium（/usr/bin/chromium 或环境变量 YLYWT_CHROMIUM）');
    env.dataDir = mkdtempSync(join(tmpdir(), 'ylywt-e2e-'));
    env.app = await startWebApp({
      dataDir: env.dataDir,
      mode: options.mode,
      backups: false,
      log: () => undefined,
      ...(options.backupRoots ? { backupRoots: options.backupRoots } : {}),
    });
    await options.prepare?.(env.app);
    env.browser = await chromium.launch({ executablePath, args: chromiumArgs() });
    env.context = await env.browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    env.context.setDefaultTimeout(UI_TIMEOUT);
    env.page = await env.context.newPage();
    env.page.on('pageerror', (error) => env.errors.push(`页面异常：${error.message}`));
    env.page.on('console', (msg) => {
      if (msg.type() === 'error' && !EXPECTED_CONSOLE.test(msg.text())) env.errors.push(`控制台错误：${msg.text()}`);
    });
    await env.page.goto(env.app.openUrl);
    const enterAs = options.enterAs === undefined ? DEMO_USERS[0]!.username : options.enterAs;
    if (options.mode === 'demo' && enterAs !== null) await enterDemoAs(env.page, enterAs);
  });

  afterEach(async (ctx) => {
    const errors = env.errors.splice(0);
    if ((ctx.task.result?.state === 'fail' || errors.length > 0) && env.page && !env.page.isClosed()) {
      const file = join(RESULTS_DIR, `${safeName(ctx.task.file?.name.replace(/^.*\//, '') ?? 'e2e')}--${safeName(ctx.task.name)}.png`);
      await env.page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.error(`失败时的截图：${file}`);
      // Leave no dialog open over the next test: the same screen, freshly loaded (the session is kept in the tab).
      await env.page.reload().catch(() => undefined);
    }
    if (errors.length > 0) throw new Error(`页面在测试中出错：\n${errors.join('\n')}`);
  });

  afterAll(async () => {
    await env.browser?.close();
    await env.app?.close();
    if (env.dataDir) rmSync(env.dataDir, { recursive: true, force: true });
  });

  return env;
}

/** Calls the API in this process as `session` would, throwing on a refusal; for arranging data quickly. */
export async function api<M extends MethodName>(app: WebApp, method: M, input: MethodInput<M>, session?: string): Promise<MethodOutput<M>> {
  const result = await app.dispatch(method, input, session);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.data as MethodOutput<M>;
}

/** Rows in a table of the app's database. */
export function rowCount(app: WebApp, table: 'residents' | 'audit_log' | 'bed_stays' | 'beds' | 'users'): number {
  return app.runtime.db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
}

/** A form control by its id; ids are field names, which may hold dots (`emergencyContacts.0.name`). */
export function byId(page: Page | Locator, id: string): Locator {
  return page.locator(`[id="${id}"]`);
}

/** The form item (label, control, message) of the control with this id. */
export function formItem(page: Page | Locator, id: string): Locator {
  return page.locator(`.ant-form-item:has([id="${id}"])`);
}

/** The validation message shown under a field. */
export function fieldError(page: Page | Locator, id: string): Locator {
  return formItem(page, id).locator('.ant-form-item-explain-error');
}

/** The open dropdown of an antd Select (the one being shown). */
function openDropdown(page: Page): Locator {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
}

/**
 * Opens the antd Select with this id and picks the option whose text contains `text` (or the first, if none given),
 * then waits until the select shows it. On a busy machine a click in the first moments of a freshly opened form
 * can be lost (the select stays open with nothing chosen; seen before this helper checked), so it clicks again.
 */
export async function chooseOption(page: Page, id: string, text?: string): Promise<string> {
  await byId(page, id).click();
  const options = openDropdown(page).locator('.ant-select-item-option');
  const option = text === undefined ? options.first() : options.filter({ hasText: text }).first();
  await option.waitFor();
  const label = (await option.innerText()).trim();
  const shown = page.locator('.ant-select').filter({ has: byId(page, id) }).locator('.ant-select-content');
  for (let attempt = 1; ; attempt++) {
    await option.click();
    const chosen = await shown
      .filter({ hasText: label })
      .waitFor({ timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (chosen) break;
    if (attempt === 3 || !(await option.isVisible())) throw new Error(`下拉框 ${id} 选不上“${label}”`);
  }
  await openDropdown(page).waitFor({ state: 'hidden' }).catch(() => undefined);
  return label;
}

/** Types an ISO date into an antd DatePicker and confirms it with Enter. */
export async function typeDate(page: Page, id: string, date: string): Promise<void> {
  const input = byId(page, id);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Goes to a screen through the side menu and waits for its heading. */
export async function openMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('menuitem', { name: label }).click();
  await page.getByRole('heading', { name: label, level: 1 }).waitFor();
}

/** The roster's live count line (共 N 人) has settled on this number. */
export async function waitForRosterTotal(page: Page, n: number): Promise<void> {
  await page.locator('.toolbar [aria-live="polite"]').filter({ hasText: new RegExp(`^共\\s${n}\\s人`) }).waitFor();
}

/** The data rows of the table on the page (antd renders a placeholder row when it is empty). */
export function tableRows(page: Page | Locator): Locator {
  return page.locator('.ant-table-tbody .ant-table-row, .ant-table-tbody-virtual .ant-table-row');
}

/** A toast of antd's message with this text. */
export function toast(page: Page, text: string | RegExp): Locator {
  return page.locator('.ant-message-notice').filter({ hasText: text }).first();
}

/** The drawer or modal whose title contains `title`. */
export function drawer(page: Page, title: string | RegExp): Locator {
  return page.locator('.ant-drawer-section').filter({ has: page.locator('.ant-drawer-title', { hasText: title }) });
}

export function modal(page: Page, title: string | RegExp): Locator {
  return page.locator('.ant-modal-container').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });
}

/** The question a form with unsaved input asks before it closes (renderer/ui/forms/useCloseGuard.ts). */
export function discardQuestion(page: Page): Locator {
  return page.locator('.ant-modal-confirm').filter({ hasText: '放弃未保存的内容？' });
}

/** Answers “放弃并关闭” to that question. */
export async function discardUnsaved(page: Page): Promise<void> {
  const question = discardQuestion(page);
  await button(question, '放弃并关闭').click();
  await question.waitFor({ state: 'detached' });
}

/**
 * antd puts a space between the two characters of a two-character Chinese button (“登 录”); this matches
 * the whole label with or without it, after the name of the button's icon if it has one (“plus 办理入住”).
 */
export function label(text: string): RegExp {
  const words = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
  return new RegExp(`^(?:[a-z-]+ )?${words}$`);
}

/** Signs in from the sign-in screen as a person does: their name, their password, 登录; waits for “名字（岗位）” in the header. */
export async function signInAs(page: Page, displayName: string, role: string, password: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(displayName) }).click();
  await byId(page, 'password').fill(password);
  await button(page, '登录').click();
  await page.getByRole('button', { name: `${displayName}（${role}）` }).waitFor();
}

/** On the demo's first screen, enters as this demo account with one click; waits for “名字（岗位）” in the header. */
export async function enterDemoAs(page: Page, username: string): Promise<void> {
  const account = DEMO_USERS.find((u) => u.username === username);
  if (!account) throw new Error(`没有这个演示账号：${username}`);
  const who = `${account.displayName}（${ROLE_LABELS[account.role]}）`;
  await page.getByRole('button', { name: `以${who}的身份进入` }).click();
  await page.getByRole('button', { name: who, exact: true }).waitFor();
}

/** A button by its visible words. */
export function button(scope: Page | Locator, text: string): Locator {
  return scope.getByRole('button', { name: label(text) });
}

/** The browser's globals, typed for the few calls made inside page functions (this project compiles without the DOM lib). */
export interface BrowserGlobals {
  document: { activeElement: unknown };
  getComputedStyle(element: unknown): { fontSize: string };
  localStorage: { getItem(key: string): string | null; removeItem(key: string): void };
}

/** Whether this element has the keyboard focus. */
export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === (globalThis as unknown as BrowserGlobals).document.activeElement);
}

/** The computed font size of the element, in px. */
export async function fontSizePx(locator: Locator): Promise<number> {
  return parseFloat(await locator.evaluate((el) => (globalThis as unknown as BrowserGlobals).getComputedStyle(el).fontSize));
}
