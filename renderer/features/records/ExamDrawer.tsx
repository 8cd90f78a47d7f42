import { useWatch, type Control, type FieldPath } from 'react-hook-form';
import { keepPreviousData } from '@tanstack/react-query';
import { Alert, Card, Checkbox, Col, Input, InputNumber, Radio, Row, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import * as L from '../../../core/exams/schema.ts';
import { SCALES } from '../../../core/assessments/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { FormDrawer } from '../../ui/forms/FormDrawer.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { useDebounced } from '../../ui/useDebounced.ts';

type Form = ReturnType<typeof useApiForm<'exams.save', typeof L.examInput>>['form'];
type Name = FieldPath<L.ExamInput>;

const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A choice of one from a label map; nothing chosen until the examiner picks (the core refuses it unanswered). */
function One({ form, name, label, labels, numeric = false }: { form: Form; name: Name; label: string; labels: Record<string, string>; numeric?: boolean }) {
  // Numeric codes (健康状态自我评估 1–5) are numbers in the core's schema.
  const options = opts(labels).map((o) => ({ ...o, value: numeric ? Number(o.value) : o.value }));
  return (
    <Col xs={24} md={8}>
      <Field control={form.control as Control<L.ExamInput>} name={name} label={label} required>
        {(f) => <Select id={name} value={f.value as string | number | undefined} onChange={f.onChange} options={options} placeholder="请选择" />}
      </Field>
    </Col>
  );
}

function Many({ form, name, label, labels }: { form: Form; name: Name; label: string; labels: Record<string, string> }) {
  return (
    <Col xs={24} md={8}>
      <Field control={form.control as Control<L.ExamInput>} name={name} label={label}>
        {(f) => <Select id={name} mode="multiple" value={(f.value as string[] | undefined) ?? []} onChange={f.onChange} options={opts(labels)} placeholder="请选择" />}
      </Field>
    </Col>
  );
}

function Num({ form, name, label, required = false }: { form: Form; name: Name; label: string; required?: boolean }) {
  return (
    <Col xs={12} md={6}>
      <Field control={form.control as Control<L.ExamInput>} name={name} label={label} required={required}>
        {(f) => <InputNumber id={name} value={f.value as number | null} onChange={(v) => f.onChange(v ?? null)} style={{ width: '100%' }} />}
      </Field>
    </Col>
  );
}

function Yes({ form, name, label }: { form: Form; name: Name; label: string }) {
  return (
    <Col xs={12} md={6}>
      <Field control={form.control as Control<L.ExamInput>} name={name} label={label}>
        {(f) => (
          <Checkbox id={name} checked={f.value === true} onChange={(e) => f.onChange(e.target.checked)}>
            有
          </Checkbox>
        )}
      </Field>
    </Col>
  );
}

/** The 33 TCM questions or the 生活自理能力 table, answered by option and scored live by assessments.score. */
function ScaleAnswers({ form, scale, prefix }: { form: Form; scale: 'tcm' | 'selfcare'; prefix: 'tcm.answers' | 'selfcare' }) {
  const def = SCALES[scale];
  const answers = (useWatch({ control: form.control, name: prefix as 'selfcare' }) ?? {}) as Record<string, string | number>;
  const request = useDebounced({ scale, answers, partial: true }, 200);
  const score = useApiQuery('assessments.score', request as never, { placeholderData: keepPreviousData });
  const data = score.data;
  return (
    <Card size="small" title={def.name} style={{ marginBottom: 12 }}>
      {def.parts.flatMap((p) =>
        p.items.map((item) => (
          <Field key={item.code} control={form.control as Control<L.ExamInput>} name={`${prefix}.${item.code}` as Name} label={`${item.code.startsWith('Q') ? `${item.code.slice(1)}. ` : ''}${item.label}`}>
            {(f) => (
              <Radio.Group
                aria-label={item.label}
                value={f.value as number | undefined}
                onChange={(e) => f.onChange(e.target.value as number)}
                options={item.options.map((o) => ({ value: o.points, label: `${o.label}（${o.points}）` }))}
              />
            )}
          </Field>
        )),
      )}
      <Alert
        type={data?.complete ? 'success' : 'info'}
        title={
          !data
            ? '开始作答后在这里显示结果'
            : data.complete
              ? `${data.result.level.label}（${data.result.reasons.join('；')}）`
              : `还有 ${data.missing.length} 题未答`
        }
      />
      {data?.complete &&
        data.result.readings.map((r) => (
          <div key={r.topic} className="muted">
            {r.topic}：{r.chosen}（{r.cite}）{r.unverified && <Tag color="gold">待核实</Tag>}
          </div>
        ))}
    </Card>
  );
}

/**
 * 年度健康体检 (65+): the 健康体检表 section by section, the 生活自理能力 table and the 33 questions of 中医体质辨识,
 * each scale scored live by the same function that scores the saved exam. Every choice starts empty: the examiner
 * fills what was examined.
 */
export function ExamDrawer({ resident, onClose }: { resident: { id: number; name: string }; onClose(): void }) {
  const { user } = useSession();
  const api = useApiForm({
    method: 'exams.save',
    schema: L.examInput,
    defaults: {
      id: null,
      residentId: resident.id,
      examOn: dayjs().format('YYYY-MM-DD'),
      doctor: user.displayName,
      selfcare: {},
      tcm: { answers: {}, guidance: {}, guidanceNote: '' },
      lateReason: '',
      form: {
        symptoms: [],
        symptomsOther: '',
        general: { bpLeftSystolic: null, bpLeftDiastolic: null, bpRightSystolic: null, bpRightDiastolic: null, mmseTotal: null, gdsTotal: null },
        lifestyle: { diet: [], drinkKinds: [], exerciseType: '', occupationalExposure: '', quitDrinking: false, drunkLastYear: false },
        organs: { dentition: [] },
        physical: { other: '' },
        tests: {},
        problems: Object.fromEntries(Object.keys(L.PROBLEM_SYSTEMS).map((k) => [k, ''])),
        abnormalities: [],
        guidance: [],
        riskFactors: [],
        vaccineAdvice: '',
        riskOther: '',
      },
    } as never,
    success: (e) => `已保存 ${resident.name} ${e.year} 年度体检`,
    onSaved: onClose,
  });
  const form = api.form;
  const evaluation = useWatch({ control: form.control, name: 'form.evaluation' });
  return (
    <FormDrawer api={api} title={`年度健康体检：${resident.name}`} okText="保存体检" label="年度健康体检" onClose={onClose}>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Field control={form.control} name="examOn" label="体检日期" required>
            {(f) => <IsoDatePicker id="examOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </Field>
        </Col>
        <Col xs={24} md={8}>
          <Field control={form.control} name="doctor" label="责任医生" required>
            {(f) => <Input {...f} id="doctor" maxLength={20} />}
          </Field>
        </Col>
      </Row>
      <Card size="small" title="症状与一般状况" style={{ marginBottom: 12 }}>
        <Row gutter={12}>
          <Many form={form} name="form.symptoms" label="症状（无症状请选“无症状”）" labels={L.SYMPTOMS} />
          <Num form={form} name="form.general.temperature" label="体温 ℃" required />
          <Num form={form} name="form.general.pulse" label="脉率 次/分钟" required />
          <Num form={form} name="form.general.respiration" label="呼吸 次/分钟" required />
          <Num form={form} name="form.general.bpLeftSystolic" label="左侧收缩压" />
          <Num form={form} name="form.general.bpLeftDiastolic" label="左侧舒张压" />
          <Num form={form} name="form.general.bpRightSystolic" label="右侧收缩压" />
          <Num form={form} name="form.general.bpRightDiastolic" label="右侧舒张压" />
          <Num form={form} name="form.general.height" label="身高 cm" required />
          <Num form={form} name="form.general.weight" label="体重 kg" required />
          <Num form={form} name="form.general.waist" label="腰围 cm" required />
          <One form={form} name="form.general.healthSelfRating" label="健康状态自我评估" labels={L.HEALTH_SELF_RATING} numeric />
          <One form={form} name="form.general.cognition" label="认知功能粗筛" labels={L.SCREEN} />
          <Num form={form} name="form.general.mmseTotal" label="MMSE 总分（粗筛阳性时）" />
          <One form={form} name="form.general.mood" label="情感状态粗筛" labels={L.SCREEN} />
          <Num form={form} name="form.general.gdsTotal" label="抑郁评分（粗筛阳性时）" />
        </Row>
      </Card>
      <Card size="small" title="生活方式" style={{ marginBottom: 12 }}>
        <Row gutter={12}>
          <One form={form} name="form.lifestyle.exercise" label="体育锻炼" labels={L.EXERCISE} />
          <Many form={form} name="form.lifestyle.diet" label="饮食习惯" labels={L.DIET} />
          <One form={form} name="form.lifestyle.smoking" label="吸烟情况" labels={L.SMOKING} />
          <One form={form} name="form.lifestyle.drinking" label="饮酒频率" labels={L.DRINKING} />
        </Row>
      </Card>
      <Card size="small" title="脏器功能与查体" style={{ marginBottom: 12 }}>
        <Row gutter={12}>
          <One form={form} name="form.organs.lips" label="口唇" labels={L.LIPS} />
          <Many form={form} name="form.organs.dentition" label="齿列" labels={L.DENTITION} />
          <One form={form} name="form.organs.pharynx" label="咽部" labels={L.PHARYNX} />
          <Num form={form} name="form.organs.visionLeft" label="左眼视力" />
          <Num form={form} name="form.organs.visionRight" label="右眼视力" />
          <One form={form} name="form.organs.hearing" label="听力" labels={L.HEARING} />
          <One form={form} name="form.organs.motor" label="运动功能" labels={L.MOTOR} />
          <One form={form} name="form.physical.skin" label="皮肤" labels={L.SKIN} />
          <One form={form} name="form.physical.sclera" label="巩膜" labels={L.SCLERA} />
          <One form={form} name="form.physical.lymph" label="淋巴结" labels={L.LYMPH} />
          <One form={form} name="form.physical.breathSounds" label="呼吸音" labels={{ normal: '正常', abnormal: '异常' }} />
          <One form={form} name="form.physical.rales" label="罗音" labels={L.RALES} />
          <Num form={form} name="form.physical.heartRate" label="心率 次/分钟" required />
          <One form={form} name="form.physical.rhythm" label="心律" labels={L.RHYTHM} />
          <One form={form} name="form.physical.edema" label="下肢水肿" labels={L.EDEMA} />
          <One form={form} name="form.physical.dorsalisPedis" label="足背动脉搏动" labels={L.DORSALIS} />
          <Yes form={form} name="form.physical.barrelChest" label="桶状胸" />
          <Yes form={form} name="form.physical.murmur" label="心脏杂音" />
          <Yes form={form} name="form.physical.tenderness" label="腹部压痛" />
          <Yes form={form} name="form.physical.mass" label="腹部包块" />
          <Yes form={form} name="form.physical.hepatomegaly" label="肝大" />
          <Yes form={form} name="form.physical.splenomegaly" label="脾大" />
          <Yes form={form} name="form.physical.shiftingDullness" label="移动性浊音" />
        </Row>
      </Card>
      <Card size="small" title="辅助检查（未查的不填）" style={{ marginBottom: 12 }}>
        <Row gutter={12}>
          <Num form={form} name="form.tests.hemoglobin" label="血红蛋白 g/L" />
          <Num form={form} name="form.tests.fastingGlucose" label="空腹血糖 mmol/L" />
          <Num form={form} name="form.tests.alt" label="谷丙转氨酶 U/L" />
          <Num form={form} name="form.tests.creatinine" label="血清肌酐 μmol/L" />
          <Num form={form} name="form.tests.totalCholesterol" label="总胆固醇 mmol/L" />
          <Num form={form} name="form.tests.triglycerides" label="甘油三酯 mmol/L" />
          <One form={form} name="form.tests.ecg" label="心电图" labels={L.NORMAL_ABNORMAL} />
          <One form={form} name="form.tests.ultrasound" label="腹部B超" labels={L.NORMAL_ABNORMAL} />
        </Row>
      </Card>
      <ScaleAnswers form={form} scale="selfcare" prefix="selfcare" />
      <ScaleAnswers form={form} scale="tcm" prefix="tcm.answers" />
      <Card size="small" title="健康评价与指导" style={{ marginBottom: 12 }}>
        <Row gutter={12}>
          <One form={form} name="form.evaluation" label="健康评价" labels={L.EVALUATION} />
          {evaluation === 'abnormal' && (
            <Col xs={24} md={16}>
              <Field control={form.control} name="form.abnormalities" label="异常（每行一条，最多 4 条）" required>
                {(f) => (
                  <Input.TextArea
                    id="form.abnormalities"
                    rows={3}
                    value={(f.value ?? []).join('\n')}
                    onChange={(e) => f.onChange(e.target.value.split('\n').filter((x) => x.trim() !== ''))}
                  />
                )}
              </Field>
            </Col>
          )}
          <Many form={form} name="form.guidance" label="健康指导" labels={L.GUIDANCE} />
          <Many form={form} name="form.riskFactors" label="危险因素控制" labels={L.RISK_FACTORS} />
        </Row>
      </Card>
    </FormDrawer>
  );
}
