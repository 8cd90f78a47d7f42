import { useWatch } from 'react-hook-form';
import { Input, Radio, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import {
  ALLERGY_CATEGORIES,
  ALLERGY_SEVERITIES,
  ENTRY_KINDS,
  HISTORY_KINDS,
  ICD10,
  VACCINES,
  allergyInput,
  conditionInput,
  historyInput,
  hospiceEndInput,
  hospiceStartInput,
  medicationInput,
  referBackInput,
  referOutInput,
  removeEntryInput,
  vaccinationInput,
  type EntryKind,
} from '../../../core/records/schema.ts';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { FormModal } from '../../ui/forms/FormModal.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';

// The dialogs of the record page: one per kind of fact, each the core's own schema (core/records/schema.ts).

export interface Who {
  id: number;
  name: string;
  /** Not in residence: a record is a late entry (补记) and asks why. */
  left: boolean;
}
interface Props {
  who: Who;
  onClose(): void;
}

const today = () => dayjs().format('YYYY-MM-DD');
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const base = (who: Who) => ({ id: null, residentId: who.id, notes: '', lateReason: '' });

function LateReason({ control, who }: { control: never; who: Who }) {
  if (!who.left) return null;
  return (
    <Field control={control} name={'lateReason' as never} label="补记原因（老人已离院）" required>
      {(f) => <Input {...(f as object)} id="lateReason" maxLength={200} />}
    </Field>
  );
}

function DateField({ control, name, label }: { control: never; name: string; label: string }) {
  return (
    <Field control={control} name={name as never} label={label} required>
      {(f) => <IsoDatePicker id={name} value={f.value as string} onChange={f.onChange} onBlur={f.onBlur} />}
    </Field>
  );
}

function TextField({ control, name, label, required, max, rows }: { control: never; name: string; label: string; required?: boolean; max: number; rows?: number }) {
  return (
    <Field control={control} name={name as never} label={label} required={required ?? false}>
      {(f) =>
        rows ? (
          <Input.TextArea {...(f as object)} id={name} rows={rows} maxLength={max} showCount />
        ) : (
          <Input {...(f as object)} id={name} maxLength={max} />
        )
      }
    </Field>
  );
}

export function AllergyDialog({ who, onClose }: Props) {
  const api = useApiForm({
    method: 'records.saveAllergy',
    schema: allergyInput,
    defaults: { ...base(who), category: 'drug', substance: '', reaction: '', severity: 'moderate', recordedOn: today() },
    success: (r) => `已记录过敏：${String(r.substance)}`,
    onSaved: onClose,
  });
  const control = api.form.control as never;
  return (
    <FormModal api={api} title={`记录过敏：${who.name}`} okText="保存" onClose={onClose}>
      <Field control={api.form.control} name="category" label="类别" required>
        {(f) => <Radio.Group {...f} optionType="button" options={options(ALLERGY_CATEGORIES)} />}
      </Field>
      <TextField control={control} name="substance" label="过敏物（药品、食物或其他）" required max={40} />
      <TextField control={control} name="reaction" label="过敏反应" max={100} />
      <Field control={api.form.control} name="severity" label="严重程度" required>
        {(f) => <Radio.Group {...f} optionType="button" options={options(ALLERGY_SEVERITIES)} />}
      </Field>
      <DateField control={control} name="recordedOn" label="记录日期" />
      <LateReason control={control} who={who} />
    </FormModal>
  );
}

export function ConditionDialog({ who, onClose }: Props) {
  const api = useApiForm({
    method: 'records.saveCondition',
    schema: conditionInput,
    defaults: { ...base(who), icd10: '', name: '', diagnosedOn: null, status: 'active', resolvedOn: null, recordedOn: today() },
    success: (r) => `已记录慢性病：${String(r.name)}`,
    onSaved: onClose,
  });
  const control = api.form.control as never;
  return (
    <FormModal api={api} title={`记录慢性病：${who.name}`} okText="保存" onClose={onClose}>
      <Field control={api.form.control} name="icd10" label="从常见老年病中选择（ICD-10）">
        {(f) => (
          <Select
            id="icd10"
            showSearch={{ optionFilterProp: 'label' }}
            allowClear
            value={f.value || undefined}
            placeholder="输入编码或名称查找，如 I10、高血压；表中没有的直接在下面填写名称"
            options={ICD10.diagnoses.map((d) => ({ value: d.code, label: `${d.code} ${d.name}` }))}
            onChange={(code: string | undefined) => {
              f.onChange(code ?? '');
              const d = ICD10.diagnoses.find((x) => x.code === code);
              if (d) api.form.setValue('name', d.name, { shouldDirty: true });
            }}
          />
        )}
      </Field>
      <TextField control={control} name="name" label="诊断名称" required max={60} />
      <Field control={api.form.control} name="diagnosedOn" label="确诊日期（不清楚可不填）">
        {(f) => <IsoDatePicker id="diagnosedOn" value={f.value ?? undefined} onChange={(v) => f.onChange(v || null)} onBlur={f.onBlur} />}
      </Field>
      <DateField control={control} name="recordedOn" label="记录日期" />
      <LateReason control={control} who={who} />
    </FormModal>
  );
}

export function HistoryDialog({ who, onClose }: Props) {
  const api = useApiForm({
    method: 'records.saveHistory',
    schema: historyInput,
    defaults: { id: null, residentId: who.id, lateReason: '', kind: 'illness', description: '', whenText: '', relation: '', recordedOn: today() },
    success: () => '已记录病史',
    onSaved: onClose,
  });
  const control = api.form.control as never;
  const kind = useWatch({ control: api.form.control, name: 'kind' });
  return (
    <FormModal api={api} title={`记录病史：${who.name}`} okText="保存" onClose={onClose}>
      <Field control={api.form.control} name="kind" label="类别" required>
        {(f) => <Radio.Group {...f} optionType="button" options={options(HISTORY_KINDS)} />}
      </Field>
      <TextField control={control} name="description" label="内容" required max={200} />
      <TextField control={control} name="whenText" label="时间（如 2015 年）" max={30} />
      {kind === 'family' && <TextField control={control} name="relation" label="患病亲属（如 父亲）" required max={10} />}
      <DateField control={control} name="recordedOn" label="记录日期" />
      <LateReason control={control} who={who} />
    </FormModal>
  );
}

export function MedicationDialog({ who, onClose }: Props) {
  const api = useApiForm({
    method: 'records.saveMedication',
    schema: medicationInput,
    defaults: { ...base(who), drug: '', dose: '', route: '口服', frequency: '', prescribedBy: '', startedOn: null, stoppedOn: null, recordedOn: today() },
    success: (r) => `已记录长期用药：${String(r.drug)}`,
    onSaved: onClose,
  });
  const control = api.form.control as never;
  return (
    <FormModal api={api} title={`记录院外长期用药：${who.name}`} okText="保存" onClose={onClose}>
      <TextField control={control} name="drug" label="药品名称" required max={60} />
      <TextField control={control} name="dose" label="剂量（如 5 mg）" max={30} />
      <TextField control={control} name="route" label="用法" max={20} />
      <TextField control={control} name="frequency" label="频次（如 每日一次）" max={30} />
      <TextField control={control} name="prescribedBy" label="开具医院或医生" max={60} />
      <DateField control={control} name="recordedOn" label="记录日期" />
      <LateReason control={control} who={who} />
    </FormModal>
  );
}

export function VaccinationDialog({ who, onClose }: Props) {
  const api = useApiForm({
    method: 'records.saveVaccination',
    schema: vaccinationInput,
    defaults: {
      ...base(who), vaccine: 'influenza', vaccineName: '', dose: '', givenOn: today(), institution: '', batchNo: '', consentBy: '', consentRelation: '', consentOn: today(),
    },
    success: (r) => `已记录预防接种：${String(r.vaccineName)}`,
    onSaved: onClose,
  });
  const control = api.form.control as never;
  return (
    <FormModal api={api} title={`记录预防接种：${who.name}`} okText="保存" onClose={onClose}>
      <Field control={api.form.control} name="vaccine" label="疫苗" required>
        {(f) => <Radio.Group {...f} optionType="button" options={options(VACCINES)} />}
      </Field>
      <TextField control={control} name="vaccineName" label="疫苗名称（其他疫苗必填）" max={40} />
      <TextField control={control} name="dose" label="剂次" max={20} />
      <DateField control={control} name="givenOn" label="接种日期" />
      <TextField control={control} name="institution" label="接种单位" max={60} />
      <TextField control={control} name="batchNo" label="批号" max={30} />
      <TextField control={control} name="consentBy" label="知情同意人" required max={30} />
      <TextField control={control} name="consentRelation" label="与老人关系（本人填“本人”）" required max={10} />
      <DateField control={control} name="consentOn" label="同意日期" />
      <LateReason control={control} who={who} />
    </FormModal>
  );
}

export function ReferOutDialog({ who, onClose }: Props) {
  const api = useApiForm({
    method: 'records.referOut',
    schema: referOutInput,
    defaults: { ...base(who), referredOn: today(), hospital: '', partner: true, department: '', reason: '', urgent: false, admitted: true },
    success: (r) => `已登记转诊至${String(r.hospital)}`,
    onSaved: onClose,
  });
  const control = api.form.control as never;
  return (
    <FormModal api={api} title={`转出（双向转诊）：${who.name}`} okText="登记转出" onClose={onClose}>
      <DateField control={control} name="referredOn" label="转诊日期" />
      <TextField control={control} name="hospital" label="转往医院" required max={60} />
      <Field control={api.form.control} name="partner" label="医联体合作医院">
        {(f) => <Switch id="partner" checked={f.value} onChange={f.onChange} checkedChildren="是" unCheckedChildren="否" />}
      </Field>
      <TextField control={control} name="department" label="科室" max={30} />
      <TextField control={control} name="reason" label="转诊原因" required max={300} rows={2} />
      <Field control={api.form.control} name="urgent" label="紧急">
        {(f) => <Switch id="urgent" checked={f.value} onChange={f.onChange} checkedChildren="是" unCheckedChildren="否" />}
      </Field>
      <Field control={api.form.control} name="admitted" label="住院（床位保留，名册显示“住院中”）">
        {(f) => <Switch id="admitted" checked={f.value} onChange={f.onChange} checkedChildren="住院" unCheckedChildren="门诊/急诊" />}
      </Field>
      <LateReason control={control} who={who} />
    </FormModal>
  );
}

export function ReferBackDialog({ who, referralId, onClose }: Props & { referralId: number }) {
  const api = useApiForm({
    method: 'records.referBack',
    schema: referBackInput,
    defaults: { id: referralId, returnedOn: today(), outcome: 'returned', dischargeDiagnosis: '', dischargeSummary: '', newOrders: '' },
    success: () => `已登记 ${who.name} 转诊结束`,
    onSaved: onClose,
  });
  const control = api.form.control as never;
  return (
    <FormModal api={api} title={`转回：${who.name}`} okText="登记转回" onClose={onClose}>
      <DateField control={control} name="returnedOn" label="回院日期" />
      <Field control={api.form.control} name="outcome" label="结果" required>
        {(f) => <Radio.Group {...f} optionType="button" options={[{ value: 'returned', label: '已回院' }, { value: 'not_returned', label: '未回院（离院或去世）' }]} />}
      </Field>
      <TextField control={control} name="dischargeDiagnosis" label="出院诊断" max={200} />
      <TextField control={control} name="dischargeSummary" label="出院小结" max={2000} rows={3} />
      <TextField control={control} name="newOrders" label="新医嘱" max={1000} rows={2} />
    </FormModal>
  );
}

export function HospiceStartDialog({ who, onClose }: Props) {
  const api = useApiForm({
    method: 'records.startHospice',
    schema: hospiceStartInput,
    defaults: { residentId: who.id, startedOn: today(), notes: '', lateReason: '' },
    success: () => `已登记 ${who.name} 开始安宁疗护`,
    onSaved: onClose,
  });
  const control = api.form.control as never;
  return (
    <FormModal api={api} title={`开始安宁疗护：${who.name}`} okText="登记" onClose={onClose}>
      <DateField control={control} name="startedOn" label="开始日期" />
      <TextField control={control} name="notes" label="备注（如家属知情同意情况）" max={500} rows={2} />
      <LateReason control={control} who={who} />
    </FormModal>
  );
}

export function HospiceEndDialog({ who, periodId, onClose }: Props & { periodId: number }) {
  const api = useApiForm({
    method: 'records.endHospice',
    schema: hospiceEndInput,
    defaults: { id: periodId, endedOn: today(), endReason: '' },
    success: () => `已登记 ${who.name} 结束安宁疗护`,
    onSaved: onClose,
  });
  const control = api.form.control as never;
  return (
    <FormModal api={api} title={`结束安宁疗护：${who.name}`} okText="登记" onClose={onClose}>
      <DateField control={control} name="endedOn" label="结束日期" />
      <TextField control={control} name="endReason" label="结束原因" required max={100} />
    </FormModal>
  );
}

export function RemoveEntryDialog({ kind, id, onClose }: { kind: EntryKind; id: number; onClose(): void }) {
  const api = useApiForm({
    method: 'records.remove',
    schema: removeEntryInput,
    defaults: { kind, id, reason: '' },
    success: () => `已删除这条${ENTRY_KINDS[kind]}记录，可随时恢复`,
    onSaved: onClose,
  });
  return (
    <FormModal api={api} title={`删除${ENTRY_KINDS[kind]}记录`} okText="删除" danger onClose={onClose}>
      <p className="muted">记录可能已打印，删除后仍保留并标注删除原因，可以恢复。</p>
      <TextField control={api.form.control as never} name="reason" label="删除原因" required max={200} />
    </FormModal>
  );
}
