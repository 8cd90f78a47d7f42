import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DistrictPack } from '../../core/districtPack/filings.ts';
import { firstActiveDirector, getUser } from '../../core/users/queries.ts';
import type { WebApp } from '../../server/app.ts';
import { api, button, openMenu, RESULTS_DIR, toast, useWebApp } from './helpers.ts';

/** A care item typed in as a medical line and billed to the fund, on the last day of 2026Q3: the pack must name it. */
async function billCareToFund(app: WebApp) {
  const db = app.runtime.db;
  const doctor = db.prepare("SELECT id FROM users WHERE role = 'doctor' AND active = 1 ORDER BY id LIMIT 1").pluck().get() as number;
  const resident = db
    .prepare("SELECT id, name FROM residents WHERE status = 'in_residence' AND deleted_at IS NULL AND admission_date <= '2026-09-01' ORDER BY id LIMIT 1")
    .get() as { id: number; name: string };
  const session = app.runtime.sessions.create(getUser(db, doctor)).id;
  await api(
    app,
    'encounters.save',
    {
      residentId: resident.id,
      kind: 'visit',
      date: '2026-09-30',
      time: '10:15',
      doctorId: doctor,
      complaint: '皮肤瘙痒',
      diagnoses: [],
      fees: [{ itemCode: null, name: '协助洗浴', category: 'medical', insured: true, quantity: 1, unitPrice: 30 }],
    },
    session,
  );
  fixture.name = resident.name;
}
const fixture = { name: '' };
const squash = (s: string) => s.replace(/\s+/g, '');

describe('区级报送：院长选季度、打印报送材料', () => {
  const env = useWebApp({ mode: 'demo', prepare: billCareToFund });

  test('the printed quarterly pack has every section and every figure the screen shows, and names the care item billed to the fund', async () => {
    const { page, app } = env;
    await openMenu(page, '区级报送');
    await page.getByLabel('报告期').fill('2026年第3季度');
    await page.getByLabel('报告期').press('Enter');
    await page.getByText('报告期：2026年第三季度（2026-07-01 至 2026-09-30）').waitFor();
    for (const title of ['民政：住养老人与床位、意外事件', '卫健：医务室诊疗、老年人健康管理、人员证照、药品与医疗废物', '卫健：签约医疗机构服务到位与家庭医生签约', '医保：医保定点、长护险定点与失能等级', '医保：医疗项目与生活照护项目收费']) {
      await page.locator('.ant-card-head-title', { hasText: title }).waitFor();
    }

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), button(page, '打印报送材料').click()]);
    const pdf = join(RESULTS_DIR, 'district-pack-2026Q3.pdf');
    await download.saveAs(pdf);
    await toast(page, `已生成 ${download.suggestedFilename()}`).waitFor();
    const text = squash(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));

    const db = app.runtime.db;
    const session = app.runtime.sessions.create(getUser(db, firstActiveDirector(db)!)).id;
    const data = (await api(app, 'filings.data', { kind: 'district-pack', input: { period: '2026Q3' } }, session)) as unknown as DistrictPack;
    const numerals = ['一', '二', '三', '四', '五', '六'];
    data.sections.forEach((s, i) => expect(text).toContain(squash(`${numerals[i]}、${s.authority}：${s.title}`)));
    for (const s of data.sections) for (const f of s.figures) expect(text, f.label).toContain(squash(`${f.label}${f.value}${f.unit}`));
    expect(text).toContain(squash(`违规：本期有 1 条生活照护项目记入医保，合计 30.00 元（2026-09-30 ${fixture.name} 协助洗浴）`));
    expect(text).toContain('卫统1-3表（卫生机构年报表—诊所类）所需的本医务室数字（待核实）');
  });
});
