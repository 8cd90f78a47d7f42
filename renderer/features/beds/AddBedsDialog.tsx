import { useState } from 'react';
import { useForm , useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Form, InputNumber, Modal } from 'antd';
import { addBedsInput } from '../../../core/beds/schema.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { Field } from '../../ui/Field.tsx';
import { applyServerError } from '../../ui/serverErrors.ts';

/** 批量添加床位: rooms from…to on one floor, n beds each. */
export function AddBedsDialog({ onClose, defaultFloor }: { onClose(): void; defaultFloor: number }) {
  const { message } = App.useApp();
  const [banner, setBanner] = useState<string | null>(null);
  const add = useApiMutation('beds.add');
  const form = useForm({
    resolver: zodResolver(addBedsInput),
    defaultValues: { floor: defaultFloor, roomFrom: defaultFloor * 100 + 1, roomTo: defaultFloor * 100 + 10, bedsPerRoom: 2 },
  });
  const v = useWatch({ control: form.control });
  const count = Math.max(0, (v.roomTo ?? 0) - (v.roomFrom ?? 0) + 1) * (v.bedsPerRoom ?? 0);
  const submit = form.handleSubmit(async (values) => {
    try {
      const r = await add.mutateAsync(values);
      void message.success(`已添加 ${r.added} 张床位`);
      onClose();
    } catch (error) {
      setBanner(applyServerError(error, form.setError, ['floor', 'roomFrom', 'roomTo', 'bedsPerRoom']));
    }
  });
  const num = (name: 'floor' | 'roomFrom' | 'roomTo' | 'bedsPerRoom', label: string, min: number, max: number) => (
    <Field control={form.control} name={name} label={label} required>
      {(f) => <InputNumber {...f} id={name} min={min} max={max} precision={0} style={{ width: '100%' }} />}
    </Field>
  );
  return (
    <Modal open title="批量添加床位" okText={`添加 ${count} 张床位`} cancelText="取消" onOk={() => void submit()} onCancel={onClose} confirmLoading={form.formState.isSubmitting}>
      <Form layout="vertical" component="form" onFinish={() => void submit()}>
        {num('floor', '楼层', -3, 99)}
        {num('roomFrom', '起始房间号', 1, 99999)}
        {num('roomTo', '结束房间号', 1, 99999)}
        {num('bedsPerRoom', '每间床位数', 1, 12)}
        <p className="muted">床位编号为“房间号-床号”，如 301-1、301-2。</p>
        {banner && <Alert type="error" title={banner} showIcon />}
      </Form>
    </Modal>
  );
}
