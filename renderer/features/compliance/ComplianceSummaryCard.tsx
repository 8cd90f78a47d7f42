import { Alert, Button, Card, Space, Statistic, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { FINDING_STATUS } from '../../../core/policy/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { keepUnits, STATUS_ALERT, STATUS_COLOR } from './labels.ts';

/**
 * 总览's piece of the rule checker: how many rules the home breaks now, and the clinic-by-beds finding that
 * says whether it should run a clinic at all. Self-contained: it fetches what it shows.
 */
export function ComplianceSummaryCard() {
  const navigate = useNavigate();
  const check = useApiQuery('policy.check', {});
  const c = check.data;
  const byBeds = c?.findings.find((f) => f.rule === 'clinicByBeds');
  return (
    <Card
      title="合规检查"
      loading={check.isPending}
      extra={
        <Button type="link" onClick={() => void navigate('/compliance')}>
          查看全部
        </Button>
      }
    >
      {c && (
        <>
          <Space size="large" wrap>
            <Statistic title="不符合" value={c.counts.violation} suffix="项" styles={{ content: { color: c.counts.violation ? '#cf1322' : undefined } }} />
            <Statistic title="需注意" value={c.counts.warning} suffix="项" />
            <Statistic title="缺少资料" value={c.counts.missing_data} suffix="项" />
            <Statistic title="符合" value={c.counts.ok} suffix="项" />
          </Space>
          <div className="muted" style={{ margin: '8px 0 12px' }}>
            按{c.profile}的规定检查，检查日期 {c.checkedOn}。
          </div>
          {byBeds && (
            <Alert
              type={STATUS_ALERT[byBeds.status]}
              showIcon
              title={
                <>
                  <Tag color={STATUS_COLOR[byBeds.status]}>{FINDING_STATUS[byBeds.status]}</Tag>
                  {byBeds.label}：{keepUnits(byBeds.looked)}
                  {byBeds.fix && <div>{byBeds.fix}</div>}
                </>
              }
              description={
                <span className="muted">
                  依据：{byBeds.profile} · {byBeds.cite}
                  {byBeds.quote && `：“${byBeds.quote}”`}
                </span>
              }
            />
          )}
        </>
      )}
    </Card>
  );
}
