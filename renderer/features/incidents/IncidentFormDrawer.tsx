import { useWatch } from 'react-hook-form';
import { Col, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { INCIDENT_KINDS, INJURIES, reportIncidentInput, updateIncidentInput, type IncidentRow } from '../../../core/incidents/schema.ts';
import { Field } from '../../ui/Field.tsx';
import { IsoDateTimePicker } from '../../ui/IsoDateTimePicker.tsx';
import { FormDrawer } from '../../ui/forms/FormDrawer.tsx';
import { useApiForm, type ApiForm } from '../../ui/forms/useApiForm.ts';
import { ResidentSelect } from '../residents/ResidentSelect.tsx';

const KIND_OPTIONS = Object.entries(INCIDENT_KINDS).map(([value, label]) => ({ value, label }));
const INJURY_OPTIONS = Object.entries(INJURIES).map(([value, label]) => ({ value, label }));

type ReportForm = ApiForm<typeof reportIncidentInput> | ApiForm<typeof updateIncidentInput>;

/** 登记意外事件: who, what, when and where, what was done at once, and whether the family has been told. */
export function ReportIncidentDrawer({ residentId, onClose, onSaved }: { residentId?: number; onClose(): void; onSaved?(id: number): void }) {
  const api = useApiForm({
    method: 'incidents.report',
    schema: reportIncidentInput,
    defaults: {
      residentId,
      kind: undefined,
      occurredAt: dayjs().format('YYYY-MM-DDTHH:mm'),
      place: '',
      witnesses: '',
      description: '',
      injury: 'none',
      actions: '',
      familyNotifiedAt: null,
      familyNotifiedWhom: '',
      followUp: '',
      lateReason: '',
    },
    success: (r) => `已登记：${r.residentName} ${INCIDENT_KINDS[r.kind]}`,
    onSaved: (r) => {
      onClose();
      onSaved?.(r.id);
    },
  });
  return (
    <FormDrawer api={api} title="登记意外事件" okText="登记" label="登记意外事件" onClose={onClose}>
      <IncidentFields api={api} />
    </FormDrawer>
  );
}

/** 修改意外事件记录: corrects what was reported; the audit log keeps what it said before. */
export function EditIncidentDrawer({ incident, onClose }: { incident: IncidentRow; onClose(): void }) {
  const api = useApiForm({
    method: 'incidents.update',
    schema: updateIncidentInput,
    defaults: {
      id: incident.id,
      residentId: incident.residentId,
      kind: incident.kind,
      occurredAt: incident.occurredAt,
      place: incident.place,
      witnesses: incident.witnesses,
      description: incident.description,
      injury: incident.injury,
      actions: incident.actions,
      familyNotifiedAt: incident.familyNotifiedAt,
      familyNotifiedWhom: incident.familyNotifiedWhom,
      followUp: incident.followUp,
      lateReason: incident.lateReason,
    },
    success: () => '已保存修改',
    onSaved: onClose,
  });
  return (
    <FormDrawer api={api} title={`修改意外事件记录：${incident.residentName}`} okText="保存修改" label="修改意外事件记录" onClose={onClose}>
      <IncidentFields api={api} known={{ id: incident.residentId, label: `${incident.bedLabel} 床 ${incident.residentName}` }} />
    </FormDrawer>
  );
}

function IncidentFields({ api, known }: { api: ReportForm; known?: { id: number; label: string } }) {
  // Both forms share these fields; react-hook-form's control is typed per schema, the names are the same.
  const control = api.form.control as ApiForm<typeof reportIncidentInput>['form']['control'];
  const notifiedAt = useWatch({ control, name: 'familyNotifiedAt' });
  return (
    <>
      <Row gutter={16}>
        <Col span={14}>
          <Field control={control} name="residentId" label="老人" required help="已离院老人的事件也可补记，需写明补记原因">
            {(f) => <ResidentSelect id="residentId" value={f.value} onChange={f.onChange} onBlur={f.onBlur} includeLeft known={known} autoFocus={!known} />}
          </Field>
        </Col>
        <Col span={10}>
          <Field control={control} name="kind" label="类别" required>
            {(f) => <Select {...f} id="kind" options={KIND_OPTIONS} placeholder="请选择" showSearch={{ optionFilterProp: 'label' }} />}
          </Field>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={10}>
          <Field control={control} name="occurredAt" label="发生时间" required>
            {(f) => <IsoDateTimePicker id="occurredAt" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </Field>
        </Col>
        <Col span={8}>
          <Field control={control} name="place" label="地点" required>
            {(f) => <Input {...f} id="place" maxLength={60} placeholder="如 302 房卫生间" />}
          </Field>
        </Col>
        <Col span={6}>
          <Field control={control} name="injury" label="伤情" required>
            {(f) => <Select {...f} id="injury" options={INJURY_OPTIONS} />}
          </Field>
        </Col>
      </Row>
      <Field control={control} name="description" label="经过" required>
        {(f) => <Input.TextArea {...f} id="description" rows={3} maxLength={1000} showCount placeholder="发生了什么，怎样发现的" />}
      </Field>
      <Field control={control} name="actions" label="当即处置" required>
        {(f) => <Input.TextArea {...f} id="actions" rows={2} maxLength={1000} showCount placeholder="如 医生查体，冰敷，通知家属" />}
      </Field>
      <Field control={control} name="witnesses" label="目击者">
        {(f) => <Input {...f} id="witnesses" maxLength={100} />}
      </Field>
      <Row gutter={16}>
        <Col span={12}>
          <Field control={control} name="familyNotifiedAt" label="通知家属时间" help="尚未通知可留空，通知后在记录中补上">
            {(f) => <IsoDateTimePicker id="familyNotifiedAt" value={f.value} onChange={f.onChange} onBlur={f.onBlur} allowClear placeholder="尚未通知" />}
          </Field>
        </Col>
        <Col span={12}>
          <Field control={control} name="familyNotifiedWhom" label="通知了谁" required={notifiedAt !== null && notifiedAt !== undefined}>
            {(f) => <Input {...f} id="familyNotifiedWhom" maxLength={60} placeholder="如 儿子 张伟" />}
          </Field>
        </Col>
      </Row>
      <Field control={control} name="followUp" label="随访与改进措施">
        {(f) => <Input.TextArea {...f} id="followUp" rows={2} maxLength={1000} showCount />}
      </Field>
      <Field control={control} name="lateReason" label="补记原因" help="仅在老人已离院后补记时填写">
        {(f) => <Input {...f} id="lateReason" maxLength={200} />}
      </Field>
    </>
  );
}
