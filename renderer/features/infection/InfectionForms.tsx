import dayjs from 'dayjs';
import { Col, Input, InputNumber, Row, Select } from 'antd';
import { caseInput, closeCaseInput, disinfectionInput, handOverInput, ISOLATION, WASTE_KINDS, wasteInput, type CaseRow } from '../../../core/infection/schema.ts';
import { useSession } from '../../app/session.tsx';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { ResidentSelect } from '../../ui/ResidentSelect.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { FormModal } from '../../ui/forms/FormModal.tsx';

const today = () => dayjs().format('YYYY-MM-DD');
const dateField = (id: string) => (f: { value: string | null; onChange(v: string | null): void; onBlur(): void }) => <IsoDatePicker id={id} value={f.value} onChange={f.onChange} onBlur={f.onBlur} />;

export function WasteDialog({ onClose }: { onClose(): void }) {
  const { user } = useSession();
  const api = useApiForm({
    method: 'infection.recordWaste',
    schema: wasteInput,
    defaults: { producedOn: today(), kind: 'infectious', weightKg: undefined as unknown as number, packages: 1, packedBy: user.displayName, notes: '' },
    success: (w) => `已登记 ${w.producedOn} ${WASTE_KINDS[w.kind]}废物 ${(w.weightG / 1000).toFixed(2)} 千克`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title="登记医疗废物" okText="登记" onClose={onClose}>
      <Row gutter={16}>
        <Col span={12}>
          <Field control={control} name="producedOn" label="产生日期" required>
            {dateField('producedOn')}
          </Field>
        </Col>
        <Col span={12}>
          <Field control={control} name="kind" label="类别" required>
            {(f) => <Select {...f} id="kind" options={Object.entries(WASTE_KINDS).map(([value, label]) => ({ value, label }))} />}
          </Field>
        </Col>
        <Col span={12}>
          <Field control={control} name="weightKg" label="重量（千克）" required>
            {(f) => <InputNumber id="weightKg" autoFocus min={0} step={0.1} precision={2} value={f.value} onChange={(v) => f.onChange(v ?? undefined)} onBlur={f.onBlur} style={{ width: '100%' }} />}
          </Field>
        </Col>
        <Col span={12}>
          <Field control={control} name="packages" label="包数" required>
            {(f) => <InputNumber id="packages" min={1} precision={0} value={f.value} onChange={(v) => f.onChange(v ?? undefined)} onBlur={f.onBlur} style={{ width: '100%' }} />}
          </Field>
        </Col>
      </Row>
      <Field control={control} name="packedBy" label="收集人" required>
        {(f) => <Input {...f} id="packedBy" />}
      </Field>
    </FormModal>
  );
}

export function HandOverDialog({ ids, onClose }: { ids: number[]; onClose(): void }) {
  const { user } = useSession();
  const api = useApiForm({
    method: 'infection.handOver',
    schema: handOverInput,
    defaults: { ids, handedOverOn: today(), receiver: '', manifestNo: '', handedBy: user.displayName, receivedBy: '' },
    success: (r) => `已交接 ${r.handedOver} 批，共 ${(r.weightG / 1000).toFixed(2)} 千克`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title={`医疗废物交接（${ids.length} 批）`} okText="确认交接" onClose={onClose}>
      <Field control={control} name="handedOverOn" label="交接日期" required>
        {dateField('handedOverOn')}
      </Field>
      <Field control={control} name="receiver" label="处置单位" required>
        {(f) => <Input {...f} id="receiver" autoFocus />}
      </Field>
      <Field control={control} name="manifestNo" label="转移联单号" required>
        {(f) => <Input {...f} id="manifestNo" />}
      </Field>
      <Row gutter={16}>
        <Col span={12}>
          <Field control={control} name="handedBy" label="移交人签名" required>
            {(f) => <Input {...f} id="handedBy" />}
          </Field>
        </Col>
        <Col span={12}>
          <Field control={control} name="receivedBy" label="接收人签名" required>
            {(f) => <Input {...f} id="receivedBy" />}
          </Field>
        </Col>
      </Row>
    </FormModal>
  );
}

export function DisinfectionDialog({ onClose }: { onClose(): void }) {
  const { user } = useSession();
  const api = useApiForm({
    method: 'infection.recordDisinfection',
    schema: disinfectionInput,
    defaults: { date: today(), area: '', method: '', agent: '', byName: user.displayName, notes: '' },
    success: (d) => `已登记 ${d.date} ${d.area} 消毒`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title="消毒登记" okText="登记" onClose={onClose}>
      <Field control={control} name="date" label="日期" required>
        {dateField('date')}
      </Field>
      <Field control={control} name="area" label="区域" required>
        {(f) => <Input {...f} id="area" autoFocus placeholder="如 医务室治疗室、一楼走廊" />}
      </Field>
      <Row gutter={16}>
        <Col span={12}>
          <Field control={control} name="method" label="方式" required>
            {(f) => <Input {...f} id="method" placeholder="如 擦拭、紫外线照射" />}
          </Field>
        </Col>
        <Col span={12}>
          <Field control={control} name="agent" label="消毒剂及浓度">
            {(f) => <Input {...f} id="agent" placeholder="如 含氯消毒剂 500mg/L" />}
          </Field>
        </Col>
      </Row>
      <Field control={control} name="byName" label="执行人" required>
        {(f) => <Input {...f} id="byName" />}
      </Field>
    </FormModal>
  );
}

export function CaseDialog({ onClose }: { onClose(): void }) {
  const api = useApiForm({
    method: 'infection.saveCase',
    schema: caseInput,
    defaults: { id: null, residentId: undefined as unknown as number, onsetOn: today(), infection: '', pathogen: '', isolation: 'none', isolatedFrom: null, isolatedTo: null, reportedTo: '', notes: '' },
    success: (c) => `已登记 ${c.residentName} 的感染病例`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title="登记感染病例" okText="登记" onClose={onClose}>
      <Field control={control} name="residentId" label="老人" required>
        {(f) => <ResidentSelect id="residentId" value={f.value} onChange={f.onChange} onBlur={f.onBlur} autoFocus />}
      </Field>
      <Row gutter={16}>
        <Col span={12}>
          <Field control={control} name="onsetOn" label="发病日期" required>
            {dateField('onsetOn')}
          </Field>
        </Col>
        <Col span={12}>
          <Field control={control} name="infection" label="感染诊断/部位" required>
            {(f) => <Input {...f} id="infection" placeholder="如 流行性感冒" />}
          </Field>
        </Col>
        <Col span={12}>
          <Field control={control} name="isolation" label="隔离" required>
            {(f) => <Select {...f} id="isolation" options={Object.entries(ISOLATION).map(([value, label]) => ({ value, label }))} />}
          </Field>
        </Col>
        <Col span={12}>
          <Field control={control} name="isolatedFrom" label="隔离开始">
            {(f) => <IsoDatePicker id="isolatedFrom" value={f.value} onChange={f.onChange} onBlur={f.onBlur} allowClear />}
          </Field>
        </Col>
      </Row>
      <Field control={control} name="pathogen" label="病原体">
        {(f) => <Input {...f} id="pathogen" />}
      </Field>
      <Field control={control} name="reportedTo" label="报告">
        {(f) => <Input {...f} id="reportedTo" placeholder="如 已报区疾控中心" />}
      </Field>
    </FormModal>
  );
}

export function CloseCaseDialog({ c, onClose }: { c: CaseRow; onClose(): void }) {
  const api = useApiForm({
    method: 'infection.closeCase',
    schema: closeCaseInput,
    defaults: { id: c.id, closedOn: today(), outcome: '' },
    success: () => `${c.residentName} 的病例已结案`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title={`结案：${c.residentName} ${c.infection}`} okText="结案" onClose={onClose}>
      <Field control={control} name="closedOn" label="结案日期" required>
        {dateField('closedOn')}
      </Field>
      <Field control={control} name="outcome" label="转归" required>
        {(f) => <Input {...f} id="outcome" autoFocus placeholder="如 痊愈、转院" />}
      </Field>
    </FormModal>
  );
}
