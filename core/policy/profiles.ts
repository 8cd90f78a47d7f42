import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { profileFile, type Parameters, type ProfileFile, type RegionProfile, type RuleKey, type Rules } from './schema.ts';
import type { ParameterKey } from './parameters.ts';
import documents from './documents.json' with { type: 'json' };

/** Region profiles are data: one JSON file per region in ./profiles; a new region is a new file. */
export function profilesDir(): string {
  return fileURLToPath(new URL('./profiles/', import.meta.url));
}

export function documentsDir(): string {
  return fileURLToPath(new URL('./documents/', import.meta.url));
}

export const DOCUMENTS = documents;

export function readProfileFiles(dir: string = profilesDir()): ProfileFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = profileFile.safeParse(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')));
      if (!parsed.success) {
        // Refused at load, naming the file and the field, so a wrong profile never applies half its rules.
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? issue.path.join('.') : '（整个文件）';
        const what = issue?.code === 'unrecognized_keys' ? `不认识的规则或字段：${issue.keys.join('、')}` : (issue?.message ?? '');
        throw new Error(`地区配置文件 ${f} 的 ${where} 有误：${what}`);
      }
      if (`${parsed.data.code}.json` !== f) throw new Error(`地区配置文件 ${f} 的 code 应为 ${f.replace(/\.json$/, '')}`);
      return parsed.data;
    });
}

export function resolveProfiles(files: ProfileFile[]): Map<string, RegionProfile> {
  const byCode = new Map(files.map((f) => [f.code, f]));
  const resolved = new Map<string, RegionProfile>();
  const resolve = (code: string, seen: string[]): RegionProfile => {
    const done = resolved.get(code);
    if (done) return done;
    const file = byCode.get(code);
    if (!file) throw new Error(`地区配置 ${seen.at(-1) ?? ''} 继承的 ${code} 不存在`);
    if (seen.includes(code)) throw new Error(`地区配置循环继承：${[...seen, code].join(' → ')}`);
    const parent = file.extends ? resolve(file.extends, [...seen, code]) : undefined;
    const rules: Rules = { ...parent?.rules, ...file.rules };
    const ruleSource: RegionProfile['ruleSource'] = { ...parent?.ruleSource };
    for (const key of Object.keys(file.rules) as RuleKey[]) ruleSource[key] = file.code;
    const parameters: Parameters = { ...parent?.parameters, ...file.parameters };
    const parameterSource: RegionProfile['parameterSource'] = { ...parent?.parameterSource };
    for (const key of Object.keys(file.parameters) as ParameterKey[]) (parameterSource as Record<string, string>)[key] = file.code;
    const profile = { code: file.code, name: file.name, description: file.description, rules, ruleSource, parameters, parameterSource };
    resolved.set(code, profile);
    return profile;
  };
  for (const code of byCode.keys()) resolve(code, []);
  return resolved;
}
