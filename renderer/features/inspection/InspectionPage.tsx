import { useMemo, useState } from 'react';
import { Alert, Button, Card, Empty, Input, List, Result, Segmented, Select, Space, Spin, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { AUTHORITIES, type Authority } from '../../../core/policy/schema.ts';
import { INSPECTION_STATUS, ITEM_SOURCES, type InspectionItem, type InspectionStatus } from '../../../core/inspection/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { FilingActions } from '../filings/FilingActions.tsx';
import { keepUnits, routeOf } from '../compliance/labels.ts';
import { INSPECTION_COLOR, matches, PROBLEM_STATUSES } from './filters.ts';

function ItemRow({ item, open, onToggle }: { item: InspectionItem; open: boolean; onToggle(): void }) {
  const navigate = useNavigate();
  const go = (link: string) => void navigate(routeOf(link));
  return (
    <List.Item
      className={`inspection-item inspection-${item.status}`}
      data-key={item.key}
      actions={[
        ...(item.evidence.length > 0
          ? [
              <Button key="evidence" onClick={onToggle} aria-expanded={open}>
                {open ? '收起记录' : `查看记录（${item.evidence.length + item.more}）`}
              </Button>,
            ]
          : []),
        ...(item.link
          ? [
              <Button key="fix" type={item.status === 'fail' ? 'primary' : 'default'} onClick={() => go(item.link!)}>
                去处理
              </Button>,
            ]
          : []),
      ]}
    >
      <List.Item.Meta
        title={
          <Space wrap size={4}>
            <Tag color={INSPECTION_COLOR[item.status]}>{INSPECTION_STATUS[item.status]}</Tag>
            <Tag>{item.authority}</Tag>
            {item.unverified && <Tag color="orange">待核实</Tag>}
            <strong>{item.label}</strong>
            <span className="muted">（{ITEM_SOURCES[item.source]}）</span>
          </Space>
        }
        description={
          <div className="finding-body">
            <div className="finding-looked">{keepUnits(item.summary)}</div>
            {item.fix && <div className="finding-fix">处理：{item.fix}</div>}
            {open && (
              <ul className="inspection-evidence" aria-label="相关记录">
                {item.evidence.map((e) => (
                  <li key={e.text}>
                    {e.link ? (
                      <Typography.Link onClick={() => go(e.link!)}>{keepUnits(e.text)}</Typography.Link>
                    ) : (
                      keepUnits(e.text)
                    )}
                  </li>
                ))}
                {item.more > 0 && <li className="muted">另有 {item.more} 条，请在“去处理”的页面查看全部。</li>}
              </ul>
            )}
            <div className="muted finding-cite">
              依据：{item.basis}
              {item.quote && `：“${item.quote}”`}
            </div>
            {item.note && <div className="muted finding-note">注：{item.note}</div>}
          </div>
        }
      />
    </List.Item>
  );
}

type StatusFilter = 'problems' | InspectionStatus | 'all';

/**
 * 迎检自查: before a 双随机、一公开 or joint inspection, every rule of the region and every record the inspection
 * checklist asks for, run at once; 不符合 first, filtered by conclusion and reviewer, searchable; each finding opens the
 * records behind it, each linking to the screen that fixes it; printable as the 迎检自查报告.
 */
export function InspectionPage() {
  const run = useApiQuery('inspection.run', {}, { refetchOnMount: 'always' });
  const [status, setStatus] = useState<StatusFilter>('problems');
  const [authority, setAuthority] = useState<Authority | null>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState<Set<string>>(new Set());
  const items = run.data?.items;
  const shown = useMemo(() => (items ?? []).filter((i) => matches(i, { status, authority, text })), [items, status, authority, text]);
  if (run.isPending) return <Spin style={{ margin: 40 }} />;
  if (run.isError) return <Result status="error" title={run.error.message} />;
  const r = run.data;
  const c = r.counts;
  const problems = c.fail + c.attention + c.unknown;
  const toggle = (key: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    <div className="page">
      <div className="page-title">
        <h1>迎检自查</h1>
        <Space wrap>
          <Button onClick={() => void run.refetch()} loading={run.isFetching}>
            重新自查
          </Button>
          <FilingActions request={{ kind: 'self-inspection', input: {} }} printLabel="打印自查报告" />
        </Space>
      </div>
      <p className="muted">
        {r.ranOn} 按“{r.profile}”的规定和迎检清单逐项自查：不符合 {c.fail} 项，需注意 {c.attention} 项，无法判断 {c.unknown} 项，符合 {c.pass} 项，不适用 {c.na} 项。
      </p>
      {problems === 0 ? (
        <Result status="success" title="自查全部符合" subTitle="所有规定和迎检清单要求的记录都已齐全、及时。检查前仍请备齐下面列出的纸质材料。" />
      ) : (
        <>
          <div className="toolbar">
            <Segmented
              value={status}
              onChange={(v) => setStatus(v as StatusFilter)}
              options={[
                { value: 'problems', label: `待处理（${problems}）` },
                ...PROBLEM_STATUSES.map((s) => ({ value: s, label: `${INSPECTION_STATUS[s]}（${c[s]}）` })),
                { value: 'pass', label: `符合（${c.pass}）` },
                { value: 'all', label: `全部（${r.items.length}）` },
              ]}
            />
            <Select
              aria-label="检查部门"
              value={authority ?? 'all'}
              style={{ width: '8em' }}
              onChange={(v) => setAuthority(v === 'all' ? null : (v as Authority))}
              options={[{ value: 'all', label: '全部部门' }, ...AUTHORITIES.map((a) => ({ value: a, label: a }))]}
            />
            <Input.Search allowClear placeholder="搜索姓名、床位、项目" aria-label="搜索" value={text} onChange={(e) => setText(e.target.value)} style={{ width: '17em' }} />
          </div>
          {r.items.some((i) => i.unverified) && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="标“待核实”的项目，其数值或条款未能与正式文本核对，或为本软件的取舍（见“注”），以主管部门的解释为准。" />
          )}
          <Card>
            {shown.length === 0 ? (
              <Empty description={text ? `没有与“${text}”相关的项目；换个词或清除搜索。` : '这一类没有项目；点“全部”查看各项自查结果。'} />
            ) : (
              <List itemLayout="vertical" dataSource={shown} rowKey="key" renderItem={(i) => <ItemRow item={i} open={open.has(i.key)} onToggle={() => toggle(i.key)} />} />
            )}
          </Card>
        </>
      )}
      <Card title="本软件不记录、检查时须备齐的纸质材料" style={{ marginTop: 16 }}>
        <List
          dataSource={r.paper}
          rowKey="record"
          renderItem={(p) => (
            <List.Item>
              <Space wrap size={4}>
                <Tag>{p.authority}</Tag>
                <span>{p.record}</span>
                <span className="muted">（{p.basis}）</span>
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
