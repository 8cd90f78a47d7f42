import { Table } from 'antd';

const LABELS: Record<string, string> = {
  name: '姓名', idNumber: '身份证号', birthDate: '出生日期', sex: '性别', age: '年龄', phone: '电话', admissionDate: '入住日期',
  bedLabel: '床位', bedId: '床位编号', floor: '楼层', careLevel: '能力等级', paymentType: '费用类型', status: '状态', leftOn: '离院日期',
  leftReason: '离院原因', notes: '备注', contacts: '紧急联系人', deletedAt: '删除时间', role: '岗位', displayName: '姓名', active: '在用',
  largeText: '大字', licensedBeds: '核定床位数', regionCode: '适用地区', creditCode: '统一社会信用代码', address: '地址',
};

function show(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Before and after, field by field; only the fields that changed when both exist. */
export function ChangeDiff({ before, after }: { before: unknown; after: unknown }) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => !(before && after) || JSON.stringify(b[k]) !== JSON.stringify(a[k]),
  );
  if (keys.length === 0) return <span className="muted">无字段变化</span>;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={keys.map((k) => ({ key: k, field: LABELS[k] ?? k, before: show(b[k]), after: show(a[k]) }))}
      columns={[
        { title: '字段', dataIndex: 'field', width: 140 },
        ...(before ? [{ title: '修改前', dataIndex: 'before' }] : []),
        ...(after ? [{ title: '修改后', dataIndex: 'after' }] : []),
      ]}
    />
  );
}
