import { Input } from 'antd';
import dayjs from 'dayjs';
import { closeFollowUpInput, INCIDENT_KINDS, notifyFamilyInput, removeIncidentInput, type IncidentRow } from '../../../core/incidents/schema.ts';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { IsoDateTimePicker } from '../../ui/IsoDateTimePicker.tsx';
import { FormModal } from '../../ui/forms/FormModal.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';

interface DialogProps {
  incident: IncidentRow;
  onClose(): void;
}

const what = (i: IncidentRow) => `${i.residentName} ${INCIDENT_KINDS[i.kind]}`;

export function NotifyFamilyDialog({ incident, onClose }: DialogProps) {
  const api = useApiForm({
    method: 'incidents.notifyFamily',
    schema: notifyFamilyInput,
    defaults: { id: incident.id, familyNotifiedAt: dayjs().format('YYYY-MM-DDTHH:mm'), familyNotifiedWhom: '' },
    success: () => `已记录通知家属：${what(incident)}`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title={`记录已通知家属：${what(incident)}`} okText="记录" onClose={onClose}>
      <Field control={control} name="familyNotifiedAt" label="通知时间" required>
        {(f) => <IsoDateTimePicker id="familyNotifiedAt" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
      <Field control={control} name="familyNotifiedWhom" label="通知了谁" required>
        {(f) => <Input {...f} id="familyNotifiedWhom" maxLength={60} placeholder="如 儿子 张伟（电话）" autoFocus />}
      </Field>
    </FormModal>
  );
}

export function CloseFollowUpDialog({ incident, onClose }: DialogProps) {
  const api = useApiForm({
    method: 'incidents.closeFollowUp',
    schema: closeFollowUpInput,
    defaults: { id: incident.id, closedOn: dayjs().format('YYYY-MM-DD'), followUp: incident.followUp },
    success: () => `随访已结束：${what(incident)}`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title={`结束随访：${what(incident)}`} okText="结束随访" onClose={onClose}>
      <Field control={control} name="closedOn" label="随访结束日期" required>
        {(f) => <IsoDatePicker id="closedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
      <Field control={control} name="followUp" label="随访与改进措施" required>
        {(f) => <Input.TextArea {...f} id="followUp" rows={4} maxLength={1000} showCount placeholder="如 床旁加装护栏，夜间加巡一次；一周后复查无不适" autoFocus />}
      </Field>
    </FormModal>
  );
}

export function RemoveIncidentDialog({ incident, onClose }: DialogProps) {
  const api = useApiForm({
    method: 'incidents.remove',
    schema: removeIncidentInput,
    defaults: { id: incident.id, reason: '' },
    success: () => '已删除这条记录，可在“已删除”中恢复',
    onSaved: onClose,
  });
  return (
    <FormModal api={api} title={`删除记录：${what(incident)}`} okText="删除" danger onClose={onClose}>
      <p className="muted">只用于录入错误的记录。删除后不再出现在登记簿中，但不会真正抹去，可在“已删除”中恢复。</p>
      <Field control={api.form.control} name="reason" label="删除原因" required>
        {(f) => <Input.TextArea {...f} id="reason" rows={2} maxLength={200} placeholder="如：重复登记" autoFocus />}
      </Field>
    </FormModal>
  );
}
