import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { keepPreviousData } from '@tanstack/react-query';
import { Alert, Card, Checkbox, Col, Descriptions, Input, InputNumber, Radio, Row, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import {
  ABILITY_DIAGNOSES,
  ASSESSMENT_REASONS,
  EDUCATION,
  RISK_EVENTS,
  SCALES,
  abilityInput,
  mmseInput,
  simpleScaleInput,
  type Answers,
} from '../../../core/assessments/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { FormDrawer } from '../../ui/forms/FormDrawer.tsx';
import { useApiForm, type ApiFormOptions } from '../../ui/forms/useApiForm.ts';
import { useDebounced } from '../../ui/useDebounced.ts';

/** The scales a nurse assesses on the record page (the TCM questions and 自理能力 table also belong to the annual exam). */
export type AssessScale = 'gbt42195' | 'braden' | 'morse' | 'ad8' | 'mmse' | 'selfcare';

const schemaOf = (scale: AssessScale) => (scale === 'gbt42195' ? abilityInput : scale === 'mmse' ? mmseInput : simpleScaleInput);

/**
 * 评估 of one resident on one scale: every item by part as the scale's data lists it, scored live by
 * assessments.score (the same function that scores the saved assessment) with part totals, level and every reason.
 */
export function AssessmentDrawer({ resident, scale, onClose }: { resident: { id: number; name: string }; scale: AssessScale; onClose(): void }) {
  const def = SCALES[scale];
  const { user } = useSession();
  const [answers, setAnswers] = useState<Answers>({});
  const api = useApiForm({
    method: 'assessments.save',
    schema: schemaOf(scale),
    defaults: {
      residentId: resident.id,
      scale,
      assessedOn: dayjs().format('YYYY-MM-DD'),
      assessors: [user.displayName],
      answers: {},
      notes: '',
      lateReason: '',
      ...(scale === 'gbt42195' ? { reason: 'first', context: { coma: false, diagnoses: [], riskEvents: {} } } : {}),
      ...(scale === 'mmse' ? { context: { education: 'primary' } } : {}),
    },
    toInput: (v) => ({ ...v, answers }) as never,
    success: (r) => `已保存${def.name}：${r.residentName} ${r.total} 分，${r.levelLabel}`,
    onSaved: onClose,
  } as ApiFormOptions<'assessments.save', typeof abilityInput>);
  const { control } = api.form;
  const context = useWatch({ control, name: 'context' });
  const assessors = useWatch({ control, name: 'assessors' }) ?? [];
  const request = useDebounced(
    useMemo(
      () => ({ scale, answers, partial: true, ...(scale === 'gbt42195' || scale === 'mmse' ? { context } : {}) }) as never,
      [scale, answers, context],
    ),
    200,
  );
  const score = useApiQuery('assessments.score', request, { placeholderData: keepPreviousData });
  const answered = Object.keys(answers).length;
  // The core names a refused answer under answers.<item code> (B.4.5): codes with dots nest in the form's errors.
  const answersError = firstMessage(api.form.formState.errors.answers);
  const itemCount = def.parts.reduce((s, p) => s + p.items.length, 0);

  return (
    <FormDrawer api={api} title={`${def.name}：${resident.name}`} okText="保存评估" label="评估" onClose={onClose}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Field control={control} name="assessedOn" label="评估日期" required>
            {(f) => <IsoDatePicker id="assessedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </Field>
        </Col>
        {scale === 'gbt42195' && (
          <Col xs={24} md={8}>
            <Field control={control} name="reason" label="评估原因" required>
              {(f) => <Select {...f} id="reason" options={Object.entries(ASSESSMENT_REASONS).map(([value, label]) => ({ value, label }))} />}
            </Field>
          </Col>
        )}
        <Col xs={24} md={8}>
          <Field control={control} name="assessors" label={scale === 'gbt42195' ? '评估员（两名）' : '评估员'} required>
            {(f) => (
              <Select
                id="assessors"
                mode="tags"
                value={f.value}
                onChange={f.onChange}
                tokenSeparators={['、', '，', ',']}
                placeholder="输入姓名后回车"
                open={false}
                aria-label="评估员"
              />
            )}
          </Field>
          {scale === 'gbt42195' && assessors.length < 2 && <div className="muted" style={{ marginTop: -16, marginBottom: 8 }}>请输入第二位评估员姓名后回车</div>}
        </Col>
      </Row>
      {scale === 'gbt42195' && <AbilityContextFields control={control} />}
      {scale === 'mmse' && (
        <Field control={control} name={'context.education' as 'notes'} label="文化程度（决定划界分）" required>
          {(f) => <Radio.Group {...f} options={Object.entries(EDUCATION).map(([value, label]) => ({ value, label }))} />}
        </Field>
      )}
      {def.note && <Alert type="info" title={def.note} style={{ marginBottom: 12 }} />}
      {def.parts.map((part) => (
        <Card key={part.code} size="small" title={part.label} style={{ marginBottom: 12 }} extra={<PartTotal code={part.code} parts={score.data} />}>
          {part.items.map((item) => (
            <div key={item.code} className="scale-item" style={{ marginBottom: 10 }}>
              <div>
                <b>
                  {item.code} {item.label}
                </b>
                {item.unverifiedNote && (
                  <Tag color="gold" style={{ marginLeft: 8 }} title={item.unverifiedNote}>
                    待核实
                  </Tag>
                )}
              </div>
              {item.hint && <div className="muted" style={{ fontSize: '0.85em' }}>{item.hint}</div>}
              <Radio.Group
                aria-label={`${item.code} ${item.label}`}
                value={answers[item.code]}
                onChange={(e) => {
                  setAnswers((a) => ({ ...a, [item.code]: e.target.value as string }));
                  api.form.clearErrors('answers');
                }}
                options={item.options.map((o) => ({ value: o.code, label: `${o.label}（${o.points}分）` }))}
              />
            </div>
          ))}
        </Card>
      ))}
      <Field control={control} name="notes" label="备注">
        {(f) => <Input.TextArea {...f} id="notes" rows={2} maxLength={500} showCount />}
      </Field>
      <Field control={control} name="lateReason" label="补记原因（老人已离院、补录纸质记录时填写）">
        {(f) => <Input {...f} id="lateReason" maxLength={200} />}
      </Field>
      {answersError && <Alert type="error" showIcon title={answersError} style={{ marginBottom: 8 }} data-testid="answers-error" />}
      <Card size="small" title={`评分（已答 ${answered}/${itemCount} 项）`} className="live-score" style={{ position: 'sticky', bottom: 0, maxHeight: '40vh', overflowY: 'auto' }}>
        <LiveScore data={score.data} error={score.error?.message ?? null} />
      </Card>
    </FormDrawer>
  );
}

function firstMessage(node: unknown): string | null {
  if (!node || typeof node !== 'object') return null;
  const message = (node as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  for (const child of Object.values(node)) {
    const found = firstMessage(child);
    if (found) return found;
  }
  return null;
}

type ScoreData = ReturnType<typeof useApiQuery<'assessments.score'>>['data'];

function PartTotal({ code, parts }: { code: string; parts: ScoreData }) {
  if (!parts) return null;
  const list = parts.complete ? parts.result.parts : parts.parts;
  const p = list.find((x) => x.code === code);
  return p ? <span>小计 {p.score}/{p.max} 分</span> : null;
}

function LiveScore({ data, error }: { data: ScoreData; error: string | null }) {
  if (error) return <Alert type="error" title={error} />;
  if (!data) return <span className="muted">开始作答后在这里显示得分</span>;
  if (!data.complete) {
    return (
      <span data-testid="live-total">
        已得 {data.parts.reduce((s, p) => s + p.score, 0)} 分；还有 {data.missing.length} 项未答（{data.missing.slice(0, 6).join('、')}
        {data.missing.length > 6 ? '…' : ''}）
      </span>
    );
  }
  const r = data.result;
  return (
    <Descriptions column={1} size="small">
      <Descriptions.Item label="总分">
        <span data-testid="live-total">
          {r.total}/{r.max} 分
        </span>
      </Descriptions.Item>
      {r.preliminary && <Descriptions.Item label="初步等级">{r.preliminary.label}</Descriptions.Item>}
      <Descriptions.Item label={r.preliminary ? '最终等级' : '结果'}>
        <b data-testid="live-level">{r.level.label}</b>
      </Descriptions.Item>
      <Descriptions.Item label="依据">
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {r.reasons.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
      </Descriptions.Item>
      {r.followUp && <Descriptions.Item label="后续">{r.followUp}</Descriptions.Item>}
      {r.readings.length > 0 && (
        <Descriptions.Item label="采用的规则">
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {r.readings.map((x) => (
              <li key={x.topic}>
                {x.topic}：{x.chosen}（{x.cite}）{x.unverified && <Tag color="gold">待核实</Tag>}
              </li>
            ))}
          </ul>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** What C.4's change rules look at: coma, the diagnoses that move the level, risk events in the last 30 days. */
function AbilityContextFields({ control }: { control: ReturnType<typeof useApiForm<'assessments.save', typeof abilityInput>>['form']['control'] }) {
  return (
    <Card size="small" title="等级变更依据（GB/T 42195 附录 C.4）" style={{ marginBottom: 12 }}>
      <Field control={control} name="context.coma" label="是否处于昏迷状态">
        {(f) => (
          <Checkbox id="context.coma" checked={f.value} onChange={(e) => f.onChange(e.target.checked)}>
            处于昏迷状态（直接评定为完全失能）
          </Checkbox>
        )}
      </Field>
      <Field control={control} name="context.diagnoses" label="疾病诊断">
        {(f) => (
          <Select
            id="context.diagnoses"
            mode="multiple"
            value={f.value}
            onChange={f.onChange}
            options={Object.entries(ABILITY_DIAGNOSES).map(([value, label]) => ({ value, label }))}
            placeholder="没有可不选"
          />
        )}
      </Field>
      <div style={{ marginBottom: 4 }}>近 30 天内照护风险事件（次数，3 = 3 次及以上）</div>
      <Row gutter={8}>
        {Object.entries(RISK_EVENTS).map(([key, label]) => (
          <Col key={key} xs={12} md={4}>
            <Field control={control} name={`context.riskEvents.${key as keyof typeof RISK_EVENTS}`} label={label}>
              {(f) => <InputNumber id={`context.riskEvents.${key}`} min={0} max={3} value={f.value ?? 0} onChange={(v) => f.onChange(v ?? 0)} style={{ width: '100%' }} />}
            </Field>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
