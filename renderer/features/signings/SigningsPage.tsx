import { useMemo, useState } from 'react';
import { Alert, Button, Card, Input, Segmented, Space, Statistic, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { SIGNING_STATUS, type CoverageRow } from '../../../core/signings/schema.ts';
import { SIGNING_EDITORS } from '../../../core/signings/access.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { errorMessage } from '../../ui/serverErrors.ts';
import { FilingActions } from '../filings/FilingActions.tsx';
import { SignFormModal } from './SignFormModal.tsx';

type Show = 'all' | 'none' | 'expiring' | 'examDue';
const statusColor = { signed: 'green', expiring: 'orange', none: 'red' } as const;

/**
 * 家庭医生签约: the coverage for all residents and for those aged 65+ against the region's target, who is not
 * signed or expires within 30 days, and the signed 65+ residents' free yearly exam done or still due.
 */
export function SigningsPage() {
  const { can } = useSession();
  const coverage = useApiQuery('signings.coverage', {});
  const [show, setShow] = useState<Show>('all');
  const [text, setText] = useState('');
  const [signing, setSigning] = useState<{ resident?: { id: number; label: string }; renewFrom?: string; last?: { team: string; doctor: string; package: string } } | null>(null);
  const c = coverage.data;
  const rows = useMemo(() => {
    const all = c?.rows ?? [];
    const q = text.trim();
    return all.filter(
      (r) =>
        (show === 'all' || (show === 'examDue' ? r.aged65 && r.signing !== null && r.examThisYear === null : r.status === show)) &&
        (q === '' || r.name.includes(q) || r.bedLabel.includes(q)),
    );
  }, [c, show, text]);
  const editor = can(SIGNING_EDITORS);
  return (
    <div className="page">
      <div className="page-title">
        <h1>家庭医生签约</h1>
        <span className="muted">在院老人与签约社区卫生服务中心家庭医生团队的签约、续签和年度免费体检。</span>
      </div>
      {coverage.error && <Alert type="error" showIcon title={errorMessage(coverage.error)} />}
      {c && (
        <Space wrap size={16} style={{ marginBottom: 16 }} align="start">
          <Card size="small">
            <Statistic title="全体在院老人签约率" value={c.all.percent ?? '—'} suffix={c.all.percent === null ? '' : '%'} />
            <div className="muted">{c.all.signed} / {c.all.residents} 人</div>
          </Card>
          <Card size="small">
            <Statistic
              title="65 岁及以上签约率"
              value={c.aged65.percent ?? '—'}
              suffix={c.aged65.percent === null ? '' : '%'}
              styles={{ content: { color: c.target?.met === false ? '#cf1322' : undefined } }}
            />
            <div className="muted">{c.aged65.signed} / {c.aged65.residents} 人</div>
          </Card>
          <Card size="small" style={{ maxWidth: 460 }}>
            <div style={{ fontWeight: 600 }}>目标</div>
            {c.target ? (
              <>
                <div>
                  {c.target.text}
                  {c.target.met === true && <Tag color="green" style={{ marginLeft: 8 }}>已达到</Tag>}
                  {c.target.met === false && <Tag color="red" style={{ marginLeft: 8 }}>未达到</Tag>}
                  {c.target.unverified && <Tag color="orange">待核实</Tag>}
                </div>
                <div className="muted">{c.target.profile}，{c.target.cite}</div>
              </>
            ) : (
              <div className="muted">本机构所在地区的政策未规定签约率目标。</div>
            )}
          </Card>
          <Card size="small">
            <div style={{ fontWeight: 600 }}>已签约 65 岁及以上老人今年免费体检</div>
            <div>已做 {c.exams.doneThisYear} 人，待做 {c.exams.due} 人</div>
          </Card>
        </Space>
      )}
      <div className="toolbar">
        {editor && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setSigning({})}>
            登记签约
          </Button>
        )}
        <Segmented<Show>
          value={show}
          onChange={setShow}
          options={[
            { value: 'all', label: '全部' },
            { value: 'none', label: `未签约${c ? ` ${c.rows.filter((r) => r.status === 'none').length}` : ''}` },
            { value: 'expiring', label: `30 天内到期${c ? ` ${c.rows.filter((r) => r.status === 'expiring').length}` : ''}` },
            { value: 'examDue', label: `待体检${c ? ` ${c.exams.due}` : ''}` },
          ]}
        />
        <Input.Search allowClear placeholder="姓名或床号" style={{ width: '12em' }} value={text} onChange={(e) => setText(e.target.value)} />
        <span style={{ marginLeft: 'auto' }}>
          <FilingActions request={{ kind: 'signing', input: {} }} printLabel="打印签约名单" xlsx />
        </span>
      </div>
      <Table<CoverageRow>
        rowKey="residentId"
        size="small"
        loading={coverage.isFetching}
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: <EmptyState title={c?.rows.length === 0 ? '还没有在院老人' : '没有符合条件的老人'} hint={c?.rows.length === 0 ? '办理入住后，在这里登记家庭医生签约。' : '请换一个筛选条件。'} /> }}
        columns={[
          { title: '床位', dataIndex: 'bedLabel', width: '6em', sorter: (a, b) => a.bedLabel.localeCompare(b.bedLabel) },
          { title: '姓名', dataIndex: 'name', width: '7em' },
          { title: '年龄', dataIndex: 'age', width: '5em', sorter: (a, b) => a.age - b.age },
          {
            title: '签约状态',
            key: 'status',
            width: '12em',
            render: (_v, r) => (
              <>
                <Tag color={statusColor[r.status]}>{SIGNING_STATUS[r.status]}</Tag>
                {r.lapsedOn && <span className="muted">{r.lapsedOn} 到期</span>}
              </>
            ),
          },
          { title: '团队 / 医生', key: 'team', ellipsis: true, render: (_v, r) => (r.signing ? `${r.signing.team} ${r.signing.doctor}` : '') },
          { title: '签约期限', key: 'term', width: '14em', render: (_v, r) => (r.signing ? `${r.signing.signedOn} 至 ${r.signing.expiresOn}` : '') },
          {
            title: '今年体检',
            key: 'exam',
            width: '8em',
            render: (_v, r) => (r.aged65 && r.signing ? (r.examThisYear ? `${r.examThisYear}` : <Tag color="orange">待做</Tag>) : ''),
          },
          {
            title: '',
            key: 'act',
            width: '6em',
            render: (_v, r) =>
              editor && r.status !== 'signed' ? (
                <Button
                  size="small"
                  onClick={() =>
                    setSigning({
                      resident: { id: r.residentId, label: `${r.bedLabel} 床 ${r.name}` },
                      ...(r.signing ? { renewFrom: r.signing.expiresOn, last: r.signing } : {}),
                    })
                  }
                >
                  {r.signing ? '续签' : '签约'}
                </Button>
              ) : null,
          },
        ]}
      />
      {signing && (
        <SignFormModal
          resident={signing.resident}
          renewFrom={signing.renewFrom ? dayjsNext(signing.renewFrom) : undefined}
          last={signing.last}
          onClose={() => setSigning(null)}
        />
      )}
    </div>
  );
}

const dayjsNext = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
