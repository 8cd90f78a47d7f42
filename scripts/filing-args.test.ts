import { describe, expect, it } from 'vitest';
import { findFiling } from '../core/filings/registry.ts';
import { CliError, filingUsage, flagOfField, parseFilingArgs } from './filing-args.ts';

const roster = findFiling('roster')!;

describe('npm run filing：参数', () => {
  it("turns a kind's own flags into its input, numbers as numbers, and reads the common ones", () => {
    expect(parseFilingArgs(roster, ['--floor', '2', '--aged65', '--status', 'all', '--out', 'x.pdf', '--data-dir', '/d'])).toEqual({
      input: { floor: 2, aged65: true, status: 'all' },
      out: 'x.pdf',
      dataDir: '/d',
      real: false,
      help: false,
    });
  });

  it('refuses, in Chinese and naming what the kind takes, an unknown flag, a word for a number, a flag without its value', () => {
    expect(() => parseFilingArgs(roster, ['--florr', '2'])).toThrow(/不认识的选项：--florr\n“roster”可用的选项：--status --floor --aged65/);
    expect(() => parseFilingArgs(roster, ['--floor', '二'])).toThrow('--floor 应为整数，现在是“二”');
    expect(() => parseFilingArgs(roster, ['--floor'])).toThrow(/选项 --floor 需要一个值/);
    expect(() => parseFilingArgs(roster, ['extra'])).toThrow(CliError);
  });

  it('names the flag behind a field the schema refused', () => {
    expect(flagOfField(roster, 'input.floor')).toBe('--floor');
    expect(flagOfField(roster, 'input')).toBeNull();
    expect(flagOfField(roster, undefined)).toBeNull();
  });

  it('lists every kind with its options', () => {
    const usage = filingUsage([roster, findFiling('roster-book')!]);
    expect(usage).toContain('roster　住养老人名册（也可 --out 文件.xlsx）');
    expect(usage).toContain('--floor <数字>　只印某一层');
    expect(usage).toContain('roster-book　住养老人名册（分册）');
  });
});
