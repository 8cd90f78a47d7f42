import { useState } from 'react';
import { Alert, Button, Card, Empty, List, Result, Segmented, Space, Spin, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { AUTHORITIES, FINDING_STATUS, type Finding } from '../../../core/policy/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { FilingActions } from '../filings/FilingActions.tsx';
import { keepUnits, routeOf, STATUS_COLOR } from './labels.ts';

const PROBLEMS = new Set(['violation', 'warning', 'missing_data']);

function FindingItem({ f }: { f: Finding }) {
  const navigate = useNavigate();
  return (
    <List.Item
      className={`finding finding-${f.status}`}
      actions={
        f.link
          ? [
              <Button key="fix" type={f.status === 'violation' ? 'primary' : 'default'} onClick={() => void navigate(routeOf(f.link!))}>
                去处理
              </Button>,
            ]
          : []
      }
    >
      <List.Item.Meta
        title={
          <Space wrap size={4}>
            <Tag color={STATUS_COLOR[f.status]}>{FINDING_STATUS[f.status]}</Tag>
            {f.unverified && <Tag color="orange">待核实</Tag>}
            <strong>{f.label}</strong>
          </Space>
        }
        description={
          <div className="finding-body">
            <div className="finding-looked">{keepUnits(f.looked)}</div>
            {f.fix && <div className="finding-fix">处理：{f.fix}</div>}
            <div className="muted finding-cite">
              依据（{f.profile}）：{f.cite}
              {f.quote && `：“${f.quote}”`}
            </div>
            {f.note && <div className="muted finding-note">注：{f.note}</div>}
          </div>
        }
      />
    </List.Item>
  );
}

/**
 * 合规检查: every rule of the home's region held to its data, grouped by the reviewer it concerns, each finding
 * with the clause behind it and a button to the record that fixes it.
 */
export function CompliancePage() {
  const check = useApiQuery('policy.check', {});
  const [show, setShow] = useState<'problems' | 'all'>('problems');
  if (check.isPending) return <Spin style={{ margin: 40 }} />;
  if (check.isError) return <Result status="error" title={check.error.message} />;
  const c = check.data;
  const shown = c.findings.filter((f) => show === 'all' || PROBLEMS.has(f.status));
  return (
    <div className="page">
      <div className="page-title">
        <h1>合规检查</h1>
        <FilingActions request={{ kind: 'compliance', input: { scope: show } }} printLabel="打印自查报告" />
      </div>
      <div className="toolbar">
        <Segmented
          value={show}
          onChange={(v) => setShow(v as 'problems' | 'all')}
          options={[
            { value: 'problems', label: `待处理（${c.counts.violation + c.counts.warning + c.counts.missing_data}）` },
            { value: 'all', label: `全部（${c.findings.length}）` },
          ]}
        />
        <span className="muted">
          按“{c.profile}”的规定逐条检查（{c.checkedOn}）：不符合 {c.counts.violation} 项，需注意 {c.counts.warning} 项，缺少资料 {c.counts.missing_data} 项，符合{' '}
          {c.counts.ok} 项，不适用 {c.counts.not_applicable} 项。
        </span>
      </div>
      {c.findings.some((f) => f.unverified) && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="标有“待核实”的规定，其数值或条款未能与正式文本核对，仅供参考，请以主管部门的解释为准。" />
      )}
      {AUTHORITIES.map((authority) => {
        const items = shown.filter((f) => f.authority === authority);
        const all = c.findings.filter((f) => f.authority === authority);
        const bad = all.filter((f) => f.status === 'violation').length;
        return (
          <Card
            key={authority}
            style={{ marginBottom: 16 }}
            title={
              <Space>
                <span>{authority}</span>
                {bad > 0 ? <Tag color="red">不符合 {bad} 项</Tag> : <Tag color="green">无不符合项</Tag>}
              </Space>
            }
          >
            {items.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={all.length === 0 ? '本地区没有这方面的检查项' : '这方面没有待处理的项目；点“全部”查看各项检查结果。'} />
            ) : (
              <List itemLayout="horizontal" dataSource={items} rowKey={(f) => `${f.rule}:${f.looked}`} renderItem={(f) => <FindingItem f={f} />} />
            )}
          </Card>
        );
      })}
    </div>
  );
}
