import { Checkbox, Input, InputNumber, Radio, Select } from 'antd';
import {
  BAR_KINDS,
  barInput,
  changeReportedInput,
  exitInput,
  LTC_LEVELS,
  ltcAssessmentInput,
  outcomeInput,
  ruleDocumentInput,
  saveSetupInput,
  signInput,
  submitInput,
  supplementRequestInput,
  supplementSuppliedInput,
  suspendInput,
  type LtcAssessmentRow,
} from '../../../core/designation/schema.ts';
import type { DesignationSetup } from '../../../core/designation/queries.ts';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { ResidentSelect } from '../../ui/ResidentSelect.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { FormModal } from '../../ui/forms/FormModal.tsx';

type Close = { onClose(): void };

export function SetupDialog({ setup, onClose }: { setup: DesignationSetup } & Close) {
  const api = useApiForm({ method: 'designation.saveSetup', schema: saveSetupInput, defaults: setup, success: () => '已保存定点准备', onSaved: onClose });
  const { control } = api.form;
  const check = (name: 'insuranceDepartment' | 'infoDirectSettlement' | 'infoNationalCodes' | 'billingSeparated', label: string) => (
    <Field control={control} name={name} label="">
      {(f) => (
        <Checkbox id={name} checked={f.value === true} onChange={(e) => f.onChange(e.target.checked)}>
          {label}
        </Checkbox>
      )}
    </Field>
  );
  return (
    <FormModal api={api} title="定点准备" okText="保存" onClose={onClose}>
      <Field control={control} name="insurancePrincipal" label="医保负责人（主要负责人）">
        {(f) => <Input {...f} id="insurancePrincipal" autoFocus />}
      </Field>
      <Field control={control} name="insuranceAdministrator" label="专（兼）职医保管理员">
        {(f) => <Input {...f} id="insuranceAdministrator" />}
      </Field>
      {check('insuranceDepartment', '已设医保管理部门（100 张床位及以上）')}
      <Field control={control} name="infoVendor" label="信息系统供应商与接口">
        {(f) => <Input {...f} id="infoVendor" />}
      </Field>
      <Field control={control} name="infoDeclaredOn" label="信息系统声明日期">
        {(f) => <IsoDatePicker id="infoDeclaredOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} allowClear />}
      </Field>
      {check('infoDirectSettlement', '能直接联网结算')}
      {check('infoNationalCodes', '使用全国统一医保编码')}
      {check('billingSeparated', '医疗服务与生活照护分开收费')}
      <Field control={control} name="billingNote" label="分开收费说明">
        {(f) => <Input.TextArea {...f} id="billingNote" rows={2} />}
      </Field>
    </FormModal>
  );
}

export function RuleDialog({ onClose }: Close) {
  const api = useApiForm({ method: 'designation.addRule', schema: ruleDocumentInput, defaults: { title: '', version: 'V1', adoptedOn: '' }, success: (r) => `已登记：${r.title}`, onSaved: onClose });
  const { control } = api.form;
  return (
    <FormModal api={api} title="登记制度" okText="保存" onClose={onClose}>
      <Field control={control} name="title" label="制度名称" required>
        {(f) => <Input {...f} id="title" placeholder="如 医保管理制度" autoFocus />}
      </Field>
      <Field control={control} name="version" label="版本" required>
        {(f) => <Input {...f} id="version" />}
      </Field>
      <Field control={control} name="adoptedOn" label="印发日期" required>
        {(f) => <IsoDatePicker id="adoptedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
    </FormModal>
  );
}

export function BarDialog({ onClose }: Close) {
  const api = useApiForm({ method: 'designation.addBar', schema: barInput, defaults: { kind: 'fraud', occurredOn: '', endedOn: null, note: '' }, success: () => '已登记', onSaved: onClose });
  const { control } = api.form;
  return (
    <FormModal api={api} title="登记不予受理的情形" okText="保存" onClose={onClose}>
      <Field control={control} name="kind" label="情形" required>
        {(f) => <Select {...f} id="kind" options={Object.entries(BAR_KINDS).map(([value, label]) => ({ value, label }))} />}
      </Field>
      <Field control={control} name="occurredOn" label="发生（认定）日期" required>
        {(f) => <IsoDatePicker id="occurredOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
      <Field control={control} name="endedOn" label="结束日期（失信名单移出等）">
        {(f) => <IsoDatePicker id="endedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} allowClear />}
      </Field>
      <Field control={control} name="note" label="说明">
        {(f) => <Input {...f} id="note" />}
      </Field>
    </FormModal>
  );
}

export function SubmitDialog({ id, onClose }: { id: number } & Close) {
  const api = useApiForm({ method: 'designation.submit', schema: submitInput, defaults: { id, submittedOn: '', acceptedOn: '' }, success: () => '已提交，经办机构已受理', onSaved: onClose });
  const { control } = api.form;
  return (
    <FormModal api={api} title="提交申请" okText="提交" onClose={onClose}>
      <Field control={control} name="submittedOn" label="提交日期" required>
        {(f) => <IsoDatePicker id="submittedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
      <Field control={control} name="acceptedOn" label="受理日期" required>
        {(f) => <IsoDatePicker id="acceptedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
    </FormModal>
  );
}

export function SupplementDialog({ id, onClose }: { id: number } & Close) {
  const api = useApiForm({ method: 'designation.requestSupplement', schema: supplementRequestInput, defaults: { id, requestedOn: '', note: '' }, success: () => '已登记补充材料通知，评估计时暂停', onSaved: onClose });
  const { control } = api.form;
  return (
    <FormModal api={api} title="经办机构通知补充材料" okText="保存" onClose={onClose}>
      <Field control={control} name="requestedOn" label="通知日期" required>
        {(f) => <IsoDatePicker id="requestedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
      <Field control={control} name="note" label="需补充的材料" required>
        {(f) => <Input.TextArea {...f} id="note" rows={2} />}
      </Field>
    </FormModal>
  );
}

export function SuppliedDialog({ supplementId, onClose }: { supplementId: number } & Close) {
  const api = useApiForm({ method: 'designation.supplySupplement', schema: supplementSuppliedInput, defaults: { supplementId, suppliedOn: '' }, success: () => '已登记补齐，评估计时恢复', onSaved: onClose });
  const { control } = api.form;
  return (
    <FormModal api={api} title="补充材料已补齐" okText="保存" onClose={onClose}>
      <Field control={control} name="suppliedOn" label="补齐日期" required>
        {(f) => <IsoDatePicker id="suppliedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
    </FormModal>
  );
}

export function OutcomeDialog({ id, onClose }: { id: number } & Close) {
  const api = useApiForm({
    method: 'designation.outcome',
    schema: outcomeInput,
    defaults: { id, outcome: 'passed', outcomeOn: '', reasons: '', rectification: '' },
    success: (r) => (r.status === 'passed' ? '已登记：评估合格' : '已登记：评估不合格'),
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title="登记评估结论" okText="保存" onClose={onClose}>
      <Field control={control} name="outcome" label="结论" required>
        {(f) => (
          <Radio.Group id="outcome" value={f.value} onChange={(e) => f.onChange(e.target.value)}>
            <Radio value="passed">合格</Radio>
            <Radio value="failed">不合格</Radio>
          </Radio.Group>
        )}
      </Field>
      <Field control={control} name="outcomeOn" label="结论日期" required>
        {(f) => <IsoDatePicker id="outcomeOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
      <Field control={control} name="reasons" label="不合格原因">
        {(f) => <Input.TextArea {...f} id="reasons" rows={2} />}
      </Field>
      <Field control={control} name="rectification" label="整改措施">
        {(f) => <Input.TextArea {...f} id="rectification" rows={2} />}
      </Field>
    </FormModal>
  );
}

export function SignDialog({ id, onClose }: { id: number } & Close) {
  const api = useApiForm({ method: 'designation.sign', schema: signInput, defaults: { id, agreementNo: '', agreementFrom: '', agreementTo: '' }, success: (r) => `已签订协议 ${r.agreementNo}`, onSaved: onClose });
  const { control } = api.form;
  return (
    <FormModal api={api} title="签订协议" okText="保存" onClose={onClose}>
      <Field control={control} name="agreementNo" label="协议编号" required>
        {(f) => <Input {...f} id="agreementNo" autoFocus />}
      </Field>
      <Field control={control} name="agreementFrom" label="协议起始日期" required>
        {(f) => <IsoDatePicker id="agreementFrom" value={f.value} onChange={f.onChange} onBlur={f.onBlur} disabledFuture={false} />}
      </Field>
      <Field control={control} name="agreementTo" label="协议截止日期" required>
        {(f) => <IsoDatePicker id="agreementTo" value={f.value} onChange={f.onChange} onBlur={f.onBlur} disabledFuture={false} />}
      </Field>
    </FormModal>
  );
}

export function SuspendDialog({ id, onClose }: { id: number } & Close) {
  const api = useApiForm({ method: 'designation.suspend', schema: suspendInput, defaults: { id, suspendedFrom: '', suspendedUntil: '' }, success: () => '已登记协议中止', onSaved: onClose });
  const { control } = api.form;
  return (
    <FormModal api={api} title="协议中止" okText="保存" onClose={onClose}>
      <Field control={control} name="suspendedFrom" label="中止起始日期" required>
        {(f) => <IsoDatePicker id="suspendedFrom" value={f.value} onChange={f.onChange} onBlur={f.onBlur} disabledFuture={false} />}
      </Field>
      <Field control={control} name="suspendedUntil" label="预计恢复日期" required>
        {(f) => <IsoDatePicker id="suspendedUntil" value={f.value} onChange={f.onChange} onBlur={f.onBlur} disabledFuture={false} />}
      </Field>
    </FormModal>
  );
}

export function ExitDialog({ id, onClose }: { id: number } & Close) {
  const api = useApiForm({ method: 'designation.exit', schema: exitInput, defaults: { id, exitNoticeOn: '', exitOn: '' }, success: () => '已登记退出', onSaved: onClose });
  const { control } = api.form;
  return (
    <FormModal api={api} title="申请退出" okText="保存" onClose={onClose}>
      <Field control={control} name="exitNoticeOn" label="提出退出日期" required>
        {(f) => <IsoDatePicker id="exitNoticeOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
      <Field control={control} name="exitOn" label="退出日期" required>
        {(f) => <IsoDatePicker id="exitOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} disabledFuture={false} />}
      </Field>
    </FormModal>
  );
}

export function LtcDialog({ row, residentId, onClose }: { row: LtcAssessmentRow | null; residentId: number | null } & Close) {
  const api = useApiForm({
    method: 'designation.ltcAdd',
    schema: ltcAssessmentInput,
    defaults: row
      ? { residentId: row.residentId, level: row.level, assessedOn: row.assessedOn, agency: row.agency, validUntil: row.validUntil, benefitFrom: row.benefitFrom, note: row.note }
      : { residentId: residentId ?? undefined, level: undefined, assessedOn: '', agency: '', validUntil: '', benefitFrom: null, note: '' },
    success: (r) => `已登记：${r.residentName} ${LTC_LEVELS[r.level]}`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title="登记长护险失能等级（评估机构结论）" okText="保存" onClose={onClose}>
      <Field control={control} name="residentId" label="老人" required>
        {(f) => <ResidentSelect id="residentId" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
      <Field control={control} name="level" label="失能等级（0—5 级）" required>
        {(f) => <InputNumber id="level" value={f.value} onChange={(v) => f.onChange(v ?? undefined)} onBlur={f.onBlur} precision={0} style={{ width: '100%' }} />}
      </Field>
      <Field control={control} name="assessedOn" label="评估日期" required>
        {(f) => <IsoDatePicker id="assessedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
      <Field control={control} name="agency" label="评估机构" required>
        {(f) => <Input {...f} id="agency" />}
      </Field>
      <Field control={control} name="validUntil" label="有效期至" required>
        {(f) => <IsoDatePicker id="validUntil" value={f.value} onChange={f.onChange} onBlur={f.onBlur} disabledFuture={false} />}
      </Field>
      <Field control={control} name="benefitFrom" label="待遇起始日期">
        {(f) => <IsoDatePicker id="benefitFrom" value={f.value} onChange={f.onChange} onBlur={f.onBlur} disabledFuture={false} allowClear />}
      </Field>
      <Field control={control} name="note" label="备注">
        {(f) => <Input {...f} id="note" />}
      </Field>
    </FormModal>
  );
}

export function ChangeReportedDialog({ id, field, label, onClose }: { id: number; field: string; label: string } & Close) {
  const api = useApiForm({
    method: 'designation.changeReported',
    schema: changeReportedInput,
    defaults: { id, field: field as never, reportedOn: '' },
    success: () => `已记录：${label}变更已申报`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title={`${label}变更已申报`} okText="保存" onClose={onClose}>
      <Field control={control} name="reportedOn" label="申报日期" required>
        {(f) => <IsoDatePicker id="reportedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
    </FormModal>
  );
}
