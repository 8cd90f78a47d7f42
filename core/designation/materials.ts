import type { Db } from '../../db/open.ts';
import { addMonths } from '../shared/dayMath.ts';
import { checkAttachment, attachmentMeta } from '../attachments/queries.ts';
import { clinicProfile, clinicRooms, activeStaff } from '../clinic/queries.ts';
import { firstEncounterDate } from '../encounters/queries.ts';
import type { MaterialDef } from './define.ts';
import { materialAttachments, ruleDocuments } from './queries.ts';

export const MATERIAL_STATUS = {
  generated: '由本软件生成',
  attached: '已附扫描件',
  missing: '缺',
  optional: '可选，未附',
  damaged: '附件损坏',
} as const;
export type MaterialStatusKey = keyof typeof MATERIAL_STATUS;

export interface MaterialState extends MaterialDef {
  status: MaterialStatusKey;
  attachmentId: number | null;
  fileName: string | null;
  sha256: string | null;
  /** Why a generated material cannot be made yet, or what the scan is. */
  note: string;
}

/** Months of encounters the predictive fund-use report needs (第七条（五）: the last ≥ 3 months). */
export const FORECAST_MONTHS = 3;

/** Why the app cannot generate this material today, or null when it can. */
function cannotGenerate(db: Db, key: string, today: string): string | null {
  switch (key) {
    case 'applicationForm':
      return clinicProfile(db)?.type ? null : '未登记内设医疗机构信息（医务室信息）';
    case 'staffRoster':
      return activeStaff(db, today).length ? null : '未登记医务人员';
    case 'roomsEquipment':
      return clinicRooms(db).length ? null : '未登记医务室房间';
    case 'rulesIndex':
      return ruleDocuments(db).length ? null : '制度目录为空';
    case 'fundForecast': {
      const first = firstEncounterDate(db);
      const need = addMonths(today, -FORECAST_MONTHS);
      if (first === null) return '尚无诊疗记录';
      return first <= need ? null : `诊疗记录自 ${first} 起，不足 ${FORECAST_MONTHS} 个月（${addMonths(first, FORECAST_MONTHS)} 起可生成）`;
    }
    default:
      return null;
  }
}

/** Each required document of one application and where it stands. */
export function materialStates(db: Db, applicationId: number, defs: readonly MaterialDef[], today: string): MaterialState[] {
  const attached = materialAttachments(db, applicationId);
  return defs.map((def) => {
    const a = attached.get(def.key);
    if (a?.attachmentId) {
      const meta = attachmentMeta(db, a.attachmentId);
      const ok = checkAttachment(db, a.attachmentId) === 'ok';
      return { ...def, status: ok ? 'attached' : 'damaged', attachmentId: a.attachmentId, fileName: meta?.fileName ?? null, sha256: meta?.sha256 ?? null, note: '' };
    }
    if (def.generated) {
      const why = cannotGenerate(db, def.key, today);
      return { ...def, status: why ? 'missing' : 'generated', attachmentId: null, fileName: null, sha256: null, note: why ?? '' };
    }
    return { ...def, status: def.mandatory ? 'missing' : 'optional', attachmentId: null, fileName: null, sha256: null, note: '' };
  });
}

export const missingMandatory = (states: readonly MaterialState[]) => states.filter((m) => m.mandatory && (m.status === 'missing' || m.status === 'damaged'));
