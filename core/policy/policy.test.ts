import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsDir, readProfileFiles, resolveProfiles } from './profiles.ts';
import { allProfiles, findProfile } from './queries.ts';
import { describeProfile } from './describe.ts';
import type { RuleKey } from './schema.ts';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('region profiles', () => {
  it('offers the five regions of the issue, national first, then by file name', () => {
    expect(allProfiles().map((p) => p.name)).toEqual(['全国通用', '上海市长宁区', '山东省济南市', '广东省茂名市', '江苏省南京市']);
  });

  it('quotes every clause word for word from the document it cites', () => {
    for (const file of readProfileFiles()) {
      for (const [key, rule] of [...Object.entries(file.rules), ...Object.entries(file.parameters)]) {
        if (!('doc' in rule.cite)) continue;
        const text = squash(readFileSync(`${documentsDir()}/${rule.cite.doc}.txt`, 'utf8'));
        expect(text.includes(squash(rule.cite.quote)), `${file.code}.${key} quote not in ${rule.cite.doc}`).toBe(true);
      }
    }
  });

  it('inherits national rules and says which profile supplied each', () => {
    const maoming = findProfile('maoming')!;
    expect(maoming.rules.bedsideRoundsPricing?.cite).toMatchObject({ doc: '001' });
    expect(maoming.ruleSource.bedsideRoundsPricing).toBe('national');
    expect(maoming.ruleSource.clinicByBeds).toBe('maoming');
    expect(describeProfile(maoming).find((r) => r.key === 'bedsideRoundsPricing')?.inherited).toBe(true);
  });

  it('describes every rule of every profile in words with its citation', () => {
    for (const p of allProfiles()) {
      const described = describeProfile(p);
      expect(described.length).toBe(Object.keys(p.rules).length);
      for (const r of described) expect(r.cite).toMatch(/^《.+》（.+）.+/);
    }
  });

  it('refuses a profile that inherits in a circle or from nowhere', () => {
    const base = { description: '', rules: {}, parameters: {} };
    expect(() => resolveProfiles([{ code: 'a', name: 'A地', extends: 'b', ...base }, { code: 'b', name: 'B地', extends: 'a', ...base }])).toThrow(/循环继承/);
    expect(() => resolveProfiles([{ code: 'a', name: 'A地', extends: 'zz', ...base }])).toThrow(/不存在/);
  });

  it('has Changning settle bedside rounds as outpatient without a visit fee, national charging price plus fee', () => {
    expect(findProfile('changning')!.rules.bedsideRoundsPricing?.value.mode).toBe('outpatient-no-fee');
    expect(findProfile('national')!.rules.bedsideRoundsPricing?.value.mode).toBe('price-plus-visit-fee');
    const keys: RuleKey[] = ['medicalInsuranceDesignation', 'annualExam'];
    for (const p of allProfiles()) for (const k of keys) expect(p.rules[k], `${p.code}.${k}`).toBeDefined();
  });
});

describe('where a rule comes from, in words', () => {
  it('a Nanjing home sees national rules as 全国通用规定, and is told why a national rule cites a 茂名 document', () => {
    const rules = describeProfile(findProfile('nanjing')!);
    const own = rules.find((r) => r.key === 'familyDoctorCoverage')!;
    expect(own).toMatchObject({ origin: '江苏省南京市规定', citedThrough: null });
    const designation = rules.find((r) => r.key === 'medicalInsuranceDesignation')!;
    expect(designation.origin).toBe('全国通用规定');
    expect(designation.cite).toContain('茂卫〔2020〕63号');
    expect(designation.citedThrough).toMatch(/国家层面的要求.*转述/);
    const national = rules.find((r) => r.key === 'bedsideRoundsPricing')!;
    expect(national).toMatchObject({ origin: '全国通用规定', citedThrough: null });
  });

});

describe('profile files', () => {
  const file = (extra: object) => ({ code: 'x', name: '某地', description: '', rules: {}, ...extra });
  it('accepts a value cited from a national standard, and one marked 待核实', async () => {
    const { profileFile } = await import('./schema.ts');
    const parsed = profileFile.parse(
      file({
        rules: {
          clinicMinimumStaff: {
            value: { byType: { 医务室: { physicians: 1, physicianMinYears: 5, nurses: 1, rehabTherapists: 0 } } },
            cite: { standard: 'clinic-basic-2014', clause: '一（二）' },
            unverified: true,
          },
        },
      }),
    );
    expect(parsed.rules.clinicMinimumStaff?.unverified).toBe(true);
    expect(parsed.parameters).toEqual({});
  });

  it('refuses at load a rule without a citation or an unknown rule, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ylywt-profiles-'));
    try {
      writeFileSync(join(dir, 'x.json'), JSON.stringify(file({ rules: { infusionRoom: { value: true } } })));
      expect(() => readProfileFiles(dir)).toThrow(/地区配置文件 x\.json 的 rules\.infusionRoom\.cite 有误：缺少出处/);
      writeFileSync(join(dir, 'x.json'), JSON.stringify(file({ rules: { noSuchRule: {} } })));
      expect(() => readProfileFiles(dir)).toThrow('地区配置文件 x.json 的 rules 有误：不认识的规则或字段：noSuchRule');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the rule checker registry', () => {
  it('holds exactly one check for every rule a profile may carry, and nothing else', async () => {
    const { CHECKS } = await import('./checks/registry.ts');
    const { ruleSchemas } = await import('./schema.ts');
    expect(Object.keys(CHECKS).sort()).toEqual(Object.keys(ruleSchemas).sort());
    for (const [key, check] of Object.entries(CHECKS)) expect(check.rule, key).toBe(key);
  });

  it('picks up a new profile file with no code change: it loads, inherits, and its rules are checked with their clauses', async () => {
    const { runChecks } = await import('./checks/registry.ts');
    const { profilesDir } = await import('./profiles.ts');
    const { cpSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'ylywt-profiles-'));
    try {
      cpSync(profilesDir(), dir, { recursive: true });
      const newcomer = JSON.parse(readFileSync(join(dir, 'changning.json'), 'utf8')) as { code: string; name: string; rules: Record<string, unknown> };
      newcomer.code = 'xuhui';
      newcomer.name = '上海市徐汇区（试）';
      writeFileSync(join(dir, 'xuhui.json'), JSON.stringify(newcomer));
      const profiles = resolveProfiles(readProfileFiles(dir));
      const xuhui = profiles.get('xuhui')!;
      expect(xuhui.name).toBe('上海市徐汇区（试）');
      expect(xuhui.ruleSource.insurancePaysMedicalOnly).toBe('national');
      const home = {
        today: '2026-11-23',
        licensedBeds: 150,
        clinic: null,
        rooms: [],
        agreements: [],
        staff: [],
        encounters: null,
        stock: null,
        waste: null,
        infection: null,
        designation: null,
        centre: null,
      };
      const byBeds = runChecks(xuhui, home).find((f) => f.rule === 'clinicByBeds')!;
      expect(byBeds).toMatchObject({ status: 'violation', profile: '上海市徐汇区（试）' });
      expect(byBeds.cite).toContain('第1条');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
