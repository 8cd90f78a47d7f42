import { useEffect, useMemo, useRef, useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Checkbox, Input, Segmented, Select, Space, Table, theme, Tooltip, type InputRef } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { SorterResult, SortOrder } from 'antd/es/table/interface';
import type { ResidentRow, RosterFilter } from '../../../core/residents/schema.ts';
import { ROSTER_EDITORS, ROSTER_FULL_VIEW } from '../../../core/residents/access.ts';
import { call } from '../../api/client.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { useDebounced } from '../../ui/useDebounced.ts';
import { useWindowHeight } from '../../ui/useWindowHeight.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { openableRow } from '../../ui/openableRow.ts';
import { qty } from '../../ui/qty.ts';
import { FilingActions } from '../filings/FilingActions.tsx';
import { careLevelOptions } from './labels.ts';
import { COLUMN_SORT, rosterColumns } from './rosterColumns.tsx';
import { ResidentFormDrawer } from './ResidentFormDrawer.tsx';
import { ResidentDrawer } from './ResidentDrawer.tsx';

const PAGE = 100;

type Sort = RosterFilter['sort'];

/** 住养老人名册: search, filters, sorting, a virtual table that loads 100 rows at a time as it scrolls. */
export function RosterPage() {
  const { can } = useSession();
  const searchRef = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<RosterFilter['status']>('in_residence');
  const [floor, setFloor] = useState<number | null>(null);
  const [aged65, setAged65] = useState(false);
  const [careLevel, setCareLevel] = useState<number | null>(null);
  const [sort, setSort] = useState<{ sort: Sort; order: 'asc' | 'desc' }>({ sort: 'bed', order: 'asc' });
  const [admitting, setAdmitting] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const q = useDebounced(text.trim(), 200);
  const windowHeight = useWindowHeight();
  const { fontSize } = theme.useToken().token;
  const floorList = useApiQuery('beds.floors', {});
  const floors = floorList.data?.map((f) => f.floor) ?? [];

  const filter: RosterFilter = useMemo(
    () => ({ q, status, floor, aged65, careLevel, sort: sort.sort, order: sort.order }),
    [q, status, floor, aged65, careLevel, sort],
  );

  const list = useInfiniteQuery({
    queryKey: ['residents.list', filter],
    initialPageParam: 0,
    queryFn: ({ pageParam }) => call('residents.list', { ...filter, offset: pageParam, limit: PAGE }),
    // Only the first page carries the total (core/residents/list.ts); later pages load against it.
    getNextPageParam: (_last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.rows.length, 0);
      return loaded < (pages[0]?.total ?? 0) ? loaded : undefined;
    },
  });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.rows) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total ?? 0;

  // "/" jumps to the search box from anywhere on the page, as in most list software.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key === '/' && !['INPUT', 'TEXTAREA'].includes(target.tagName) && !target.isContentEditable) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const sortOrder = (key: Sort): SortOrder => (sort.sort === key ? (sort.order === 'asc' ? 'ascend' : 'descend') : null);
  const columns = rosterColumns({ status, sortOrder, open: setOpenId });
  const filtered = q !== '' || floor !== null || aged65 || careLevel !== null;

  return (
    <div className="page">
      <div className="page-title">
        <h1>住养老人</h1>
        <Space wrap>
          {can(ROSTER_FULL_VIEW) && <FilingActions request={{ kind: 'roster', input: filter }} xlsx disabled={total === 0} printLabel="打印名册" />}
          {can(ROSTER_EDITORS) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdmitting(true)}>
              办理入住
            </Button>
          )}
        </Space>
      </div>
      <div className="toolbar">
        <Tooltip title="按 / 键可直接跳到这里">
          <Input
            ref={searchRef}
            allowClear
            prefix={<SearchOutlined />}
            placeholder="姓名、拼音首字母、身份证号或床位"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setText('');
              // Enter on a search that found one person opens them; with several, it goes to the first row.
              if (e.key === 'Enter' && q === text.trim() && !list.isFetching) {
                if (total === 1 && rows[0]) setOpenId(rows[0].id);
                else if (total > 1) document.querySelector<HTMLElement>('.roster-table .ant-table-row')?.focus();
              }
            }}
            style={{ width: '20em' }}
            aria-label="搜索老人"
          />
        </Tooltip>
        <Segmented
          value={status}
          onChange={(v) => setStatus(v as RosterFilter['status'])}
          options={[
            { value: 'in_residence', label: '在住' },
            { value: 'left', label: '已离院/去世' },
            { value: 'all', label: '全部' },
            ...(can(['director']) ? [{ value: 'deleted' as const, label: '已删除' }] : []),
          ]}
        />
        <Select
          value={floor ?? 'all'}
          onChange={(v) => setFloor(v === 'all' ? null : Number(v))}
          style={{ width: '7.5em' }}
          aria-label="楼层"
          options={[{ value: 'all' as const, label: '全部楼层' }, ...floors.map((f) => ({ value: f, label: `${f} 楼` }))]}
        />
        <Select
          value={careLevel ?? 'all'}
          onChange={(v) => setCareLevel(v === 'all' ? null : Number(v))}
          style={{ width: '9.5em' }}
          aria-label="能力等级"
          options={[{ value: 'all' as const, label: '全部能力等级' }, { value: -1, label: '未评估' }, ...careLevelOptions]}
        />
        <Checkbox checked={aged65} onChange={(e) => setAged65(e.target.checked)}>
          65 岁及以上
        </Checkbox>
        <span className="muted" aria-live="polite">
          共 {qty(total, '人')}{list.hasNextPage ? `，已显示 ${qty(rows.length, '人')}，向下滚动加载更多` : ''}
        </span>
      </div>
      <Table<ResidentRow>
        className="roster-table"
        virtual
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: Math.round(columns.reduce((w, c) => w + c.widthEm, 0) * fontSize), y: Math.max(280, windowHeight - 300) }}
        onScroll={(e) => {
          const el = e.currentTarget;
          if (el.scrollHeight - el.scrollTop - el.clientHeight < 600 && list.hasNextPage && !list.isFetchingNextPage) {
            void list.fetchNextPage();
          }
        }}
        onRow={(r) => openableRow(`${r.bedLabel} 床 ${r.name}`, () => setOpenId(r.id))}
        onChange={(_p, _f, sorter) => {
          const s = sorter as SorterResult<ResidentRow>;
          const key = COLUMN_SORT[String(s.field)];
          setSort(key && s.order ? { sort: key, order: s.order === 'ascend' ? 'asc' : 'desc' } : { sort: 'bed', order: 'asc' });
        }}
        locale={{
          emptyText: filtered ? (
            <EmptyState title="没有符合条件的老人" hint="请换个关键字，或清除筛选条件。" />
          ) : status === 'in_residence' ? (
            <EmptyState
              title="还没有在住老人"
              hint={can(ROSTER_EDITORS) ? '点“办理入住”登记第一位老人；如还没有床位，请先到“床位图”添加。' : '请文员或院长办理入住。'}
              action={can(ROSTER_EDITORS) ? <Button type="primary" onClick={() => setAdmitting(true)}>办理入住</Button> : undefined}
            />
          ) : (
            <EmptyState title="这里还没有记录" />
          ),
        }}
        columns={columns.map(({ widthEm, ...c }) => ({ ...c, width: Math.round(widthEm * fontSize) }))}
      />
      {admitting && (
        <ResidentFormDrawer
          onClose={() => setAdmitting(false)}
          onSaved={(id) => {
            setAdmitting(false);
            setOpenId(id);
          }}
        />
      )}
      {openId !== null && <ResidentDrawer id={openId} onClose={() => setOpenId(null)} />}
    </div>
  );
}
