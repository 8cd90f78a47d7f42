import { useMemo, useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { AutoComplete, Button, Checkbox, Col, Input, InputNumber, Row, Select, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { frequencyText, recordVisitInput, type AgreementRow, type VisitResidentInput } from '../../../core/agreements/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { FormDrawer } from '../../ui/forms/FormDrawer.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { VisitResidentPicker } from './VisitResidentPicker.tsx';

const blankResident = (residentId: number): VisitResidentInput => ({ residentId, note: '', systolic: null, diastolic: null, pulse: null, annualExam: false });

/**
 * 登记来访: the centre's visit as the home's nurse records it, by keyboard — the agreement and day, who came (the
 * staff who came before are offered as one types), the agreed services delivered, and each resident seen with
 * blood pressure, pulse and a note. The nurse signed in signs it off.
 */
export function VisitFormDrawer({ agreements, onClose }: { agreements: AgreementRow[]; onClose(): void }) {
  const today = dayjs().format('YYYY-MM-DD');
  const current = agreements.find((a) => a.state === 'current') ?? agreements[0];
  const api = useApiForm({
    method: 'agreements.recordVisit',
    schema: recordVisitInput,
    defaults: {
      agreementId: current?.id,
      visitOn: today,
      startsAt: dayjs().format('HH:00'),
      endsAt: '',
      unplanned: false,
      staff: [{ name: '', role: '', licenceNo: '' }],
      serviceIds: current ? [current.services[0]!.id] : [],
      residents: [],
      notes: '',
    },
    success: (r) => `已登记来访：${r.visitOn}，诊视 ${r.residentCount} 位老人${r.counted ? '' : '（协议外，不计入履约）'}`,
    onSaved: onClose,
  });
  const { control, setValue } = api.form;
  const agreementId = useWatch({ control, name: 'agreementId' });
  const visitOn = useWatch({ control, name: 'visitOn' });
  const agreement = agreements.find((a) => a.id === agreementId);
  const outOfTerm = agreement && visitOn && (visitOn < agreement.startsOn || visitOn > agreement.endsOn);
  const staff = useFieldArray({ control, name: 'staff' });
  const residents = useFieldArray({ control, name: 'residents' });
  const [labels, setLabels] = useState<Record<number, string>>({});
  const seen = useApiQuery('agreements.staffSeen', {});
  const listed = useWatch({ control, name: 'residents' });
  const exclude = useMemo(() => new Set((listed ?? []).map((r) => r.residentId)), [listed]);
  const staffOptions = (seen.data ?? []).map((s) => ({ value: `${s.name}|${s.role}|${s.licenceNo}`, label: `${s.name}（${s.role}${s.licenceNo ? `，${s.licenceNo}` : ''}）` }));
  return (
    <FormDrawer api={api} title="登记签约机构来访" okText="签收并保存" label="登记来访" size={980} onClose={onClose}>
      <Row gutter={16}>
        <Col span={10}>
          <Field control={control} name="agreementId" label="签约协议" required>
            {(f) => (
              <Select
                {...f}
                id="agreementId"
                options={agreements.map((a) => ({ value: a.id, label: `${a.partnerName}（${a.startsOn} 至 ${a.endsOn}）` }))}
                onChange={(v: number) => {
                  f.onChange(v);
                  const next = agreements.find((a) => a.id === v);
                  setValue('serviceIds', next ? [next.services[0]!.id] : []);
                }}
              />
            )}
          </Field>
        </Col>
        <Col span={6}>
          <Field control={control} name="visitOn" label="来访日期" required>
            {(f) => <IsoDatePicker id="visitOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </Field>
        </Col>
        <Col span={4}>
          <Field control={control} name="startsAt" label="到达" required>
            {(f) => <Input {...f} id="startsAt" maxLength={5} placeholder="09:00" />}
          </Field>
        </Col>
        <Col span={4}>
          <Field control={control} name="endsAt" label="离开">
            {(f) => <Input {...f} id="endsAt" maxLength={5} placeholder="11:30" />}
          </Field>
        </Col>
      </Row>
      {outOfTerm && (
        <Field control={control} name="unplanned" label="" help="协议期外的来访只能作为临时来访登记，列入记录但不计入履约">
          {(f) => (
            <Checkbox id="unplanned" checked={f.value} onChange={(e) => f.onChange(e.target.checked)}>
              协议外临时来访
            </Checkbox>
          )}
        </Field>
      )}
      <h3>来访人员</h3>
      {staff.fields.map((s, i) => (
        <Row gutter={8} key={s.id}>
          <Col span={8}>
            <Field control={control} name={`staff.${i}.name`} label={i === 0 ? '姓名' : ''}>
              {(f) => (
                <AutoComplete
                  id={`staff.${i}.name`}
                  aria-label={`来访人员 ${i + 1} 姓名`}
                  value={f.value}
                  onBlur={f.onBlur}
                  options={staffOptions.filter((o) => !f.value || o.label.includes(f.value))}
                  onChange={(v: string) => {
                    const [name, role, licenceNo] = v.split('|');
                    f.onChange(name ?? '');
                    if (role !== undefined) {
                      setValue(`staff.${i}.role`, role);
                      setValue(`staff.${i}.licenceNo`, licenceNo ?? '');
                    }
                  }}
                  placeholder="输入姓名，或从常来人员中选"
                />
              )}
            </Field>
          </Col>
          <Col span={6}>
            <Field control={control} name={`staff.${i}.role`} label={i === 0 ? '职务' : ''}>
              {(f) => <Input {...f} id={`staff.${i}.role`} aria-label={`来访人员 ${i + 1} 职务`} maxLength={30} placeholder="如 全科医师" />}
            </Field>
          </Col>
          <Col span={8}>
            <Field control={control} name={`staff.${i}.licenceNo`} label={i === 0 ? '执业证书编号' : ''}>
              {(f) => <Input {...f} id={`staff.${i}.licenceNo`} aria-label={`来访人员 ${i + 1} 执业证书编号`} maxLength={40} />}
            </Field>
          </Col>
          <Col span={2} style={{ paddingTop: i === 0 ? 30 : 0 }}>
            <Button icon={<DeleteOutlined />} aria-label={`删除来访人员 ${i + 1}`} disabled={staff.fields.length === 1} onClick={() => staff.remove(i)} />
          </Col>
        </Row>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => staff.append({ name: '', role: '', licenceNo: '' })} style={{ marginBottom: 16 }} disabled={staff.fields.length >= 10}>
        添加来访人员
      </Button>
      <Field control={control} name="serviceIds" label="这次提供的服务" required>
        {(f) => (
          <div id="serviceIds">
            <Checkbox.Group
              value={f.value}
              onChange={f.onChange}
              options={(agreement?.services ?? []).map((s) => ({ value: s.id, label: `${s.name}（约定${frequencyText(s)}）` }))}
            />
          </div>
        )}
      </Field>
      <h3>诊视老人（{residents.fields.length} 位）</h3>
      <div style={{ marginBottom: 12 }}>
        <VisitResidentPicker
          exclude={exclude}
          onPick={(id, label) => {
            setLabels((l) => ({ ...l, [id]: label }));
            residents.append(blankResident(id), { shouldFocus: false });
          }}
        />
      </div>
      {residents.fields.length > 0 && (
        <Table
          className="visit-residents"
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={residents.fields.map((r, i) => ({ ...r, i }))}
          columns={[
            {
              title: '老人',
              key: 'who',
              width: '10em',
              // A Field, so the core's refusal (not in residence that day) shows under the resident it names.
              render: (_v, r) => (
                <Field control={control} name={`residents.${r.i}.residentId`} label="">
                  {() => <span id={`residents.${r.i}.residentId`}>{labels[r.residentId] ?? `老人 ${r.residentId}`}</span>}
                </Field>
              ),
            },
            {
              title: '血压（收缩/舒张）',
              key: 'bp',
              width: '12em',
              render: (_v, r) => (
                <span style={{ display: 'inline-flex', gap: 4 }}>
                  <Field control={control} name={`residents.${r.i}.systolic`} label="">
                    {(f) => <InputNumber {...f} id={`residents.${r.i}.systolic`} aria-label={`${labels[r.residentId]} 收缩压`} min={50} max={260} precision={0} style={{ width: '5em' }} />}
                  </Field>
                  <Field control={control} name={`residents.${r.i}.diastolic`} label="">
                    {(f) => <InputNumber {...f} id={`residents.${r.i}.diastolic`} aria-label={`${labels[r.residentId]} 舒张压`} min={30} max={160} precision={0} style={{ width: '5em' }} />}
                  </Field>
                </span>
              ),
            },
            {
              title: '脉搏',
              key: 'pulse',
              width: '6em',
              render: (_v, r) => (
                <Field control={control} name={`residents.${r.i}.pulse`} label="">
                  {(f) => <InputNumber {...f} id={`residents.${r.i}.pulse`} aria-label={`${labels[r.residentId]} 脉搏`} min={20} max={220} precision={0} style={{ width: '5em' }} />}
                </Field>
              ),
            },
            {
              title: '诊视情况',
              key: 'note',
              render: (_v, r) => (
                <Field control={control} name={`residents.${r.i}.note`} label="">
                  {(f) => <Input {...f} id={`residents.${r.i}.note`} aria-label={`${labels[r.residentId]} 诊视情况`} maxLength={300} />}
                </Field>
              ),
            },
            {
              title: '年度体检',
              key: 'exam',
              width: '6em',
              render: (_v, r) => (
                <Field control={control} name={`residents.${r.i}.annualExam`} label="">
                  {(f) => <Checkbox id={`residents.${r.i}.annualExam`} aria-label={`${labels[r.residentId]} 做了年度体检`} checked={f.value} onChange={(e) => f.onChange(e.target.checked)} />}
                </Field>
              ),
            },
            {
              title: '',
              key: 'remove',
              width: '3em',
              render: (_v, r) => (
                <Button size="small" icon={<DeleteOutlined />} aria-label={`移除 ${labels[r.residentId]}`} tabIndex={-1} onClick={() => residents.remove(r.i)} />
              ),
            },
          ]}
        />
      )}
      <Field control={control} name="notes" label="备注">
        {(f) => <Input.TextArea {...f} id="notes" rows={2} maxLength={500} />}
      </Field>
    </FormDrawer>
  );
}
