import { describe, expect, it } from 'vitest';
import { allergyConflicts, conflictMessage, type Allergy } from './allergyCheck.ts';
import { catalogueDrug } from './schema.ts';

const allergy = (substance: string, category: Allergy['category'] = 'drug'): Allergy => ({ id: 1, category, substance, reaction: '皮疹', severity: 'severe' });
const amoxicillin = () => {
  const d = catalogueDrug('D027')!;
  return { name: d.name, generic: d.generic, class: d.class };
};

describe('allergy conflicts', () => {
  it('an allergy naming the class blocks a drug of that class (青霉素 vs 阿莫西林 of 青霉素类)', () => {
    const [c] = allergyConflicts(amoxicillin(), [allergy('青霉素')]);
    expect(c).toMatchObject({ matched: '药物类别', term: '青霉素类' });
    expect(conflictMessage('张秀英', '阿莫西林胶囊', c!)).toBe(
      '张秀英 对“青霉素”过敏（重度，皮疹），不能开具 阿莫西林胶囊（药物类别：青霉素类）。如过敏记录有误，请先在健康档案中更正。',
    );
  });

  it('by generic name and by the drug name; spaces and brackets do not matter', () => {
    expect(allergyConflicts(amoxicillin(), [allergy('阿莫西林')])[0]?.matched).toBe('药名');
    expect(allergyConflicts({ name: '泰诺', generic: '对乙酰氨基酚', class: '解热镇痛药' }, [allergy('对乙酰 氨基酚')])[0]?.matched).toBe('通用名');
  });

  it('a drug typed in is matched by name only; food allergies and one-character substances do not block', () => {
    expect(allergyConflicts({ name: '自备中药颗粒', generic: '', class: '' }, [allergy('青霉素')])).toEqual([]);
    expect(allergyConflicts({ name: '青霉素V钾片', generic: '', class: '' }, [allergy('青霉素')])).toHaveLength(1);
    expect(allergyConflicts(amoxicillin(), [allergy('青霉素', 'food')])).toEqual([]);
    expect(allergyConflicts({ name: '碳酸钙D3片', generic: '碳酸钙', class: '钙剂' }, [allergy('钙')])).toEqual([]);
  });
});
