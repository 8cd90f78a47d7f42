import { result, type CheckResult } from './define.ts';

/**
 * For rules about records another part of the app will keep (the contracted centre's visits, family-doctor
 * signing, annual exams, cognitive screening): until then the check says so, and what to check on paper.
 */
export function notRecorded(what: string, rule: string): CheckResult[] {
  return [result('missing_data', `本软件尚未记录${what}。`, `请按纸质记录核对：${rule}。`)];
}
