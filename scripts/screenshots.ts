import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startWebApp } from '../server/app.ts';
import { chromiumArgs, findChromium } from '../server/chromium.ts';
import { DEMO_USERS } from '../core/demo/accounts.ts';
import { ROLE_LABELS } from '../core/shared/roles.ts';

/**
 * Dev tool: opens the demo in headless Chromium and saves a screenshot of each screen, to look at the
 * app as a user would. `node scripts/screenshots.ts [outDir] [--large]`.
 */
const outDir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'test-results/screens';
const large = process.argv.includes('--large');
mkdirSync(outDir, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'ylywt-shots-'));
const app = await startWebApp({ dataDir, mode: 'demo', backups: false });
const executablePath = findChromium();
if (!executablePath) throw new Error('需要 Chromium');
const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const shot = async (name: string) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(outDir, `${name}.png`) });
  };
  await page.goto(app.openUrl);
  // The demo's first screen lists its accounts; the director sees every screen.
  const director = DEMO_USERS[0]!;
  const enter = page.getByRole('button', { name: `以${director.displayName}（${ROLE_LABELS[director.role]}）的身份进入` });
  await enter.waitFor();
  await shot('00-demo-accounts');
  await enter.click();
  await page.getByText('总览', { exact: true }).first().waitFor();
  // 大字 is kept per user, so it is switched on as a user would, not preset in the browser.
  if (large) await page.getByRole('switch', { name: '大字显示' }).click();
  await page.getByRole('heading', { name: '总览' }).waitFor();
  await shot('01-dashboard');
  await page.getByRole('menuitem', { name: '住养老人' }).click();
  await page.getByRole('heading', { name: '住养老人' }).waitFor();
  await page.locator('.ant-table-row').first().waitFor();
  await shot('02-roster');
  await page.getByRole('button', { name: '办理入住' }).click();
  await page.getByRole('form', { name: '办理入住' }).waitFor();
  await page.locator('#name').fill('测试');
  await page.locator('#idNumber').fill('110105194912310021');
  await page.locator('#idNumber').blur();
  await page.getByRole('button', { name: '办理入住' }).last().click();
  await shot('03-admit-errors');
  await page.keyboard.press('Escape');
  await page.locator('.ant-table-row').first().click();
  await page.locator('.ant-drawer-title').last().waitFor();
  await shot('04-resident');
  await page.keyboard.press('Escape');
  await page.getByRole('menuitem', { name: '床位图' }).click();
  await page.locator('.bed-cell').first().waitFor();
  await shot('05-beds');
  for (const [item, name] of [['审计日志', '06-audit'], ['机构信息', '07-institution'], ['用户管理', '08-users'], ['数据备份', '09-backups']] as const) {
    await page.getByRole('menuitem', { name: item }).click();
    await page.getByRole('heading', { name: item }).waitFor();
    await shot(name);
  }
  console.log(`截图已保存到 ${outDir}`);
} finally {
  await browser.close();
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
