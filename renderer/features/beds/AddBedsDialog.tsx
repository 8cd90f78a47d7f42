import { useWatch } from 'react-hook-form';
import { InputNumber } from 'antd';
import { addBedsInput } from '../../../core/beds/schema.ts';
import { Field } from '../../ui/Field.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { FormModal } from '../../ui/forms/FormModal.tsx';

/** 批量添加床位: rooms from…to on one floor, n beds each. */
export function AddBedsDialog({ onClose, defaultFloor }: { onClose(): void; defaultFloor: number }) {
  const api = useApiForm({
    method: 'beds.add',
    schema: addBedsInput,
    defaults: { floor: defaultFloor, roomFrom: defaultFloor * 100 + 1, roomTo: defaultFloor * 100 + 10, bedsPerRoom: 2 },
    success: (r) => `已添加 ${r.added} 张床位`,
    onSaved: onClose,
  });
  const v = useWatch({ control: api.form.control });
  const count = Math.max(0, (v.roomTo ?? 0) - (v.roomFrom ?? 0) + 1) * (v.bedsPerRoom ?? 0);
  const num = (name: 'floor' | 'roomFrom' | 'roomTo' | 'bedsPerRoom', label: string, min: number, max: number) => (
    <Field control={api.form.control} name={name} label={label} required>
      {(f) => <InputNumber {...f} id={name} min={min} max={max} precision={0} style={{ width: '100%' }} />}
    </Field>
  );
  return (
    <FormModal api={api} title="批量添加床位" okText={`添加 ${count} 张床位`} onClose={onClose}>
      {num('floor', '楼层', -3, 99)}
      {num('roomFrom', '起始房间号', 1, 99999)}
      {num('roomTo', '结束房间号', 1, 99999)}
      {num('bedsPerRoom', '每间床位数', 1, 12)}
      <p className="muted">床位编号为“房间号-床号”，如 301-1、301-2。</p>
    </FormModal>
  );
}
