import { Alert, Card, Col, Progress, Row, Spin, Statistic } from 'antd';
import { useNavigate } from 'react-router';
import { careLevelLabel } from '../../../core/residents/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { qty } from '../../ui/qty.ts';
import { DeadlinesCard } from '../deadlines/DeadlinesCard.tsx';
import { VITALS_READERS } from '../../../core/vitals/access.ts';
import { TodayAbnormalVitals } from '../vitals/TodayAbnormalVitals.tsx';
import { MyFloorCard } from './MyFloorCard.tsx';

/**
 * Those who go round the floors see their floor (MyFloorCard: the round, the shift's doses, assessments due) and today's
 * abnormal vital signs first; the others below the home's numbers.
 */
const ABNORMAL_FIRST = new Set(['nurse', 'caregiver']);
import { COMPLIANCE_READERS } from '../../../core/policy/access.ts';
import { CLINIC_READERS } from '../../../core/clinic/access.ts';
import { ComplianceSummaryCard } from '../compliance/ComplianceSummaryCard.tsx';
import { LicenceAlertsCard } from '../clinic/LicenceAlertsCard.tsx';

const LEVEL_COLORS = ['#52c41a', '#a0d911', '#faad14', '#fa8c16', '#f5222d'];

/** 总览: today's numbers and the policy notes that apply to this home. */
export function DashboardPage() {
  const navigate = useNavigate();
  const { status, user, can } = useSession();
  const abnormal = can(VITALS_READERS) ? <TodayAbnormalVitals /> : null;
  const abnormalFirst = ABNORMAL_FIRST.has(user.role);
  const stats = useApiQuery('residents.stats', {});
  const institution = useApiQuery('institution.get', {});
  if (stats.isPending) return <Spin style={{ margin: 40 }} />;
  if (stats.isError) return <Alert type="error" title={stats.error.message} style={{ margin: 24 }} />;
  const s = stats.data;
  const occupancy = s.beds ? Math.round((s.occupiedBeds / s.beds) * 100) : 0;
  const card = (title: string, value: number, suffix: string, to?: string, extra?: string) => (
    <Col xs={12} md={8} xl={6}>
      <Card hoverable={to !== undefined} onClick={to ? () => void navigate(to) : undefined}>
        <Statistic title={title} value={value} suffix={suffix} />
        {extra && <div className="muted">{extra}</div>}
      </Card>
    </Col>
  );
  return (
    <div className="page">
      <div className="page-title">
        <h1>总览</h1>
        <span className="muted">
          {status.institutionName} · 适用政策：{institution.data?.regionName ?? '…'}
        </span>
      </div>
      {abnormalFirst && (
        <div style={{ marginBottom: 16 }}>
          <MyFloorCard />
        </div>
      )}
      {abnormalFirst && abnormal && <div style={{ marginBottom: 16 }}>{abnormal}</div>}
      <Row gutter={[16, 16]}>
        {card('在住老人', s.inResidence, '人', '/residents', `男 ${s.male} · 女 ${s.female}`)}
        {card('床位使用', s.occupiedBeds, `/ ${qty(s.beds, '张')}`, '/beds', `入住率 ${occupancy}%，空床 ${qty(s.beds - s.occupiedBeds, '张')}`)}
        {card('65 岁及以上', s.aged65, '人', undefined, `80 岁及以上 ${qty(s.aged80, '人')}`)}
        {card('本月入住', s.admittedThisMonth, '人', undefined, `本月离院 ${qty(s.leftThisMonth.discharged, '人')}，去世 ${qty(s.leftThisMonth.deceased, '人')}`)}
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col span={24}>
          <DeadlinesCard />
        </Col>
        <Col xs={24} lg={12}>
          <Card title="能力等级分布（GB/T 42195-2022）">
            {s.byCareLevel.map((l) => (
              <div key={String(l.level)} style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 6 }}>
                <span style={{ width: 90 }}>{careLevelLabel(l.level)}</span>
                <Progress
                  percent={s.inResidence ? Math.round((l.n / s.inResidence) * 100) : 0}
                  strokeColor={l.level === null ? '#bfbfbf' : LEVEL_COLORS[l.level]}
                  format={() => qty(l.n, '人')}
                  style={{ flex: 1 }}
                />
              </div>
            ))}
            {s.unassessed > 0 && <Alert type="info" showIcon style={{ marginTop: 8 }} title={`${s.unassessed} 位老人尚未做能力评估`} />}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="各楼层床位">
            {s.floors.map((f) => (
              <div key={f.floor} style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 6 }}>
                <span style={{ width: 60 }}>{f.floor} 楼</span>
                <Progress percent={f.beds ? Math.round((f.occupied / f.beds) * 100) : 0} format={() => `${f.occupied}/${f.beds}`} style={{ flex: 1 }} />
              </div>
            ))}
          </Card>
        </Col>
        {!abnormalFirst && abnormal && <Col span={24}>{abnormal}</Col>}
        {can(COMPLIANCE_READERS) && (
          <Col xs={24} xl={14}>
            <ComplianceSummaryCard />
          </Col>
        )}
        {can(CLINIC_READERS) && (
          <Col xs={24} xl={10}>
            <LicenceAlertsCard />
          </Col>
        )}
      </Row>
    </div>
  );
}
