import { useState } from 'react';
import { Alert, Button, Card, Popover, Select, Space, Table, Tag } from 'antd';
import type { MethodOutput } from '../../../core/api/methods.ts';
import { FLAG_MEASURES } from '../../../core/vitals/schema.ts';
import { VITALS_RECORDERS } from '../../../core/vitals/access.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { qty } from '../../ui/qty.ts';
import { useGuardedNavigate } from '../../ui/forms/leaveGuard.ts';

type AbnormalRow = MethodOutput<'vitals.abnormal'>['rows'][number];
type Sources = MethodOutput<'vitals.abnormal'>['sources'];

/** Which trend a flag opens: the measure the flag is about. */
const TREND_OF: Record<keyof typeof FLAG_MEASURES, string> = {
  bp: 'bp',
  pulse: 'pulse',
  temp: 'temp',
  resp: 'resp',
  spo2: 'spo2',
  glucose: 'glucoseFasting',
  bmi: 'weight',
};

/** The bands the list judges by, with their sources and 待核实 where the reference could not confirm them. */
export function RangeSources({ sources }: { sources: Sources }) {
  return (
    <div style={{ maxWidth: 560 }}>
      {sources.map((s) => (
        <div key={s.key} style={{ marginBottom: 6 }}>
          <strong>{s.label}</strong> {s.unverified && <Tag color="gold">待核实</Tag>}
          <div>{s.summary}</div>
          <div className="muted">依据：{s.cite}</div>
          {s.note && <div className="muted">说明：{s.note}</div>}
        </div>
      ))}
    </div>
  );
}

/**
 * 今日异常: every reading of today outside its band, for the whole home, 明显异常 first, then by bed. A
 * self-contained card: the nurse's first screen on 总览, and a tab of 生命体征. A row opens the resident's trend.
 */
export function TodayAbnormalVitals({ title = '今日生命体征异常' }: { title?: string }) {
  const navigate = useGuardedNavigate();
  const { can } = useSession();
  const [floor, setFloor] = useState<number | null>(null);
  const floors = useApiQuery('beds.floors', {});
  const list = useApiQuery('vitals.abnormal', { date: null, floor });
  const data = list.data;
  const open = (r: AbnormalRow) => {
    const first = r.flags[0];
    navigate(`/vitals/residents/${r.residentId}?measure=${first ? TREND_OF[first.measure] : 'bp'}&range=7d`);
  };

  return (
    <Card
      title={title}
      data-testid="today-abnormal"
      extra={
        <Space wrap>
          <Select
            aria-label="楼层"
            style={{ width: '7em' }}
            value={floor}
            onChange={setFloor}
            options={[{ value: null, label: '全部楼层' }, ...(floors.data ?? []).map((f) => ({ value: f.floor, label: `${f.floor} 楼` }))]}
          />
          {data && (
            <Popover title={`判读标准（${data.sources.length} 项）`} content={<RangeSources sources={data.sources} />} trigger={['hover', 'click']}>
              <Button type="link">判读标准{data.sources.some((s) => s.unverified) ? '（含待核实）' : ''}</Button>
            </Popover>
          )}
        </Space>
      }
    >
      {list.isError && <Alert type="error" showIcon title={list.error.message} />}
      {data && (
        <div className="muted" style={{ marginBottom: 8 }}>
          {data.date} 已测量 {qty(data.measured, '人')}，有异常数值 {qty(data.residents, '人')}（{qty(data.rows.length, '条')}）。指尖血糖等床旁数值只作提示，不作诊断。
        </div>
      )}
      <Table<AbnormalRow>
        size="small"
        loading={list.isPending}
        rowKey={(r) => `${r.residentId}-${r.takenAt}`}
        dataSource={data?.rows ?? []}
        pagination={data && data.rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        onRow={(r) => ({
          onClick: () => open(r),
          onKeyDown: (e) => {
            if (e.key === 'Enter') open(r);
          },
          tabIndex: 0,
          style: { cursor: 'pointer' },
        })}
        locale={{
          emptyText:
            data && data.measured === 0 ? (
              <EmptyState
                title="今天还没有录入测量"
                hint="测量后，超出正常范围的数值会列在这里。"
                action={can(VITALS_RECORDERS) ? <Button onClick={() => navigate('/vitals?tab=round')}>去录入测量</Button> : undefined}
              />
            ) : (
              <EmptyState title="今天的测量都在正常范围内" hint="有超出正常范围的数值时，会列在这里。" />
            )
        }}
        columns={[
          { title: '床位', dataIndex: 'bedLabel', width: 90 },
          {
            title: '老人',
            key: 'who',
            width: 150,
            render: (_, r) => (
              <span>
                {r.name}{' '}
                <span className="muted">
                  {r.sex} {r.age}岁
                </span>
              </span>
            ),
          },
          { title: '时间', key: 'at', width: 130, render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{`${r.shiftLabel} ${r.time}`}</span> },
          {
            title: '异常数值（判读）',
            key: 'flags',
            render: (_, r) =>
              r.flags.map((f) => (
                <Tag key={f.measure} color={f.level === 'severe' ? 'red' : 'orange'} style={{ marginBottom: 2 }}>
                  {FLAG_MEASURES[f.measure]} {f.value}（{f.label}）
                </Tag>
              )),
          },
          {
            title: '程度',
            key: 'level',
            width: 90,
            render: (_, r) => (r.level === 'severe' ? <Tag color="red">明显异常</Tag> : <Tag color="orange">异常</Tag>),
          },
          { title: '备注', dataIndex: 'note', width: 140, ellipsis: true },
        ]}
      />
    </Card>
  );
}
