import { Tag } from 'antd';
import type { ColumnType, SortOrder } from 'antd/es/table/interface';
import { careLevelLabel, PAYMENT_TYPES, RESIDENT_STATUS, type ResidentRow, type RosterFilter } from '../../../core/residents/schema.ts';
import { qty } from '../../ui/qty.ts';
import { statusColor } from './labels.ts';
import { HealthTags } from '../records/HealthTags.tsx';
import type { HealthTags as Tags } from '../../../core/records/queries.ts';

type Sort = RosterFilter['sort'];

/** Which sort a column's header asks for. */
export const COLUMN_SORT: Record<string, Sort> = { bedLabel: 'bed', name: 'name', age: 'age', admissionDate: 'admissionDate', careLevel: 'careLevel', leftOn: 'leftOn' };

/**
 * The roster's columns, with widths in em so they grow with 大字 and still fit a 1366 px screen beside the
 * menu (about 1,090 px of table): 54 em in residence, 52.5 em with those who left — at 20 px per em (大字)
 * 1,080 and 1,050 px. Those who left show their leaving instead of 能力等级 and 费用类型, which no longer apply.
 */
export function rosterColumns(options: {
  status: RosterFilter['status'];
  sortOrder(key: Sort): SortOrder;
  open(id: number): void;
}): (ColumnType<ResidentRow> & { widthEm: number })[] {
  const { sortOrder } = options;
  const left = options.status !== 'in_residence';
  return [
    { title: '床位', dataIndex: 'bedLabel', widthEm: 6.5, sorter: true, sortOrder: sortOrder('bed') },
    {
      title: '姓名',
      dataIndex: 'name',
      // Room for a name of four characters and the compact tags beside it (过敏 敏, 住院中, 安宁); more wrap.
      widthEm: 8.5,
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (v: string, r) => (
        <>
        <a
          tabIndex={-1}
          onClick={(e) => {
            e.preventDefault();
            e.stopPropagation();
            options.open(r.id);
          }}
          href={`#/residents?id=${r.id}`}
        >
          {v}
        </a>{' '}
        <HealthTags tags={(r as ResidentRow & { tags?: Tags }).tags} compact />
        </>
      ),
    },
    { title: '性别/年龄', dataIndex: 'age', key: 'age', widthEm: 6.5, sorter: true, sortOrder: sortOrder('age'), render: (age: number, r) => `${r.sex} · ${qty(age, '岁')}` },
    { title: '身份证号', dataIndex: 'idNumber', widthEm: 12.5, render: (v: string) => <span className="id-number">{v}</span> },
    { title: '入住日期', dataIndex: 'admissionDate', widthEm: 7.5, sorter: true, sortOrder: sortOrder('admissionDate') },
    ...(left
      ? [
          {
            title: '离院/去世',
            dataIndex: 'leftOn',
            widthEm: 11,
            sorter: true,
            sortOrder: sortOrder('leftOn'),
            render: (v: string | null, r: ResidentRow) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                <Tag color={statusColor[r.status]}>{r.deletedAt ? '已删除' : RESIDENT_STATUS[r.status]}</Tag>
                {v}
              </span>
            ),
          },
        ]
      : [
          {
            title: '能力等级',
            dataIndex: 'careLevel',
            widthEm: 6.5,
            sorter: true,
            sortOrder: sortOrder('careLevel'),
            render: (v: number | null) => careLevelLabel(v),
          },
          { title: '费用类型', dataIndex: 'paymentType', widthEm: 6, render: (v: keyof typeof PAYMENT_TYPES) => PAYMENT_TYPES[v] },
        ]),
  ];
}
