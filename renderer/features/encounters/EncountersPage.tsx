import { useState } from 'react';
import dayjs from 'dayjs';
import { Button, Checkbox, DatePicker, Segmented, Space, Table, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { ENCOUNTER_KINDS, REFERRAL_KINDS, yuanText, type EncounterKind, type EncounterRow } from '../../../core/encounters/schema.ts';
import { ENCOUNTER_DELETERS, ENCOUNTER_WRITERS } from '../../../core/encounters/access.ts';
import { monthRangeOf } from './month.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ResidentSelect } from '../../ui/ResidentSelect.tsx';
import { EncounterDrawer } from './EncounterDrawer.tsx';
import { EncounterFormDrawer } from './EncounterFormDrawer.tsx';
import { MonthlyPanel } from './MonthlyPanel.tsx';

const PAGE = 50;

/**
 * 诊疗记录: a month's visits, bedside rounds and infusions (by kind, by resident, referrals only), newest first,
 * 50 a page; the month's report on the second tab. ?id=3 opens a record (the compliance page links so).
 */
export function EncountersPage() {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const [kind, setKind] = useState<EncounterKind | null>((params.get('kind') as EncounterKind | null) ?? null);
  const [residentId, setResidentId] = useState<number | null>(null);
  const [referredOnly, setReferredOnly] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const tab = params.get('tab') === 'monthly' ? 'monthly' : 'list';
  const openId = params.get('id') ? Number(params.get('id')) : null;
  const open = (id: number | null) => setParams(id === null ? {} : { id: String(id) }, { replace: id === null });
  const { from, to } = monthRangeOf(month);
  const list = useApiQuery('encounters.list', { from, to, kind, residentId, referredOnly, deleted, offset: (page - 1) * PAGE, limit: PAGE });
  const reset = () => setPage(1);
  const filtered = kind !== null || residentId !== null || referredOnly;

  const listTab = (
    <>
      <div className="toolbar">
        <DatePicker
          picker="month"
          value={dayjs(`${month}-01`)}
          onChange={(d) => {
            if (d) setMonth(d.format('YYYY-MM'));
            reset();
          }}
          allowClear={false}
          aria-label="月份"
        />
        <Segmented
          value={kind ?? 'all'}
          onChange={(v) => {
            setKind(v === 'all' ? null : (v as EncounterKind));
            reset();
          }}
          options={[{ value: 'all', label: '全部' }, ...Object.entries(ENCOUNTER_KINDS).map(([value, label]) => ({ value, label }))]}
        />
        <div style={{ width: '16em' }}>
          <ResidentSelect
            id="filter-resident"
            placeholder="全部老人"
            value={residentId}
            onChange={(v) => {
              setResidentId(v);
              reset();
            }}
          />
        </div>
        {residentId !== null && (
          <Button type="link" onClick={() => setResidentId(null)}>
            全部老人
          </Button>
        )}
        <Checkbox checked={referredOnly} onChange={(e) => (setReferredOnly(e.target.checked), reset())}>
          只看转诊
        </Checkbox>
        {can(ENCOUNTER_DELETERS) && (
          <Checkbox checked={deleted} onChange={(e) => (setDeleted(e.target.checked), reset())}>
            已删除
          </Checkbox>
        )}
        <span className="muted" aria-live="polite">
          共 {list.data?.total ?? 0} 条
        </span>
      </div>
      <Table<EncounterRow>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data?.rows ?? []}
        scroll={{ x: 1000 }}
        pagination={{ current: page, pageSize: PAGE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        onRow={(r) => ({
          tabIndex: 0,
          'aria-label': `${r.date} ${r.residentName} ${ENCOUNTER_KINDS[r.kind]}`,
          onClick: () => open(r.id),
          onKeyDown: (e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              open(r.id);
            }
          },
          style: { cursor: 'pointer' },
        })}
        locale={{
          emptyText: filtered ? (
            <EmptyState title="没有符合条件的诊疗记录" hint="请换个月份，或清除筛选条件。" />
          ) : (
            <EmptyState
              title="这个月还没有诊疗记录"
              hint={can(ENCOUNTER_WRITERS) ? '点“登记诊疗记录”记下门诊、床边巡诊或输液。' : '由医生或护士登记。'}
              action={can(ENCOUNTER_WRITERS) ? <Button type="primary" onClick={() => setAdding(true)}>登记诊疗记录</Button> : undefined}
            />
          ),
        }}
        columns={[
          { title: '日期', width: '9em', render: (_: unknown, r) => `${r.date.slice(5)} ${r.time}` },
          { title: '老人', width: '9em', render: (_: unknown, r) => `${r.residentName}（${r.bedLabel}）` },
          { title: '类型', dataIndex: 'kind', width: '6em', render: (k: EncounterKind) => ENCOUNTER_KINDS[k] },
          {
            title: '主诉 / 诊断',
            render: (_: unknown, r) => (
              <>
                <div>{r.complaint}</div>
                {r.diagnoses.length > 0 && <div className="muted">{r.diagnoses.map((d) => d.name).join('；')}</div>}
              </>
            ),
          },
          { title: '医生', dataIndex: 'doctorName', width: '6em' },
          { title: '医疗项目', dataIndex: 'medicalFen', width: '7em', render: (v: number) => yuanText(v) },
          { title: '生活照护', dataIndex: 'careFen', width: '7em', render: (v: number) => (v ? yuanText(v) : '—') },
          { title: '转诊', width: '6em', render: (_: unknown, r) => (r.referral ? <Tag color="orange">{REFERRAL_KINDS[r.referral.kind]}</Tag> : null) },
        ]}
      />
    </>
  );
  return (
    <div className="page">
      <div className="page-title">
        <h1>诊疗记录</h1>
        <Space wrap>
          {can(ENCOUNTER_WRITERS) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              登记诊疗记录
            </Button>
          )}
        </Space>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'monthly' ? { tab: 'monthly' } : {}, { replace: true })}
        items={[
          { key: 'list', label: '诊疗记录', children: listTab },
          { key: 'monthly', label: '月度统计', children: <MonthlyPanel month={month} onMonth={setMonth} /> },
        ]}
      />
      {adding && (
        <EncounterFormDrawer
          onClose={() => setAdding(false)}
          onSaved={(id) => {
            setAdding(false);
            open(id);
          }}
        />
      )}
      {openId !== null && <EncounterDrawer id={openId} onClose={() => open(null)} />}
    </div>
  );
}
