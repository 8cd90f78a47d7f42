import { Card, Col, DatePicker, Empty, Row, Space, Spin, Statistic, Table } from 'antd';
import dayjs from 'dayjs';
import { yuanText } from '../../../core/encounters/schema.ts';
import type { MonthlyDay } from '../../../core/encounters/report.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { FilingActions } from '../filings/FilingActions.tsx';

/** 月度统计: the month's encounters by kind, referrals, the medical/care fee split and the days; printable. */
export function MonthlyPanel({ month, onMonth }: { month: string; onMonth(month: string): void }) {
  const report = useApiQuery('encounters.monthly', { month });
  const r = report.data;
  return (
    <>
      <div className="toolbar">
        <DatePicker picker="month" value={dayjs(`${month}-01`)} onChange={(d) => d && onMonth(d.format('YYYY-MM'))} allowClear={false} aria-label="月份" />
        <FilingActions request={{ kind: 'clinic-monthly', input: { month } }} printLabel="打印月报" />
      </div>
      {report.isPending && <Spin />}
      {r && (
        <>
          <Row gutter={[16, 16]}>
            {r.byKind.map((k) => (
              <Col key={k.kind} xs={12} md={6}>
                <Card>
                  <Statistic title={k.label} value={k.n} suffix="人次" />
                  <div className="muted">涉及 {k.residents} 人</div>
                </Card>
              </Col>
            ))}
            <Col xs={12} md={6}>
              <Card>
                <Statistic title="转诊" value={r.referrals.length} suffix="次" />
                <div className="muted">{r.referralsByKind.map((x) => `${x.label} ${x.n}`).join('，')}</div>
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card title="收费（医疗与生活照护分开）">
                <Space size="large" wrap>
                  <Statistic title="医疗项目" value={yuanText(r.fees.medicalFen)} />
                  <Statistic title="其中记入医保" value={yuanText(r.fees.medicalInsuredFen)} />
                  <Statistic title="生活照护项目" value={yuanText(r.fees.careFen)} />
                </Space>
                {r.rules.map((x) => (
                  <div key={x.label} className="muted" style={{ marginTop: 8 }}>
                    {x.label}：{x.text}（{x.cite}）
                  </div>
                ))}
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card title="主要诊断">
                {r.diagnoses.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本月没有记录诊断" />
                ) : (
                  r.diagnoses.slice(0, 6).map((d) => (
                    <div key={`${d.code}${d.name}`}>
                      {d.code ?? ''} {d.name}：{d.n} 人次
                    </div>
                  ))
                )}
              </Card>
            </Col>
          </Row>
          <Table<MonthlyDay>
            style={{ marginTop: 16 }}
            size="small"
            rowKey="date"
            pagination={false}
            dataSource={r.days}
            locale={{ emptyText: '本月没有诊疗记录' }}
            columns={[
              { title: '日期', dataIndex: 'date' },
              { title: '门诊', dataIndex: 'visit' },
              { title: '床边巡诊', dataIndex: 'round' },
              { title: '输液', dataIndex: 'infusion' },
              { title: '转诊', dataIndex: 'referrals' },
              { title: '医疗项目', dataIndex: 'medicalFen', render: (v: number) => yuanText(v) },
              { title: '生活照护项目', dataIndex: 'careFen', render: (v: number) => yuanText(v) },
            ]}
          />
        </>
      )}
    </>
  );
}
