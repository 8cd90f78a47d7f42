import { useState } from 'react';
import { Button, Input, Segmented, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { licenceState, PRACTICE_SITES, PROFESSIONS, type StaffListInput, type StaffRow } from '../../../core/clinic/schema.ts';
import { CLINIC_DELETERS, CLINIC_EDITORS } from '../../../core/clinic/access.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { useDebounced } from '../../ui/useDebounced.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { FilingActions } from '../filings/FilingActions.tsx';
import { LICENCE_COLOR, professionOptions } from './labels.ts';
import { StaffDrawer } from './StaffDrawer.tsx';
import { StaffFormDrawer } from './StaffFormDrawer.tsx';

/**
 * 人员与执照: the clinic's physicians, nurses, pharmacists and therapists with their licences; expiring ones
 * stand out. ?id=3 opens a person (the compliance page and the dashboard link here that way).
 */
export function StaffPage() {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState('');
  const [profession, setProfession] = useState<StaffListInput['profession']>(null);
  const [status, setStatus] = useState<StaffListInput['status']>('active');
  const [sort, setSort] = useState<StaffListInput['sort']>(params.get('sort') === 'expiresOn' ? 'expiresOn' : 'profession');
  const [adding, setAdding] = useState(false);
  const q = useDebounced(text.trim(), 200);
  const list = useApiQuery('clinic.staffList', { q, profession, status, sort });
  const openId = params.get('id') ? Number(params.get('id')) : null;
  const open = (id: number | null) => setParams(id === null ? {} : { id: String(id) }, { replace: id === null });
  const rows = list.data ?? [];
  return (
    <div className="page">
      <div className="page-title">
        <h1>人员与执照</h1>
        <Space wrap>
          <FilingActions request={{ kind: 'licences', input: { status: status === 'active' ? 'active' : 'all' } }} printLabel="打印执业证书登记表" />
          {can(CLINIC_EDITORS) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              登记人员
            </Button>
          )}
        </Space>
      </div>
      <div className="toolbar">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="姓名、证书编号或账号"
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ width: '16em' }}
          aria-label="搜索医务人员"
        />
        <Segmented
          value={status}
          onChange={(v) => setStatus(v as StaffListInput['status'])}
          options={[
            { value: 'active', label: '在岗' },
            { value: 'left', label: '已离职' },
            { value: 'all', label: '全部' },
            ...(can(CLINIC_DELETERS) ? [{ value: 'deleted' as const, label: '已删除' }] : []),
          ]}
        />
        <Select
          value={profession ?? 'all'}
          onChange={(v) => setProfession(v === 'all' ? null : (v as StaffListInput['profession']))}
          style={{ width: '10em' }}
          aria-label="人员类别"
          options={[{ value: 'all', label: '全部类别' }, ...professionOptions]}
        />
        <Select
          value={sort}
          onChange={(v) => setSort(v)}
          style={{ width: '10em' }}
          aria-label="排序"
          options={[
            { value: 'profession', label: '按类别' },
            { value: 'name', label: '按姓名' },
            { value: 'expiresOn', label: '按到期日' },
          ]}
        />
        <span className="muted" aria-live="polite">
          共 {rows.length} 人
        </span>
      </div>
      <Table<StaffRow>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        onRow={(r) => ({
          tabIndex: 0,
          'aria-label': `${r.name} ${PROFESSIONS[r.profession]}`,
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
          emptyText:
            q || profession ? (
              <EmptyState title="没有符合条件的人员" hint="请换个关键字，或清除筛选条件。" />
            ) : (
              <EmptyState
                title="还没有登记医务人员"
                hint="登记医务室的医师、护士、药师和康复治疗人员及其执业证书；合规检查按此核对人员配置。"
                action={can(CLINIC_EDITORS) ? <Button type="primary" onClick={() => setAdding(true)}>登记人员</Button> : undefined}
              />
            ),
        }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: '7em' },
          { title: '类别', dataIndex: 'profession', width: '8em', render: (p: StaffRow['profession']) => PROFESSIONS[p] },
          { title: '执业证书编号', dataIndex: 'licenceNo', render: (v: string) => <span className="id-number">{v}</span> },
          { title: '执业地点', dataIndex: 'practiceSite', width: '7em', render: (v: StaffRow['practiceSite']) => PRACTICE_SITES[v] },
          { title: '执业年限', dataIndex: 'yearsOfPractice', width: '6em', render: (v: number) => `${v} 年` },
          { title: '有效期至', dataIndex: 'expiresOn', width: '8em', render: (v: string | null) => v ?? '长期' },
          {
            title: '状态',
            width: '9em',
            render: (_: unknown, r) => {
              if (r.deletedAt) return <Tag>已删除</Tag>;
              if (r.leftOn) return <Tag>已离职</Tag>;
              const s = licenceState(r.daysLeft);
              return <Tag color={LICENCE_COLOR[s.level]}>{s.text}</Tag>;
            },
          },
          { title: '登录账号', dataIndex: 'userName', width: '7em', render: (v: string | null) => v ?? '—' },
        ]}
      />
      {adding && (
        <StaffFormDrawer
          onClose={() => setAdding(false)}
          onSaved={(id) => {
            setAdding(false);
            open(id);
          }}
        />
      )}
      {openId !== null && <StaffDrawer id={openId} onClose={() => open(null)} />}
    </div>
  );
}
