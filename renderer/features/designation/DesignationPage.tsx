import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, List, Result, Space, Spin, Steps, Table, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { APPLICATION_KINDS, APPLICATION_STATUS, BAR_KINDS, LTC_LEVELS, type ApplicationStatus } from '../../../core/designation/schema.ts';
import { FINDING_STATUS } from '../../../core/policy/schema.ts';
import type { MethodOutput } from '../../../core/api/methods.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { DESIGNATION_DIRECTORS, DESIGNATION_EDITORS, LTC_EDITORS } from '../../../core/designation/access.ts';
import { AttachmentField } from '../../ui/AttachmentField.tsx';
import { errorMessage } from '../../ui/serverErrors.ts';
import { FilingActions } from '../filings/FilingActions.tsx';
import { routeOf, STATUS_COLOR } from '../compliance/labels.ts';
import { BarDialog, ChangeReportedDialog, ExitDialog, LtcDialog, OutcomeDialog, RuleDialog, SetupDialog, SignDialog, SubmitDialog, SupplementDialog, SuppliedDialog, SuspendDialog } from './forms.tsx';

type Overview = MethodOutput<'designation.overview'>;
type AppView = Overview['applications'][number];

const Unverified = ({ on }: { on: boolean }) => (on ? <Tag color="orange">待核实</Tag> : null);

const STEP_OF: Record<ApplicationStatus, number> = { draft: 0, ready: 1, evaluating: 2, passed: 3, failed: 3, signed: 4, suspended: 4, ended: 4 };

function EligibilityCard({ o }: { o: Overview }) {
  const navigate = useNavigate();
  const e = o.eligibility;
  return (
    <Card title="医保定点申请资格（内设医疗机构）" style={{ marginBottom: 16 }}>
      {e.eligible ? (
        <Alert type="success" showIcon title={`今天（${e.today}）可以申请医保定点。`} />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={e.eligibleFrom ? `现在还不能申请：最早 ${e.eligibleFrom} 可以申请。` : `现在还不能申请，请先处理下列 ${e.reasons.length} 项。`}
          description={e.timeAllowsFrom && !e.eligibleFrom ? `正式运营时间方面：${e.timeAllowsFrom} 起满足。` : undefined}
        />
      )}
      <List
        style={{ marginTop: 12 }}
        dataSource={e.items}
        rowKey={(f) => `${f.rule}:${f.looked}`}
        renderItem={(f) => (
          <List.Item
            actions={f.link && f.status !== 'ok' ? [<Button key="fix" onClick={() => void navigate(routeOf(f.link!))}>去处理</Button>] : []}
          >
            <List.Item.Meta
              title={
                <Space size={4} wrap>
                  <Tag color={STATUS_COLOR[f.status]}>{FINDING_STATUS[f.status]}</Tag>
                  <Unverified on={f.unverified} />
                  <strong>{f.label}</strong>
                </Space>
              }
              description={
                <div>
                  <div>{f.looked}</div>
                  {f.fix && <div>处理：{f.fix}</div>}
                  <div className="muted">依据：{f.cite}</div>
                </div>
              }
            />
          </List.Item>
        )}
      />
      <div className="muted">{e.reading}</div>
    </Card>
  );
}

type Dialog =
  | { kind: 'submit' | 'supplement' | 'outcome' | 'sign' | 'suspend' | 'exit'; id: number }
  | { kind: 'supplied'; supplementId: number }
  | { kind: 'change'; field: string; label: string }
  | null;

function ApplicationCard({ a, director, editor }: { a: AppView; director: boolean; editor: boolean }) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const attach = useApiMutation('designation.attach');
  const resume = useApiMutation('designation.resume');
  const open = a.supplements.find((s) => s.suppliedOn === null);
  const failed = a.status === 'failed';
  return (
    <Card
      style={{ marginBottom: 16 }}
      className="designation-application"
      title={
        <Space>
          <span>{a.title}</span>
          <Tag color={failed ? 'red' : a.status === 'signed' ? 'green' : 'blue'}>{APPLICATION_STATUS[a.status]}</Tag>
        </Space>
      }
      extra={<FilingActions request={{ kind: 'designation', input: { id: a.id } }} printLabel="打印申请材料" />}
    >
      <Steps
        size="small"
        current={STEP_OF[a.status]}
        status={failed ? 'error' : undefined}
        items={[{ title: '草稿' }, { title: '材料齐全' }, { title: '受理与评估' }, { title: failed ? '不合格' : '评估合格' }, { title: '签订协议' }]}
        style={{ marginBottom: 16 }}
      />
      <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="类别">{APPLICATION_KINDS[a.kind]}</Descriptions.Item>
        <Descriptions.Item label="提交">{a.submittedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="受理">{a.acceptedOn ?? '—'}</Descriptions.Item>
        {a.clock && (
          <Descriptions.Item label="评估时限">
            {a.clock.paused ? `补充材料中，计时暂停（已暂停 ${a.clock.pausedDays} 天）` : `${a.clock.due} 前（剩 ${a.clock.daysLeft} 天${a.clock.pausedDays ? `，含补充材料暂停 ${a.clock.pausedDays} 天` : ''}）`}
            {a.clock.warning && <div className="muted">{a.clock.warning}</div>}
          </Descriptions.Item>
        )}
        {a.outcomeOn && <Descriptions.Item label="结论日期">{a.outcomeOn}</Descriptions.Item>}
        {failed && <Descriptions.Item label="不合格原因">{a.reasons}</Descriptions.Item>}
        {failed && <Descriptions.Item label="整改">{a.rectification || '—'}</Descriptions.Item>}
        {a.retryFrom && <Descriptions.Item label="最早可再申请">{a.retryFrom}</Descriptions.Item>}
        {a.agreementNo && <Descriptions.Item label="协议编号">{a.agreementNo}</Descriptions.Item>}
        {a.agreementFrom && <Descriptions.Item label="协议期限">{`${a.agreementFrom} 至 ${a.agreementTo}`}</Descriptions.Item>}
        {a.renewalDue && <Descriptions.Item label="续签申请截止">{a.renewalDue}</Descriptions.Item>}
        {a.suspendedFrom && <Descriptions.Item label="中止">{`${a.suspendedFrom} 至 ${a.suspendedUntil}`}</Descriptions.Item>}
        {a.exitOn && <Descriptions.Item label="退出">{`${a.exitNoticeOn} 提出，${a.exitOn} 退出`}</Descriptions.Item>}
      </Descriptions>
      {a.changes.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="重大信息变更，须向经办机构申报"
          description={a.changes.map((c) => (
            <div key={c.field}>
              {c.label}：{c.before} → {c.after}（{c.changedOn} 变更），{c.due} 前申报{c.warning ? `（${c.warning}）` : ''}
              {director && (
                <Button size="small" type="link" onClick={() => setDialog({ kind: 'change', field: c.field, label: c.label })}>
                  已申报
                </Button>
              )}
            </div>
          ))}
        />
      )}
      {a.supplements.length > 0 && (
        <div style={{ marginBottom: 12 }}>
          补充材料：
          {a.supplements.map((s) => (
            <div key={s.id} className="muted">
              {s.requestedOn} 通知：{s.note}；{s.suppliedOn ? `${s.suppliedOn} 补齐` : '尚未补齐'}
            </div>
          ))}
        </div>
      )}
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={a.materials}
        columns={[
          { title: '材料', dataIndex: 'title', render: (t: string, m) => `${t}${m.mandatory ? '' : '（可选）'}` },
          {
            title: '状态',
            width: '16em',
            render: (_: unknown, m) => (
              <Space direction="vertical" size={0}>
                <Tag color={m.status === 'missing' || m.status === 'damaged' ? 'red' : m.status === 'optional' ? 'default' : 'green'}>
                  {{ generated: '由本软件生成', attached: '已附扫描件', missing: '缺', optional: '可选，未附', damaged: '附件损坏' }[m.status]}
                </Tag>
                {m.note && <span className="muted">{m.note}</span>}
              </Space>
            ),
          },
          {
            title: '扫描件',
            width: '22em',
            render: (_: unknown, m) =>
              m.generated && !m.attachmentId ? (
                <span className="muted">打印时生成</span>
              ) : (
                <AttachmentField
                  id={`material-${a.id}-${m.key}`}
                  value={m.attachmentId}
                  disabled={!editor || !['draft', 'ready', 'evaluating'].includes(a.status)}
                  onChange={(attachmentId) =>
                    void attach
                      .mutateAsync({ id: a.id, key: m.key, attachmentId })
                      .then(() => message.success(attachmentId ? `已附上：${m.title}` : `已移除：${m.title}`))
                      .catch((e: unknown) => message.error(errorMessage(e)))
                  }
                />
              ),
          },
        ]}
      />
      {director && (
        <Space wrap style={{ marginTop: 12 }}>
          {(a.status === 'draft' || a.status === 'ready') && (
            <Button type="primary" onClick={() => setDialog({ kind: 'submit', id: a.id })}>
              提交申请
            </Button>
          )}
          {a.status === 'evaluating' && !open && <Button onClick={() => setDialog({ kind: 'supplement', id: a.id })}>通知补充材料</Button>}
          {a.status === 'evaluating' && open && <Button onClick={() => setDialog({ kind: 'supplied', supplementId: open.id })}>补充材料已补齐</Button>}
          {a.status === 'evaluating' && !open && (
            <Button type="primary" onClick={() => setDialog({ kind: 'outcome', id: a.id })}>
              登记评估结论
            </Button>
          )}
          {a.status === 'passed' && (
            <Button type="primary" onClick={() => setDialog({ kind: 'sign', id: a.id })}>
              签订协议
            </Button>
          )}
          {a.status === 'signed' && <Button onClick={() => setDialog({ kind: 'suspend', id: a.id })}>协议中止</Button>}
          {a.status === 'suspended' && (
            <Button onClick={() => void resume.mutateAsync({ id: a.id }).then(() => message.success('协议已恢复')).catch((e: unknown) => message.error(errorMessage(e)))}>恢复协议</Button>
          )}
          {(a.status === 'signed' || a.status === 'suspended') && (
            <Button danger onClick={() => setDialog({ kind: 'exit', id: a.id })}>
              申请退出
            </Button>
          )}
        </Space>
      )}
      {dialog?.kind === 'submit' && <SubmitDialog id={dialog.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'supplement' && <SupplementDialog id={dialog.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'supplied' && <SuppliedDialog supplementId={dialog.supplementId} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'outcome' && <OutcomeDialog id={dialog.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'sign' && <SignDialog id={dialog.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'suspend' && <SuspendDialog id={dialog.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'exit' && <ExitDialog id={dialog.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'change' && <ChangeReportedDialog id={a.id} field={dialog.field} label={dialog.label} onClose={() => setDialog(null)} />}
    </Card>
  );
}

function ApplicationsTab({ o, director, editor }: { o: Overview; director: boolean; editor: boolean }) {
  const { message } = App.useApp();
  const create = useApiMutation('designation.create');
  const make = (kind: 'medical' | 'ltc') =>
    void create
      .mutateAsync({ kind, title: '' })
      .then(() => message.success(`已新建${APPLICATION_KINDS[kind]}申请（草稿）`))
      .catch((e: unknown) => message.error(errorMessage(e)));
  const v = o.values;
  return (
    <>
      {editor && (
        <Space style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => make('medical')}>
            新建医保定点申请
          </Button>
          <Button icon={<PlusOutlined />} onClick={() => make('ltc')}>
            新建长护险定点申请
          </Button>
        </Space>
      )}
      <div className="muted" style={{ marginBottom: 12 }}>
        {v.evaluation.value.limit.amount} {{ months: '个月', naturalDays: '个自然日', workingDays: '个工作日' }[v.evaluation.value.limit.unit]}评估时限（{v.evaluation.cite}）<Unverified on={v.evaluation.unverified} />；
        协议管理时限（{v.terms.cite}）<Unverified on={v.terms.unverified} />；材料清单（{v.materials.cite}）<Unverified on={v.materials.unverified} />。节假日安排：{o.calendar.coverage}。
      </div>
      {o.applications.length === 0 ? (
        <Empty description="还没有定点申请" />
      ) : (
        [...o.applications].reverse().map((a) => <ApplicationCard key={a.id} a={a} director={director} editor={editor} />)
      )}
    </>
  );
}

function SetupTab({ o, editor, director }: { o: Overview; editor: boolean; director: boolean }) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'setup' | 'rule' | 'bar' | null>(null);
  const removeRule = useApiMutation('designation.removeRule');
  const removeBar = useApiMutation('designation.removeBar');
  const s = o.setup;
  const yes = (b: boolean) => (b ? '是' : '否');
  return (
    <>
      <Card title="医保负责人、信息系统与分开收费" extra={editor && <Button onClick={() => setDialog('setup')}>修改</Button>} style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={2}>
          <Descriptions.Item label="医保负责人">{s.insurancePrincipal || '未登记'}</Descriptions.Item>
          <Descriptions.Item label="医保管理员">{s.insuranceAdministrator || '未登记'}</Descriptions.Item>
          <Descriptions.Item label="医保管理部门">{yes(s.insuranceDepartment)}</Descriptions.Item>
          <Descriptions.Item label="信息系统">{s.infoVendor || '未登记'}{s.infoDeclaredOn ? `（${s.infoDeclaredOn} 声明）` : ''}</Descriptions.Item>
          <Descriptions.Item label="直接联网结算">{yes(s.infoDirectSettlement)}</Descriptions.Item>
          <Descriptions.Item label="全国统一医保编码">{yes(s.infoNationalCodes)}</Descriptions.Item>
          <Descriptions.Item label="医疗与照护分开收费">{yes(s.billingSeparated)}{s.billingNote ? `：${s.billingNote}` : ''}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="管理制度目录" extra={editor && <Button icon={<PlusOutlined />} onClick={() => setDialog('rule')}>登记制度</Button>} style={{ marginBottom: 16 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={o.rules}
          columns={[
            { title: '制度名称', dataIndex: 'title' },
            { title: '版本', dataIndex: 'version', width: '8em' },
            { title: '印发日期', dataIndex: 'adoptedOn', width: '10em' },
            {
              title: '',
              width: '6em',
              render: (_: unknown, r) =>
                editor && (
                  <Button size="small" type="text" danger onClick={() => void removeRule.mutateAsync({ id: r.id }).then(() => message.success(`已删除：${r.title}`))}>
                    删除
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <Card title="不予受理的情形（第十二条）" extra={director && <Button onClick={() => setDialog('bar')}>登记</Button>}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={o.bars}
          locale={{ emptyText: '未登记' }}
          columns={[
            { title: '情形', dataIndex: 'kind', render: (k: keyof typeof BAR_KINDS) => BAR_KINDS[k] },
            { title: '发生日期', dataIndex: 'occurredOn', width: '10em' },
            { title: '结束日期', dataIndex: 'endedOn', width: '10em' },
            { title: '说明', dataIndex: 'note' },
            {
              title: '',
              width: '6em',
              render: (_: unknown, r) =>
                director && (
                  <Button size="small" type="text" danger onClick={() => void removeBar.mutateAsync({ id: r.id }).then(() => message.success('已删除'))}>
                    删除
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      {dialog === 'setup' && <SetupDialog setup={s} onClose={() => setDialog(null)} />}
      {dialog === 'rule' && <RuleDialog onClose={() => setDialog(null)} />}
      {dialog === 'bar' && <BarDialog onClose={() => setDialog(null)} />}
    </>
  );
}

function LtcTab({ editor }: { editor: boolean }) {
  const { message } = App.useApp();
  const ltc = useApiQuery('designation.ltcOverview', {});
  const remove = useApiMutation('designation.ltcRemove');
  const [adding, setAdding] = useState(false);
  if (ltc.isPending) return <Spin />;
  if (ltc.isError) return <Result status="error" title={ltc.error.message} />;
  const d = ltc.data;
  return (
    <Card
      title={
        <Space>
          <span>长护险失能等级（医保办发〔2021〕37号，0—5 级）</span>
          <Tag color="green">可享受待遇 {d.eligibleCount} 人</Tag>
          {d.remindCount > 0 && <Tag color="orange">即将到期或已到期 {d.remindCount} 人</Tag>}
        </Space>
      }
      extra={editor && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>登记失能等级</Button>}
    >
      <div className="muted" style={{ marginBottom: 8 }}>
        {d.benefit.value.eligibleLevels.map((l) => LTC_LEVELS[l]).join('、')} 可享受待遇；到期前 {d.benefit.value.reminderDays} 天提醒（{d.benefit.cite}）<Unverified on={d.benefit.unverified} />
        {d.benefit.note && `　${d.benefit.note}`}
      </div>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={d.rows}
        locale={{ emptyText: '还没有登记长护险失能等级' }}
        columns={[
          { title: '床位', dataIndex: 'bedLabel', width: '7em' },
          { title: '姓名', dataIndex: 'residentName', width: '7em' },
          { title: '失能等级', dataIndex: 'level', render: (l: number) => LTC_LEVELS[l] },
          { title: '评估日期', dataIndex: 'assessedOn', width: '9em' },
          { title: '评估机构', dataIndex: 'agency' },
          {
            title: '有效期至',
            dataIndex: 'validUntil',
            width: '12em',
            render: (v: string, r) => (
              <Space size={4}>
                {v}
                {r.daysLeft < 0 ? <Tag color="red">已过期</Tag> : r.remind ? <Tag color="orange">剩 {r.daysLeft} 天</Tag> : null}
              </Space>
            ),
          },
          { title: '待遇起始', dataIndex: 'benefitFrom', width: '9em' },
          { title: '待遇', dataIndex: 'eligible', width: '6em', render: (e: boolean) => (e ? <Tag color="green">享受</Tag> : <Tag>否</Tag>) },
          {
            title: '',
            width: '6em',
            render: (_: unknown, r) =>
              editor && (
                <Button size="small" type="text" danger onClick={() => void remove.mutateAsync({ id: r.id }).then(() => message.success('已删除'))}>
                  删除
                </Button>
              ),
          },
        ]}
      />
      {adding && <LtcDialog row={null} residentId={null} onClose={() => setAdding(false)} />}
    </Card>
  );
}

/**
 * 定点申报: whether the clinic may apply for 医保定点 (the rule checker's findings), the applications of the
 * clinic (医保) and of the home (长护险) from draft to agreement, what must be on file, and residents' 长护险 levels.
 */
export function DesignationPage() {
  const overview = useApiQuery('designation.overview', {});
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'eligibility';
  if (overview.isPending) return <Spin style={{ margin: 40 }} />;
  if (overview.isError) return <Result status="error" title={overview.error.message} />;
  const o = overview.data;
  const director = can(DESIGNATION_DIRECTORS);
  const editor = can(DESIGNATION_EDITORS);
  return (
    <div className="page">
      <div className="page-title">
        <h1>定点申报</h1>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k })}
        items={[
          { key: 'eligibility', label: '申请资格', children: <EligibilityCard o={o} /> },
          { key: 'applications', label: `定点申请（${o.applications.length}）`, children: <ApplicationsTab o={o} director={director} editor={editor} /> },
          { key: 'setup', label: '定点准备', children: <SetupTab o={o} editor={editor} director={director} /> },
          { key: 'ltc', label: '长护险失能等级', children: <LtcTab editor={can(LTC_EDITORS)} /> },
        ]}
      />
    </div>
  );
}
