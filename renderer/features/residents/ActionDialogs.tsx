import { useState } from 'react';
import { useForm , useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { leaveInput, moveBedInput, removeInput } from '../../../core/residents/schema.ts';
import type { ResidentDetail } from '../../../core/residents/detail.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { applyServerError } from '../../ui/serverErrors.ts';
import { useFreeBedOptions } from './useFreeBeds.ts';

interface DialogProps {
  resident: ResidentDetail;
  onClose(): void;
}

const today = () => dayjs().format('YYYY-MM-DD');

export function MoveBedDialog({ resident, onClose }: DialogProps) {
  const { message } = App.useApp();
  const [banner, setBanner] = useState<string | null>(null);
  const move = useApiMutation('residents.moveBed');
  const beds = useFreeBedOptions();
  const form = useForm({ resolver: zodResolver(moveBedInput), defaultValues: { id: resident.id, bedId: undefined, date: today() } });
  const submit = form.handleSubmit(async (values) => {
    try {
      const r = await move.mutateAsync(values);
      void message.success(`${r.name} 已换到 ${r.bedLabel} 床`);
      onClose();
    } catch (error) {
      setBanner(applyServerError(error, form.setError, ['bedId', 'date']));
    }
  });
  return (
    <Modal open title={`换床：${resident.name}（现住 ${resident.bedLabel} 床）`} okText="确认换床" cancelText="取消" onOk={() => void submit()} onCancel={onClose} confirmLoading={form.formState.isSubmitting}>
      <Form layout="vertical" component="form" onFinish={() => void submit()}>
        <Field control={form.control} name="bedId" label="新床位" required>
          {(f) => <Select {...f} id="bedId" showSearch={{ optionFilterProp: 'label' }} options={beds.options} placeholder="输入房间号查找" autoFocus />}
        </Field>
        <Field control={form.control} name="date" label="换床日期" required>
          {(f) => <IsoDatePicker id="date" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
        </Field>
        {banner && <Alert type="error" title={banner} showIcon />}
      </Form>
    </Modal>
  );
}

export function LeaveDialog({ resident, onClose }: DialogProps) {
  const { message } = App.useApp();
  const [banner, setBanner] = useState<string | null>(null);
  const leave = useApiMutation('residents.leave');
  const form = useForm({
    resolver: zodResolver(leaveInput),
    defaultValues: { id: resident.id, kind: 'discharged' as const, date: today(), reason: '' },
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const submit = form.handleSubmit(async (values) => {
    try {
      await leave.mutateAsync(values);
      void message.success(`已登记 ${resident.name} ${values.kind === 'deceased' ? '去世' : '离院'}，${resident.bedLabel} 床已空出`);
      onClose();
    } catch (error) {
      setBanner(applyServerError(error, form.setError, ['kind', 'date', 'reason']));
    }
  });
  return (
    <Modal open title={`离院或去世：${resident.name}`} okText="确认登记" okButtonProps={{ danger: true }} cancelText="取消" onOk={() => void submit()} onCancel={onClose} confirmLoading={form.formState.isSubmitting}>
      <p className="muted">登记后床位空出，老人记录保留在“已离院”中；如登记有误，可在老人详情中撤销。</p>
      <Form layout="vertical" component="form" onFinish={() => void submit()}>
        <Field control={form.control} name="kind" label="类型" required>
          {(f) => (
            <Radio.Group {...f} optionType="button" buttonStyle="solid">
              <Radio.Button value="discharged">离院</Radio.Button>
              <Radio.Button value="deceased">去世</Radio.Button>
            </Radio.Group>
          )}
        </Field>
        <Field control={form.control} name="date" label={kind === 'deceased' ? '去世日期' : '离院日期'} required>
          {(f) => <IsoDatePicker id="date" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
        </Field>
        <Field control={form.control} name="reason" label={kind === 'deceased' ? '死亡原因' : '离院原因'} required>
          {(f) => <Input.TextArea {...f} id="reason" rows={2} maxLength={200} showCount />}
        </Field>
        {banner && <Alert type="error" title={banner} showIcon />}
      </Form>
    </Modal>
  );
}

export function RemoveDialog({ resident, onClose }: DialogProps) {
  const { message } = App.useApp();
  const [banner, setBanner] = useState<string | null>(null);
  const remove = useApiMutation('residents.remove');
  const form = useForm({ resolver: zodResolver(removeInput), defaultValues: { id: resident.id, reason: '' } });
  const submit = form.handleSubmit(async (values) => {
    try {
      await remove.mutateAsync(values);
      void message.success(`已删除 ${resident.name} 的记录，可在“已删除”中恢复`);
      onClose();
    } catch (error) {
      setBanner(applyServerError(error, form.setError, ['reason']));
    }
  });
  return (
    <Modal open title={`删除记录：${resident.name}`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onOk={() => void submit()} onCancel={onClose} confirmLoading={form.formState.isSubmitting}>
      <Alert type="warning" showIcon title="只用于录入错误的记录。老人离院或去世请用“离院/去世”，不要删除。" style={{ marginBottom: 12 }} />
      <p className="muted">删除后记录不再出现在名册和报表中，但不会真正抹去，院长可在“已删除”中恢复。</p>
      <Form layout="vertical" component="form" onFinish={() => void submit()}>
        <Field control={form.control} name="reason" label="删除原因" required>
          {(f) => <Input.TextArea {...f} id="reason" rows={2} maxLength={200} placeholder="如：重复录入" />}
        </Field>
        {banner && <Alert type="error" title={banner} showIcon />}
      </Form>
    </Modal>
  );
}
