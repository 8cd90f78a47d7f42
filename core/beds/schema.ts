import { z, entityId, intInRange } from '../shared/fields.ts';
import { yesNo, type AuditFields } from '../audit/define.ts';

export const bedLabel = (room: string, bedNo: string): string => `${room}-${bedNo}`;

/** Adds rooms roomFrom…roomTo on one floor, each with bedsPerRoom beds numbered 1…n. */
export const addBedsInput = z
  .object({
    floor: intInRange('楼层', -3, 99),
    roomFrom: intInRange('起始房间号', 1, 99_999),
    roomTo: intInRange('结束房间号', 1, 99_999),
    bedsPerRoom: intInRange('每间床位数', 1, 12),
  })
  .strict()
  .refine((v) => v.roomTo >= v.roomFrom, { message: '结束房间号不能小于起始房间号', path: ['roomTo'] })
  .refine((v) => v.roomTo - v.roomFrom < 200, { message: '一次最多添加 200 个房间', path: ['roomTo'] });
export type AddBedsInput = z.output<typeof addBedsInput>;

export const setBedActiveInput = z.object({ bedId: entityId('床位'), active: z.boolean() }).strict();

export const bedMapInput = z.object({ floor: intInRange('楼层', -3, 99).nullable().default(null) }).strict();

export interface BedOccupant {
  residentId: number;
  name: string;
  sex: '男' | '女';
  age: number;
  careLevel: number | null;
}

export interface BedCell {
  bedId: number;
  floor: number;
  room: string;
  bedNo: string;
  label: string;
  active: boolean;
  occupant: BedOccupant | null;
}

export interface FloorSummary {
  floor: number;
  beds: number;
  occupied: number;
}

/** Beds in the audit log: a batch added (floor and rooms), or one stopped or started. */
export const BED_AUDIT_FIELDS: AuditFields = {
  floor: { label: '楼层', show: (v) => `${String(v)} 楼` },
  roomFrom: { label: '起始房间号' },
  roomTo: { label: '结束房间号' },
  bedsPerRoom: { label: '每间床位数' },
  active: yesNo('状态', '启用', '停用'),
};
