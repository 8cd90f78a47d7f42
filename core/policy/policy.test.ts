import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsDir, readProfileFiles, resolveProfiles } from './profiles.ts';
import { allProfiles, findProfile } from './queries.ts';
import { checkClinicByBeds } from './checks/clinicByBeds.ts';
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

describe('内设医疗机构与床位 (clinicByBeds)', () => {
  const level = (code: string, beds: number) => checkClinicByBeds(findProfile(code)!, beds)?.level;

  it('Changning (004 第1条): 99 beds may, 100 and 101 should, unless next to a medical institution', () => {
    expect(level('changning', 99)).toBe('allowed');
    expect(level('changning', 100)).toBe('required');
    expect(level('changning', 101)).toBe('required');
    const f = checkClinicByBeds(findProfile('changning')!, 100)!;
    expect(f.message).toContain('与医疗机构邻近的除外');
    expect(f.message).toContain('备案');
    expect(f.cite).toContain('长民〔2025〕2号');
    expect(f.cite).toContain('第1条');
  });

  it('Maoming (002 (一)): under 200 beds 诊所/医务室/护理站; from 200 护理院/医务室/门诊部/护理站', () => {
    expect(checkClinicByBeds(findProfile('maoming')!, 199)).toMatchObject({ level: 'allowed', types: ['诊所', '医务室', '护理站'] });
    expect(checkClinicByBeds(findProfile('maoming')!, 200)).toMatchObject({ level: 'required', types: ['护理院', '医务室', '门诊部', '护理站'] });
    expect(level('maoming', 201)).toBe('required');
  });

  it('national, Nanjing and Jinan set no bed threshold: a clinic is encouraged at any size', () => {
    for (const code of ['national', 'nanjing', 'jinan']) {
      expect(level(code, 30)).toBe('encouraged');
      expect(level(code, 300)).toBe('encouraged');
    }
    expect(checkClinicByBeds(findProfile('nanjing')!, 50)?.cite).toContain('宁政办发〔2022〕1号');
    expect(checkClinicByBeds(findProfile('jinan')!, 50)?.profile).toBe('山东省济南市');
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

  it('the encouragement tip reads as policy, not as encouraging the home’s bed count', () => {
    const f = checkClinicByBeds(findProfile('nanjing')!, 140)!;
    expect(f.message).toMatch(/^政策鼓励养老机构内设医疗机构/);
    expect(f.message).not.toMatch(/^本机构/);
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
            value: { primaryPhysicians: 1, registeredNurses: 1, multiSitePhysiciansCountForSubjects: false },
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
      writeFileSync(join(dir, 'x.json'), JSON.stringify(file({ rules: { clinicMinimumStaff: { value: { primaryPhysicians: 1, registeredNurses: 1, multiSitePhysiciansCountForSubjects: false } } } })));
      expect(() => readProfileFiles(dir)).toThrow(/地区配置文件 x\.json 的 rules\.clinicMinimumStaff\.cite 有误/);
      writeFileSync(join(dir, 'x.json'), JSON.stringify(file({ rules: { noSuchRule: {} } })));
      expect(() => readProfileFiles(dir)).toThrow('地区配置文件 x.json 的 rules 有误：不认识的规则或字段：noSuchRule');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
