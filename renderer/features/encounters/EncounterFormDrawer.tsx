import { useFieldArray, useWatch, type Control } from 'react-hook-form';
import dayjs from 'dayjs';
import { App, Alert, Button, Checkbox, Col, Input, InputNumber, Radio, Row, Select, Switch, Tag } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  encounterInput,
  ENCOUNTER_KINDS,
  FEE_CATEGORIES,
  FEE_ITEMS,
  feeItem,
  ICD10,
  REFERRAL_KINDS,
  type EncounterDetail,
  type EncounterInput,
} from '../../../core/encounters/schema.ts';
import type { z } from 'zod';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { ResidentSelect } from '../../ui/ResidentSelect.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { FormDrawer } from '../../ui/forms/FormDrawer.tsx';

type Values = z.input<typeof encounterInput>;

const icdOptions = ICD10.map((d) => ({ value: `${d.code}|${d.name}`, label: `${d.code} ${d.name}` }));
const feeOptions = (['medical', 'care'] as const).map((c) => ({
  label: FEE_CATEGORIES[c],
  options: FEE_ITEMS.filter((i) => i.category === c).map((i) => ({ value: i.code, label: i.name })),
}));

/** The diagnoses as a tag picker: an ICD-10 entry from the list, or any text typed and confirmed with Enter. */
function DiagnosesField({ control }: { control: Control<Values> }) {
  return (
    <Field control={control} name="diagnoses" label="诊断（ICD-10）">
      {(f) => (
        <Select
          id="diagnoses"
          mode="tags"
          value={(f.value ?? []).map((d) => `${d.code ?? ''}|${d.name}`)}
          onChange={(values: string[]) =>
            f.onChange(
              values.map((v) => {
                const [code, name] = v.includes('|') ? v.split('|') : ['', v];
                return { code: code || null, name: name! };
              }),
            )
          }
          options={icdOptions}
          optionFilterProp="label"
          placeholder="输入编码或名称查找，如 I10 或 高血压；列表中没有的直接输入后按回车"
          labelRender={(p) => String(p.value).replace(/^\|/, '').replace('|', ' ')}
        />
      )}
    </Field>
  );
}

function FeesField({ control, prices }: { control: Control<Values>; prices: Record<string, number> }) {
  const fees = useFieldArray({ control, name: 'fees' });
  const lines = useWatch({ control, name: 'fees' }) ?? [];
  const total = (c: 'medical' | 'care') => lines.filter((l) => l.category === c).reduce((s, l) => s + (Number(l.unitPrice) || 0) * (Number(l.quantity) || 0), 0);
  return (
    <>
      <h3 style={{ marginTop: 8 }}>收费</h3>
      <p className="muted" style={{ marginTop: -4 }}>
        医疗项目与生活照护项目分开收费；生活照护项目不得记入医保。
      </p>
      {fees.fields.map((row, i) => (
        <Row gutter={8} key={row.id} align="top">
          <Col span={7}>
            <Field control={control} name={`fees.${i}.name`} label={i === 0 ? '项目' : ''} required={i === 0}>
              {(f) => (
                <Select
                  id={`fees.${i}.name`}
                  aria-label={`第 ${i + 1} 项收费项目`}
                  showSearch={{ optionFilterProp: 'label' }}
                  value={lines[i]?.itemCode ?? (f.value || undefined)}
                  options={feeOptions}
                  onChange={(code: string) => {
                    const item = feeItem(code)!;
                    fees.update(i, {
                      ...lines[i]!,
                      itemCode: code,
                      name: item.name,
                      category: item.category,
                      insured: item.category === 'medical' && (lines[i]?.insured ?? true),
                      unitPrice: prices[code] !== undefined ? prices[code]! / 100 : (lines[i]?.unitPrice ?? 0),
                    });
                  }}
                />
              )}
            </Field>
          </Col>
          <Col span={4}>
            <Field control={control} name={`fees.${i}.category`} label={i === 0 ? '类别' : ''}>
              {(f) => <Tag color={f.value === 'care' ? 'purple' : 'blue'}>{FEE_CATEGORIES[f.value as 'medical' | 'care'] ?? ''}</Tag>}
            </Field>
          </Col>
          <Col span={3}>
            <Field control={control} name={`fees.${i}.insured`} label={i === 0 ? '记入医保' : ''}>
              {(f) => (
                <Checkbox
                  id={`fees.${i}.insured`}
                  aria-label={`第 ${i + 1} 项记入医保`}
                  checked={f.value ?? false}
                  disabled={lines[i]?.category === 'care'}
                  onChange={(e) => f.onChange(e.target.checked)}
                />
              )}
            </Field>
          </Col>
          <Col span={3}>
            <Field control={control} name={`fees.${i}.quantity`} label={i === 0 ? '数量' : ''}>
              {(f) => <InputNumber id={`fees.${i}.quantity`} aria-label={`第 ${i + 1} 项数量`} min={1} precision={0} value={f.value} onChange={(v) => f.onChange(v ?? undefined)} style={{ width: '100%' }} />}
            </Field>
          </Col>
          <Col span={5}>
            <Field control={control} name={`fees.${i}.unitPrice`} label={i === 0 ? '单价（元）' : ''}>
              {(f) => <InputNumber id={`fees.${i}.unitPrice`} aria-label={`第 ${i + 1} 项单价`} min={0} step={0.5} precision={2} value={f.value} onChange={(v) => f.onChange(v ?? undefined)} style={{ width: '100%' }} />}
            </Field>
          </Col>
          <Col span={2} style={{ paddingTop: i === 0 ? 34 : 0 }}>
            <Button icon={<DeleteOutlined />} aria-label={`删除第 ${i + 1} 项收费`} onClick={() => fees.remove(i)} />
          </Col>
        </Row>
      ))}
      <Button
        icon={<PlusOutlined />}
        disabled={fees.fields.length >= 30}
        onClick={() => fees.append({ itemCode: null, name: '', category: 'medical', insured: true, quantity: 1, unitPrice: 0 })}
        style={{ marginBottom: 8 }}
      >
        添加收费项目
      </Button>
      <div className="muted" style={{ marginBottom: 16 }}>
        医疗项目 {total('medical').toFixed(2)} 元 · 生活照护项目 {total('care').toFixed(2)} 元
      </div>
    </>
  );
}

/** 登记或修改诊疗记录: who, what kind, what was found, the diagnosis, what was done, fees and any referral. */
export function EncounterFormDrawer({ encounter, onClose, onSaved }: { encounter?: EncounterDetail; onClose(): void; onSaved(id: number): void }) {
  const { notification } = App.useApp();
  const { user } = useSession();
  const options = useApiQuery('encounters.formOptions', {});
  const defaults: Values = encounter
    ? {
        id: encounter.id,
        residentId: encounter.residentId,
        kind: encounter.kind,
        date: encounter.date,
        time: encounter.time,
        doctorId: encounter.doctorId,
        complaint: encounter.complaint,
        findings: encounter.findings,
        diagnoses: encounter.diagnoses,
        orders: encounter.orders,
        referral: encounter.referral,
        fees: encounter.fees.map((f) => ({ itemCode: f.itemCode, name: f.name, category: f.category, insured: f.insured, quantity: f.quantity, unitPrice: f.unitPriceFen / 100 })),
        notes: encounter.notes,
      }
    : {
        id: null,
        residentId: undefined as unknown as number,
        kind: 'visit',
        date: dayjs().format('YYYY-MM-DD'),
        time: dayjs().format('HH:mm'),
        doctorId: user.role === 'doctor' ? user.id : (undefined as unknown as number),
        complaint: '',
        findings: '',
        diagnoses: [],
        orders: '',
        referral: null,
        fees: [],
        notes: '',
      };
  const api = useApiForm({
    method: 'encounters.save',
    schema: encounterInput,
    defaults,
    success: (r) => `已保存 ${r.encounter.residentName} 的${ENCOUNTER_KINDS[r.encounter.kind]}记录`,
    onSaved: (r) => {
      if (r.warnings.length > 0) notification.warning({ title: '请注意', description: r.warnings.join('\n'), duration: 0 });
      onSaved(r.encounter.id);
    },
  });
  const { control, setValue } = api.form;
  const referral = useWatch({ control, name: 'referral' });
  const kind = useWatch({ control, name: 'kind' }) as EncounterInput['kind'];
  return (
    <FormDrawer api={api} title={encounter ? `修改诊疗记录：${encounter.residentName}` : '登记诊疗记录'} okText="保存" label="诊疗记录" size={860} onClose={onClose}>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Field control={control} name="residentId" label="老人" required>
            {(f) => (
              <ResidentSelect
                id="residentId"
                value={f.value}
                onChange={f.onChange}
                onBlur={f.onBlur}
                keep={encounter ? { id: encounter.residentId, label: `${encounter.bedLabel} 床 ${encounter.residentName}` } : undefined}
                autoFocus={!encounter}
              />
            )}
          </Field>
        </Col>
        <Col xs={24} md={14}>
          <Field control={control} name="kind" label="类型" required>
            {(f) => <Radio.Group {...f} id="kind" optionType="button" buttonStyle="solid" options={Object.entries(ENCOUNTER_KINDS).map(([value, label]) => ({ value, label }))} />}
          </Field>
        </Col>
        <Col xs={12} md={6}>
          <Field control={control} name="date" label="日期" required>
            {(f) => <IsoDatePicker id="date" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </Field>
        </Col>
        <Col xs={12} md={4}>
          <Field control={control} name="time" label="时间" required>
            {(f) => <Input {...f} id="time" placeholder="08:30" maxLength={5} />}
          </Field>
        </Col>
        <Col xs={24} md={14}>
          <Field control={control} name="doctorId" label="医生" required>
            {(f) => (
              <Select
                id="doctorId"
                value={f.value ?? undefined}
                onChange={f.onChange}
                loading={options.isPending}
                options={(options.data?.doctors ?? []).map((d) => ({ value: d.id, label: d.displayName }))}
                notFoundContent="没有“医生”岗位的账号，请院长在“用户管理”中建立"
              />
            )}
          </Field>
        </Col>
      </Row>
      <Field control={control} name="complaint" label={kind === 'round' ? '巡诊所见' : '主诉'} required>
        {(f) => <Input.TextArea {...f} id="complaint" rows={2} maxLength={500} />}
      </Field>
      <Field control={control} name="findings" label="查体与检查">
        {(f) => <Input.TextArea {...f} id="findings" rows={2} maxLength={1000} />}
      </Field>
      <DiagnosesField control={control} />
      <Field control={control} name="orders" label="处理与医嘱">
        {(f) => <Input.TextArea {...f} id="orders" rows={2} maxLength={1000} placeholder="处方请在“医嘱与给药”中开立" />}
      </Field>
      <div style={{ marginBottom: 12 }}>
        <Switch
          checked={referral !== null && referral !== undefined}
          onChange={(on) => setValue('referral', on ? { kind: 'outpatient', to: '', reason: '' } : null, { shouldDirty: true })}
          aria-label="需要转诊"
        />{' '}
        需要转诊
      </div>
      {referral && (
        <Row gutter={12}>
          <Col span={6}>
            <Field control={control} name="referral.kind" label="转诊类型" required>
              {(f) => <Select {...f} id="referral.kind" options={Object.entries(REFERRAL_KINDS).map(([value, label]) => ({ value, label }))} />}
            </Field>
          </Col>
          <Col span={8}>
            <Field control={control} name="referral.to" label="转往机构" required>
              {(f) => <Input {...f} id="referral.to" />}
            </Field>
          </Col>
          <Col span={10}>
            <Field control={control} name="referral.reason" label="转诊原因">
              {(f) => <Input {...f} id="referral.reason" />}
            </Field>
          </Col>
        </Row>
      )}
      <FeesField control={control} prices={options.data?.lastPrices ?? {}} />
      {kind === 'round' && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="床边巡诊是否收取上门费，按本地区规定：规定免收上门费的地区，保存时会拒收上门服务费。" />}
      <Field control={control} name="notes" label="备注">
        {(f) => <Input.TextArea {...f} id="notes" rows={2} maxLength={500} />}
      </Field>
    </FormDrawer>
  );
}
