import { Input } from 'antd';
import { removeInput } from '../../../core/clinic/schema.ts';
import { Field } from '../../ui/Field.tsx';
import { useApiForm, type ApiFormOptions } from '../../ui/forms/useApiForm.ts';
import { FormModal } from '../../ui/forms/FormModal.tsx';

type RemoveMethod = 'clinic.removeRoom' | 'clinic.removeAgreement' | 'clinic.removeStaff';

/** 删除 a clinic record entered in error: the reason is asked; the director can restore it from the list. */
export function RemoveRecordDialog({ method, id, what, onClose }: { method: RemoveMethod; id: number; what: string; onClose(): void }) {
  const api = useApiForm({
    method,
    schema: removeInput,
    defaults: { id, reason: '' },
    success: () => `已删除${what}，可在列表中“显示已删除”后恢复`,
    onSaved: onClose,
  } as ApiFormOptions<'clinic.removeRoom', typeof removeInput>);
  return (
    <FormModal api={api} title={`删除：${what}`} okText="删除" danger onClose={onClose}>
      <p className="muted">删除后不再计入检查和报表，但不会真正抹去，院长可以恢复。</p>
      <Field control={api.form.control} name="reason" label="删除原因" required>
        {(f) => <Input.TextArea {...f} id="reason" rows={2} maxLength={200} placeholder="如：录入错误、已拆除" autoFocus />}
      </Field>
    </FormModal>
  );
}
