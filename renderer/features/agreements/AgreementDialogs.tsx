import { Input } from 'antd';
import { removeAgreementInput, removeVisitInput, type AgreementRow, type VisitRow } from '../../../core/agreements/schema.ts';
import { Field } from '../../ui/Field.tsx';
import { FormModal } from '../../ui/forms/FormModal.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';

/** 删除签约协议 entered in error: it stays, marked, and can be restored. */
export function RemoveAgreementDialog({ agreement, onClose }: { agreement: AgreementRow; onClose(): void }) {
  const api = useApiForm({
    method: 'agreements.remove',
    schema: removeAgreementInput,
    defaults: { id: agreement.id, reason: '' },
    success: () => '已删除，可在“已删除”中恢复',
    onSaved: onClose,
  });
  return (
    <FormModal api={api} title={`删除签约协议：${agreement.partnerName}（${agreement.startsOn} 至 ${agreement.endsOn}）`} okText="删除" onClose={onClose}>
      <p>删除后这份协议及其来访记录不再计入服务到位，可随时恢复。</p>
      <Field control={api.form.control} name="reason" label="删除原因" required>
        {(f) => <Input {...f} id="reason" maxLength={200} placeholder="如 重复录入" autoFocus />}
      </Field>
    </FormModal>
  );
}

export function RemoveVisitDialog({ visit, onClose }: { visit: VisitRow; onClose(): void }) {
  const api = useApiForm({
    method: 'agreements.removeVisit',
    schema: removeVisitInput,
    defaults: { id: visit.id, reason: '' },
    success: () => '已删除这条来访记录',
    onSaved: onClose,
  });
  return (
    <FormModal api={api} title={`删除来访记录：${visit.visitOn} ${visit.startsAt}`} okText="删除" onClose={onClose}>
      <p>删除后这次来访不再计入服务到位；记录仍保留在已删除中。</p>
      <Field control={api.form.control} name="reason" label="删除原因" required>
        {(f) => <Input {...f} id="reason" maxLength={200} placeholder="如 重复录入" autoFocus />}
      </Field>
    </FormModal>
  );
}
