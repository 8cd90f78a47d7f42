import { feeItem, type FeeLineInput } from './schema.ts';

/**
 * What else already pays for a resident's care: 长护险 (known from the resident's 费用类型) and family-doctor
 * signing (not yet recorded in the app: null, so the warning says “如已签约”).
 */
export interface Coverage {
  ltc: boolean;
  familyDoctor: boolean | null;
}

/**
 * 001 (七): items already funded through family-doctor signing or long-term-care insurance must not be charged
 * again. A warning, not a refusal: the clinic may bill what the scheme does not cover for this resident.
 */
export function coverageWarnings(fees: readonly Pick<FeeLineInput, 'itemCode' | 'name'>[], coverage: Coverage): string[] {
  const warnings: string[] = [];
  for (const line of fees) {
    const item = feeItem(line.itemCode);
    if (item?.ltcCovered && coverage.ltc) {
      warnings.push(`“${line.name}”是长护险服务项目，该老人享受长护险，已由长护险保障的不得重复收费（国卫老龄发〔2022〕25号（七））。`);
    }
    if (item?.familyDoctor && coverage.familyDoctor !== false) {
      const signed = coverage.familyDoctor ? '该老人已签约家庭医生' : '如该老人已签约家庭医生';
      warnings.push(`“${line.name}”属家庭医生签约服务，${signed}，已由签约服务经费保障的不得重复收费（国卫老龄发〔2022〕25号（七））。`);
    }
  }
  return warnings;
}
