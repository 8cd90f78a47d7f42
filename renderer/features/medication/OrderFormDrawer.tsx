import { useWatch } from 'react-hook-form';
import dayjs from 'dayjs';
import { AutoComplete, Col, Input, Radio, Row, Select, Alert } from 'antd';
import { FREQUENCIES, orderInput, ROUTES, type Frequency, type CatalogueDrug } from '../../../core/medication/schema.ts';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { ResidentSelect } from '../../ui/ResidentSelect.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { FormDrawer } from '../../ui/forms/FormDrawer.tsx';

/**
 * 开医嘱: the drug from the catalogue (its generic name and class are checked against the resident's allergies) or
 * typed in (checked by name only), dose, route, frequency and times; the doctor writes the home's orders, a
 * nurse transcribes another hospital's prescription.
 */
export function OrderFormDrawer({
  drugs,
  note,
  allergiesRecorded,
  isDoctor,
  residentId,
  onClose,
  onSaved,
}: {
  drugs: readonly CatalogueDrug[];
  note: string;
  allergiesRecorded: boolean;
  isDoctor: boolean;
  residentId: number | null;
  onClose(): void;
  onSaved(): void;
}) {
  const api = useApiForm({
    method: 'medication.prescribe',
    schema: orderInput,
    defaults: {
      residentId: residentId ?? (undefined as unknown as number),
      encounterId: null,
      source: isDoctor ? 'clinic' : 'external',
      prescriber: '',
      drugCode: null,
      drugName: '',
      spec: '',
      dose: '',
      route: '口服',
      frequency: 'qd',
      times: [...FREQUENCIES.qd.times],
      longTerm: true,
      startDate: dayjs().format('YYYY-MM-DD'),
      startTime: dayjs().format('HH:mm'),
      stopDate: null,
      notes: '',
    },
    success: (o) => `已开具 ${o.residentName} 的${o.longTerm ? '长期' : '临时'}医嘱：${o.drugName}`,
    onSaved,
  });
  const { control, setValue } = api.form;
  const source = useWatch({ control, name: 'source' });
  const drugCode = useWatch({ control, name: 'drugCode' });
  const chooseDrug = (name: string) => {
    const d = drugs.find((x) => x.name === name);
    setValue('drugName', name, { shouldDirty: true });
    setValue('drugCode', d?.code ?? null, { shouldDirty: true });
    if (d) {
      setValue('spec', d.spec);
      if ((ROUTES as readonly string[]).includes(d.route)) setValue('route', d.route as (typeof ROUTES)[number]);
    }
  };
  const chooseFrequency = (f: Frequency) => {
    setValue('frequency', f, { shouldDirty: true });
    setValue('times', [...FREQUENCIES[f].times]);
    setValue('longTerm', f !== 'once');
  };
  const drug = drugs.find((d) => d.code === drugCode);
  return (
    <FormDrawer api={api} title="开医嘱" okText="开具" label="医嘱" onClose={onClose}>
      {!allergiesRecorded && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="过敏史由健康档案登记；登记后开医嘱时自动核对，冲突的药品不能开具。" />}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Field control={control} name="residentId" label="老人" required>
            {(f) => <ResidentSelect id="residentId" value={f.value} onChange={f.onChange} onBlur={f.onBlur} autoFocus />}
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field control={control} name="source" label="来源" required>
            {(f) => (
              <Radio.Group
                {...f}
                id="source"
                optionType="button"
                buttonStyle="solid"
                options={[
                  { value: 'clinic', label: '本院医嘱', disabled: !isDoctor },
                  { value: 'external', label: '外院处方转抄' },
                ]}
              />
            )}
          </Field>
        </Col>
        {source === 'external' && (
          <Col xs={24}>
            <Field control={control} name="prescriber" label="开方医生和医院" required>
              {(f) => <Input {...f} id="prescriber" placeholder="如 鼓楼医院 刘医生" />}
            </Field>
          </Col>
        )}
        <Col xs={24} md={14}>
          <Field control={control} name="drugName" label="药品" required help={drug ? `通用名 ${drug.generic}，${drug.class}` : note}>
            {(f) => (
              <AutoComplete
                id="drugName"
                value={f.value}
                onBlur={f.onBlur}
                onChange={(v: string) => chooseDrug(v)}
                options={drugs.map((d) => ({ value: d.name, label: `${d.name}（${d.spec}）` }))}
                filterOption={(input, option) => String(option?.value ?? '').includes(input)}
                placeholder="输入药名，从目录中选择，或直接输入"
              />
            )}
          </Field>
        </Col>
        <Col xs={24} md={10}>
          <Field control={control} name="spec" label="规格">
            {(f) => <Input {...f} id="spec" />}
          </Field>
        </Col>
        <Col xs={12} md={6}>
          <Field control={control} name="dose" label="每次剂量" required>
            {(f) => <Input {...f} id="dose" placeholder="如 5mg、1片" />}
          </Field>
        </Col>
        <Col xs={12} md={6}>
          <Field control={control} name="route" label="途径" required>
            {(f) => <Select {...f} id="route" options={ROUTES.map((r) => ({ value: r, label: r }))} />}
          </Field>
        </Col>
        <Col xs={12} md={6}>
          <Field control={control} name="frequency" label="频次" required>
            {(f) => <Select id="frequency" value={f.value} onChange={chooseFrequency} options={Object.entries(FREQUENCIES).map(([value, x]) => ({ value, label: x.label }))} />}
          </Field>
        </Col>
        <Col xs={12} md={6}>
          <Field control={control} name="times" label="给药时间" required help="多个用顿号或空格分开">
            {(f) => (
              <Input
                id="times"
                defaultValue={f.value.join('、')}
                key={f.value.join()}
                onBlur={(e) => f.onChange(e.target.value.split(/[、,，\s]+/).filter(Boolean))}
              />
            )}
          </Field>
        </Col>
        <Col xs={12} md={8}>
          <Field control={control} name="startDate" label="开始日期" required>
            {(f) => <IsoDatePicker id="startDate" value={f.value} onChange={f.onChange} onBlur={f.onBlur} disabledFuture={false} />}
          </Field>
        </Col>
        <Col xs={12} md={8}>
          <Field control={control} name="startTime" label="开始时间" required>
            {(f) => <Input {...f} id="startTime" placeholder="08:00" maxLength={5} />}
          </Field>
        </Col>
        <Col xs={12} md={8}>
          <Field control={control} name="stopDate" label="停止日期" help="长期医嘱可留空，停药时再停">
            {(f) => <IsoDatePicker id="stopDate" value={f.value} onChange={f.onChange} onBlur={f.onBlur} disabledFuture={false} allowClear />}
          </Field>
        </Col>
      </Row>
      <Field control={control} name="notes" label="备注">
        {(f) => <Input.TextArea {...f} id="notes" rows={2} maxLength={200} placeholder="如 餐后服用" />}
      </Field>
    </FormDrawer>
  );
}
