import { useFieldArray, useWatch } from 'react-hook-form';
import { Alert, Button, Checkbox, Col, Input, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { admitInput, updateInput } from '../../../core/residents/schema.ts';
import type { ResidentDetail } from '../../../core/residents/detail.ts';
import { normalizeCode, parseIdCard } from '../../../core/shared/idcard.ts';
import { ageOn } from '../../../core/shared/dates.ts';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { useApiForm, type ApiFormOptions } from '../../ui/forms/useApiForm.ts';
import { FormDrawer } from '../../ui/forms/FormDrawer.tsx';
import { careLevelOptions, paymentOptions } from './labels.ts';
import { useFreeBedOptions } from './useFreeBeds.ts';

function IdPreview({ value }: { value: string }) {
  const today = dayjs().format('YYYY-MM-DD');
  if (value.trim().length < 18) return null;
  const r = parseIdCard(value, today);
  if (!r.ok) return null;
  return (
    <span style={{ color: '#237804' }}>
      ✓ 出生日期 {r.birthDate}，{r.sex}，{ageOn(r.birthDate, today)} 岁
    </span>
  );
}

type AdmitForm = ReturnType<typeof useApiForm<'residents.admit', typeof admitInput>>['form'];

/**
 * The admission asks for no level: it may bring the result of an assessment made elsewhere (外部评估: date, source,
 * level), saved with the admission; otherwise the resident is 未评估 until the home's own assessment.
 */
function ExternalAssessmentFields({ form }: { form: AdmitForm }) {
  const external = useWatch({ control: form.control, name: 'externalAssessment' });
  const admissionDate = useWatch({ control: form.control, name: 'admissionDate' });
  return (
    <div style={{ marginBottom: 8 }}>
      <Checkbox
        id="hasExternalAssessment"
        checked={external != null}
        onChange={(e) =>
          form.setValue('externalAssessment', e.target.checked ? { assessedOn: admissionDate ?? dayjs().format('YYYY-MM-DD'), source: '', level: 2 } : null, {
            shouldDirty: true,
          })
        }
      >
        老人带有外部评估结果（如长护险评估、原机构的能力评估）
      </Checkbox>
      {external == null ? (
        <div style={{ color: '#595959', margin: '4px 0 12px' }}>不勾选时能力等级为“未评估”，入住后请在健康档案中做老年人能力评估。</div>
      ) : (
        <Row gutter={16} style={{ marginTop: 8 }}>
          <Col xs={24} md={8}>
            <Field control={form.control} name="externalAssessment.assessedOn" label="外部评估日期" required>
              {(f) => <IsoDatePicker id="externalAssessment.assessedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
            </Field>
          </Col>
          <Col xs={24} md={8}>
            <Field control={form.control} name="externalAssessment.source" label="评估机构或来源" required>
              {(f) => <Input {...f} id="externalAssessment.source" placeholder="如 区长护险评估中心" />}
            </Field>
          </Col>
          <Col xs={24} md={8}>
            <Field control={form.control} name="externalAssessment.level" label="能力等级" required>
              {(f) => <Select {...f} id="externalAssessment.level" options={careLevelOptions} />}
            </Field>
          </Col>
        </Row>
      )}
    </div>
  );
}

/** 办理入住 (no `resident`) or 修改信息 (with one). Birth date and sex are read from the 身份证 number. */
export function ResidentFormDrawer({
  resident,
  presetBedId,
  onClose,
  onSaved,
}: {
  resident?: ResidentDetail;
  presetBedId?: number;
  onClose(): void;
  onSaved(id: number): void;
}) {
  const editing = resident !== undefined;
  const beds = useFreeBedOptions(resident?.bedId ?? presetBedId);
  // One of two methods, each with the schema the core parses it with.
  const api = useApiForm({
    method: editing ? 'residents.update' : 'residents.admit',
    schema: editing ? updateInput : admitInput,
    defaults: resident
      ? {
          id: resident.id,
          name: resident.name,
          idNumber: resident.idNumber,
          phone: resident.phone,
          admissionDate: resident.admissionDate,
          paymentType: resident.paymentType,
          emergencyContacts: resident.emergencyContacts,
          notes: resident.notes,
        }
      : {
          name: '',
          idNumber: '',
          phone: '',
          admissionDate: dayjs().format('YYYY-MM-DD'),
          bedId: presetBedId,
          externalAssessment: null,
          paymentType: 'self' as const,
          emergencyContacts: [{ name: '', relation: '', phone: '' }],
          notes: '',
        },
    success: (saved) => (editing ? `已保存 ${saved.name} 的信息` : `已为 ${saved.name} 办理入住（${saved.bedLabel} 床）`),
    onSaved: (saved) => onSaved(saved.id),
  } as ApiFormOptions<'residents.admit', typeof admitInput>);
  const form = api.form;
  const contacts = useFieldArray({ control: form.control, name: 'emergencyContacts' });
  const idNumber = useWatch({ control: form.control, name: 'idNumber' }) ?? '';

  return (
    <FormDrawer api={api} title={editing ? `修改老人信息：${resident.name}` : '办理入住'} okText={editing ? '保存' : '办理入住'} label={editing ? '修改老人信息' : '办理入住'} onClose={onClose}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Field control={form.control} name="name" label="姓名" required>
              {(f) => <Input {...f} id="name" autoFocus />}
            </Field>
          </Col>
          <Col xs={24} md={12}>
            <Field control={form.control} name="idNumber" label="身份证号" required help={<IdPreview value={idNumber} />}>
              {(f) => (
                // No maxLength: a number pasted with spaces is longer than 18 until it is tidied on leaving the field.
                <Input
                  {...f}
                  id="idNumber"
                  onBlur={() => {
                    f.onChange(normalizeCode(f.value ?? ''));
                    f.onBlur();
                  }}
                  style={{ fontFamily: 'monospace', letterSpacing: 1 }}
                />
              )}
            </Field>
          </Col>
          <Col xs={24} md={12}>
            <Field control={form.control} name="admissionDate" label="入住日期" required>
              {(f) => <IsoDatePicker id="admissionDate" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
            </Field>
          </Col>
          {!editing && (
            <Col xs={24} md={12}>
              <Field control={form.control} name="bedId" label={`床位（空床 ${beds.count} 张）`} required>
                {(f) => (
                  <Select
                    {...f}
                    id="bedId"
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder="输入房间号查找，如 301"
                    loading={beds.loading}
                    options={beds.options}
                    notFoundContent="没有空床位，请先在“床位图”中添加床位"
                  />
                )}
              </Field>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Field control={form.control} name="paymentType" label="费用类型" required>
              {(f) => <Select {...f} id="paymentType" options={paymentOptions} />}
            </Field>
          </Col>
          <Col xs={24} md={12}>
            <Field control={form.control} name="phone" label="老人电话">
              {(f) => <Input {...f} id="phone" placeholder="没有可不填" />}
            </Field>
          </Col>
        </Row>
        {editing ? (
          <Alert
            type="info"
            style={{ marginBottom: 16 }}
            title="能力等级不在这里修改：它是最近一次老年人能力评估的最终等级。请在老人的健康档案中做评估或登记外部评估。"
          />
        ) : (
          <ExternalAssessmentFields form={form} />
        )}
        <h3 style={{ marginTop: 8 }}>紧急联系人</h3>
        {contacts.fields.map((c, i) => (
          <Row gutter={8} key={c.id} align="top">
            <Col span={7}>
              <Field control={form.control} name={`emergencyContacts.${i}.name`} label={i === 0 ? '姓名' : ''} required={i === 0}>
                {(f) => <Input {...f} id={`emergencyContacts.${i}.name`} aria-label={`联系人${i + 1}姓名`} />}
              </Field>
            </Col>
            <Col span={5}>
              <Field control={form.control} name={`emergencyContacts.${i}.relation`} label={i === 0 ? '关系' : ''} required={i === 0}>
                {(f) => <Input {...f} id={`emergencyContacts.${i}.relation`} aria-label={`联系人${i + 1}关系`} placeholder="如 女儿" />}
              </Field>
            </Col>
            <Col span={9}>
              <Field control={form.control} name={`emergencyContacts.${i}.phone`} label={i === 0 ? '电话' : ''} required={i === 0}>
                {(f) => <Input {...f} id={`emergencyContacts.${i}.phone`} aria-label={`联系人${i + 1}电话`} />}
              </Field>
            </Col>
            <Col span={3} style={{ paddingTop: i === 0 ? 34 : 0 }}>
              <Button icon={<DeleteOutlined />} aria-label="删除此联系人" disabled={contacts.fields.length === 1} onClick={() => contacts.remove(i)} />
            </Col>
          </Row>
        ))}
        {form.formState.errors.emergencyContacts?.root?.message && (
          <Alert type="error" title={form.formState.errors.emergencyContacts.root.message} />
        )}
        <Button icon={<PlusOutlined />} disabled={contacts.fields.length >= 5} onClick={() => contacts.append({ name: '', relation: '', phone: '' })} style={{ marginBottom: 16 }}>
          添加联系人
        </Button>
        <Field control={form.control} name="notes" label="备注">
          {(f) => <Input.TextArea {...f} id="notes" rows={3} maxLength={500} showCount />}
        </Field>
    </FormDrawer>
  );
}
