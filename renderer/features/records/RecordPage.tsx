import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { App, Button, Card, Col, Dropdown, Empty, Result, Row, Space, Spin, Table, Tabs, Tag, Timeline } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { careLevelLabel } from '../../../core/residents/schema.ts';
import { ALLERGY_CATEGORIES, ALLERGY_SEVERITIES, ENTRY_KINDS, HISTORY_KINDS, type EntryKind } from '../../../core/records/schema.ts';
import { RECORD_EDITORS, RECORD_READERS } from '../../../core/records/access.ts';
import { ASSESSORS } from '../../../core/assessments/access.ts';
import type { Entry } from '../../../core/records/entries.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../ui/serverErrors.ts';
import { HealthTags } from './HealthTags.tsx';
import { FilingActions } from '../filings/FilingActions.tsx';
import { ASSESSMENT_PRINTERS } from '../../../core/assessments/access.ts';
import { EXAM_READERS } from '../../../core/exams/access.ts';
import { AssessmentDrawer, type AssessScale } from './AssessmentDrawer.tsx';
import { ExamDrawer } from './ExamDrawer.tsx';
import { EXAMINERS } from '../../../core/exams/access.ts';
import {
  AllergyDialog,
  ConditionDialog,
  HistoryDialog,
  HospiceEndDialog,
  HospiceStartDialog,
  MedicationDialog,
  ReferBackDialog,
  ReferOutDialog,
  RemoveEntryDialog,
  VaccinationDialog,
  type Who,
} from './FactDialogs.tsx';

type Dialog =
  | { kind: 'allergy' | 'condition' | 'history' | 'medication' | 'vaccination' | 'referOut' | 'hospiceStart' }
  | { kind: 'referBack'; id: number }
  | { kind: 'hospiceEnd'; id: number }
  | { kind: 'remove'; entry: EntryKind; id: number }
  | null;

const SCALE_MENU: { key: AssessScale; label: string }[] = [
  { key: 'gbt42195', label: '老年人能力评估（GB/T 42195）' },
  { key: 'braden', label: '压力性损伤风险（Braden）' },
  { key: 'morse', label: '跌倒风险（Morse）' },
  { key: 'ad8', label: '认知筛查（AD8）' },
  { key: 'mmse', label: '简易精神状态检查（MMSE）' },
  { key: 'selfcare', label: '生活自理能力评估' },
];

const STATUS_TAG = { never: ['red', '从未评估'], overdue: ['red', '已逾期'], due: ['orange', '今天到期'], soon: ['gold', '即将到期'], ok: ['green', '未到期'] } as const;

/** 健康档案: a resident's facts, assessments, annual exams and the timeline of everything recorded. */
export function RecordPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { can } = useSession();
  const { message } = App.useApp();
  const record = useApiQuery('records.get', { residentId: id });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [assess, setAssess] = useState<AssessScale | null>(null);
  const [exam, setExam] = useState(false);
  const restore = useApiMutation('records.restore');
  const editor = can(RECORD_EDITORS);
  if (record.isPending) return <Spin />;
  if (record.isError) return <Result status="warning" title={record.error.message} />;
  const { resident: r, entries, hospice, openReferral } = record.data;
  const who: Who = { id: r.id, name: r.name, left: r.status !== 'in_residence' };
  const open = (kind: Exclude<NonNullable<Dialog>, { id: number }>['kind']) => () => setDialog({ kind } as Dialog);

  const list = (kind: EntryKind, describe: (e: Entry) => ReactNode, extra?: (e: Entry) => ReactNode) => {
    const rows = entries[kind];
    if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`尚无${ENTRY_KINDS[kind]}记录`} />;
    return (
      <ul className="fact-list">
        {rows.map((e) => (
          <li key={e.id} className={e.deletedAt ? 'deleted' : undefined}>
            <span style={e.deletedAt ? { textDecoration: 'line-through', color: '#8c8c8c' } : undefined}>{describe(e)}</span>
            {e.deletedAt ? (
              <>
                <Tag style={{ marginLeft: 8 }}>已删除：{String(e.deletedReason)}</Tag>
                {editor && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() =>
                      void restore.mutateAsync({ kind, id: e.id }).then(
                        () => message.success('已恢复'),
                        (error: unknown) => message.error(errorMessage(error)),
                      )
                    }
                  >
                    恢复
                  </Button>
                )}
              </>
            ) : (
              <>
                {extra?.(e)}
                {editor && (
                  <Button type="link" size="small" danger onClick={() => setDialog({ kind: 'remove', entry: kind, id: e.id })}>
                    删除
                  </Button>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    );
  };
  const card = (title: string, add: (() => void) | null, children: ReactNode) => (
    <Card size="small" title={title} style={{ marginBottom: 12 }} extra={editor && add && <Button size="small" icon={<PlusOutlined />} onClick={add}>添加</Button>}>
      {children}
    </Card>
  );

  const facts = (
    <Row gutter={12}>
      <Col xs={24} lg={12}>
        {card(
          '过敏',
          open('allergy'),
          list('allergy', (e) => (
            <>
              <Tag color="red">{ALLERGY_CATEGORIES[e.category as keyof typeof ALLERGY_CATEGORIES]}</Tag>
              <b>{String(e.substance)}</b>（{ALLERGY_SEVERITIES[e.severity as keyof typeof ALLERGY_SEVERITIES]}
              {e.reaction ? `，${String(e.reaction)}` : ''}）
            </>
          )),
        )}
        {card('慢性病', open('condition'), list('condition', (e) => `${String(e.name)}${e.icd10 ? `（${String(e.icd10)}）` : ''}${e.diagnosedOn ? `，${String(e.diagnosedOn)} 确诊` : ''}`))}
        {card('院外长期用药', open('medication'), list('medication', (e) => `${String(e.drug)} ${[e.dose, e.route, e.frequency].filter(Boolean).join(' ')}${e.prescribedBy ? `（${String(e.prescribedBy)}）` : ''}`))}
        {card('病史（既往史、手术史、家族史等）', open('history'), list('history', (e) => `${HISTORY_KINDS[e.kind as keyof typeof HISTORY_KINDS]}：${e.relation ? `${String(e.relation)} ` : ''}${String(e.description)}${e.whenText ? `（${String(e.whenText)}）` : ''}`))}
      </Col>
      <Col xs={24} lg={12}>
        {card(
          '转诊（双向转诊）',
          openReferral ? null : open('referOut'),
          list(
            'referral',
            (e) => `${String(e.referredOn)} 转至${String(e.hospital)}${e.partner ? '（医联体）' : ''}${e.admitted ? ' 住院' : ''}：${String(e.reason)}${e.returnedOn ? `；${String(e.returnedOn)} ${e.outcome === 'returned' ? '回院' : '未回院'}${e.dischargeDiagnosis ? `，出院诊断：${String(e.dischargeDiagnosis)}` : ''}` : ''}`,
            (e) =>
              !e.returnedOn && editor ? (
                <Button type="link" size="small" onClick={() => setDialog({ kind: 'referBack', id: e.id })}>
                  登记转回
                </Button>
              ) : null,
          ),
        )}
        {card('预防接种', open('vaccination'), list('vaccination', (e) => `${String(e.givenOn)} ${String(e.vaccineName)}${e.dose ? ` ${String(e.dose)}` : ''}，知情同意：${String(e.consentBy)}（${String(e.consentRelation)}，${String(e.consentOn)}）`))}
        {card(
          '安宁疗护',
          hospice ? null : open('hospiceStart'),
          list(
            'hospice',
            (e) => `${String(e.startedOn)} 开始${e.endedOn ? `，${String(e.endedOn)} 结束（${String(e.endReason)}）` : '，进行中'}`,
            (e) =>
              !e.endedOn && editor ? (
                <Button type="link" size="small" onClick={() => setDialog({ kind: 'hospiceEnd', id: e.id })}>
                  结束
                </Button>
              ) : null,
          ),
        )}
      </Col>
    </Row>
  );

  return (
    <div className="page record-page">
      <Space wrap style={{ marginBottom: 12 }} align="center">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          返回
        </Button>
        <h1 style={{ margin: 0 }}>{r.name} 的健康档案</h1>
        <span>
          {r.sex} · {r.age} 岁 · 入住 {r.admissionDate} · 能力等级 <b data-testid="record-level">{careLevelLabel(r.careLevel)}</b>
          {r.careLevelSource === 'external' && <span className="muted">（外部评估）</span>}
        </span>
        <HealthTags tags={{ allergies: record.data.allergies.map((a) => String(a.substance)), hospital: openReferral?.admitted ? { referralId: openReferral.id, hospital: String(openReferral.hospital), since: String(openReferral.referredOn) } : null, hospiceSince: hospice ? String(hospice.startedOn) : null }} />
        {can(ASSESSORS) && (
          <Dropdown menu={{ items: SCALE_MENU.map((s) => ({ key: s.key, label: s.label })), onClick: (e) => setAssess(e.key as AssessScale) }}>
            <Button type="primary">新建评估</Button>
          </Dropdown>
        )}
        {can(RECORD_READERS) && <FilingActions request={{ kind: 'health-record', input: { residentId: id } }} printLabel="打印健康档案" />}
      </Space>
      <Tabs
        items={[
          { key: 'facts', label: '档案', children: facts },
          { key: 'assessments', label: '评估', children: <Assessments residentId={id} /> },
          {
            key: 'exams',
            label: '年度体检',
            children: (
              <>
                {can(EXAMINERS) && (
                  <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setExam(true)}>
                    录入年度体检
                  </Button>
                )}
                <Exams residentId={id} />
              </>
            ),
          },
          { key: 'timeline', label: '时间线', children: <RecordTimeline residentId={id} /> },
        ]}
      />
      {exam && <ExamDrawer resident={r} onClose={() => setExam(false)} />}
      {assess && <AssessmentDrawer resident={r} scale={assess} onClose={() => setAssess(null)} />}
      {dialog?.kind === 'allergy' && <AllergyDialog who={who} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'condition' && <ConditionDialog who={who} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'history' && <HistoryDialog who={who} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'medication' && <MedicationDialog who={who} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'vaccination' && <VaccinationDialog who={who} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'referOut' && <ReferOutDialog who={who} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'referBack' && <ReferBackDialog who={who} referralId={dialog.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'hospiceStart' && <HospiceStartDialog who={who} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'hospiceEnd' && <HospiceEndDialog who={who} periodId={dialog.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'remove' && <RemoveEntryDialog kind={dialog.entry} id={dialog.id} onClose={() => setDialog(null)} />}
    </div>
  );
}

function Assessments({ residentId }: { residentId: number }) {
  const q = useApiQuery('assessments.forResident', { residentId });
  const { can } = useSession();
  if (!q.data) return <Spin />;
  return (
    <>
      <Row gutter={12}>
        {q.data.tracks.map((t) => (
          <Col key={t.track} xs={24} md={12} xl={8}>
            <Card size="small" title={t.label} style={{ marginBottom: 12 }} extra={<Tag color={STATUS_TAG[t.status][0]}>{STATUS_TAG[t.status][1]}</Tag>}>
              {t.latest ? (
                <>
                  <div>
                    <b>{t.latest.levelLabel}</b>
                    {t.latest.total !== null && `（${t.latest.total} 分）`} · {t.latest.assessedOn}
                  </div>
                  <div className="muted">下次评估：{t.latest.nextDueOn ?? '—'}{t.latest.source ? ` · 来源：${t.latest.source}` : ''}</div>
                </>
              ) : (
                <span className="muted">尚未评估，请点击上方“新建评估”</span>
              )}
            </Card>
          </Col>
        ))}
      </Row>
      <Table
        size="small"
        rowKey="id"
        dataSource={q.data.history}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '尚无评估记录' }}
        columns={[
          { title: '日期', dataIndex: 'assessedOn', width: 110 },
          { title: '量表', dataIndex: 'scaleLabel' },
          { title: '总分', dataIndex: 'total', width: 70, render: (v: number | null) => v ?? '—' },
          { title: '结果', dataIndex: 'levelLabel', render: (v: string, a) => (a.deletedAt ? <s>{v}</s> : v) },
          { title: '评估员/来源', key: 'who', render: (_, a) => (Array.isArray(a.assessors) ? a.assessors.join('、') : a.assessors) || a.source },
          {
            title: '',
            key: 'print',
            width: '6em',
            render: (_, a) => (a.scale !== 'external' && can(ASSESSMENT_PRINTERS) ? <FilingActions request={{ kind: 'assessment', input: { id: a.id } }} /> : null),
          },
        ]}
      />
    </>
  );
}

function Exams({ residentId }: { residentId: number }) {
  const q = useApiQuery('exams.forResident', { residentId });
  const { can } = useSession();
  if (!q.data) return <Spin />;
  return (
    <Table
      size="small"
      rowKey="id"
      dataSource={q.data}
      pagination={false}
      locale={{ emptyText: '尚无年度体检记录（65 岁及以上老人每年一次，见“年度体检待检”名单）' }}
      columns={[
        { title: '体检日期', dataIndex: 'examOn', width: 110 },
        { title: '责任医生', dataIndex: 'doctor', width: 100 },
        { title: '健康评价', key: 'evaluation', render: (_, e) => (e.evaluation === 'normal' ? '体检无异常' : `有异常：${e.form.abnormalities.join('；')}`) },
        { title: '生活自理能力', key: 'selfcare', render: (_, e) => `${e.selfcare.total} 分 ${e.selfcare.level.label}` },
        { title: '中医体质', key: 'tcm', render: (_, e) => e.tcm.result.level.label },
        {
          title: '',
          key: 'print',
          width: '6em',
          render: (_, e) => (!e.deletedAt && can(EXAM_READERS) ? <FilingActions request={{ kind: 'annual-exam', input: { residentId, year: e.year } }} /> : null),
        },
      ]}
    />
  );
}

function RecordTimeline({ residentId }: { residentId: number }) {
  const [before, setBefore] = useState<string | null>(null);
  const [pages, setPages] = useState<{ date: string; sourceLabel: string; title: string; detail: string; key: string }[]>([]);
  const q = useApiQuery('records.timeline', { residentId, before, limit: 50 });
  const shown = [...pages, ...(q.data?.entries.map((e) => ({ ...e, key: `${e.source}-${e.id}-${e.date}` })) ?? [])];
  if (q.isPending && pages.length === 0) return <Spin />;
  if (shown.length === 0) return <Empty description="还没有任何记录" />;
  return (
    <>
      <Timeline
        items={shown.map((e) => ({
          key: e.key,
          children: (
            <div>
              <b>{e.date}</b> <Tag>{e.sourceLabel}</Tag> {e.title}
              <div className="muted" style={{ fontSize: '0.85em' }}>{e.detail}</div>
            </div>
          ),
        }))}
      />
      {q.data?.next && (
        <Button
          onClick={() => {
            setPages(shown);
            setBefore(q.data.next);
          }}
        >
          更早的记录
        </Button>
      )}
    </>
  );
}
