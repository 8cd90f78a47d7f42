import dayjs from 'dayjs';
import { Col, Input, Row } from 'antd';
import { stopOrderInput, type OrderRow } from '../../../core/medication/schema.ts';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { FormModal } from '../../ui/forms/FormModal.tsx';

/** 停医嘱: from the moment given no more doses fall due; what was recorded before stays. */
export function StopOrderDialog({ order, onClose }: { order: OrderRow; onClose(): void }) {
  const api = useApiForm({
    method: 'medication.stop',
    schema: stopOrderInput,
    defaults: { id: order.id, date: dayjs().format('YYYY-MM-DD'), time: dayjs().format('HH:mm'), reason: '' },
    success: () => `已停止 ${order.residentName} 的 ${order.drugName}`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title={`停止医嘱：${order.residentName} ${order.drugName} ${order.dose}`} okText="停止医嘱" danger onClose={onClose}>
      <Row gutter={16}>
        <Col span={12}>
          <Field control={control} name="date" label="停止日期" required>
            {(f) => <IsoDatePicker id="date" value={f.value} onChange={f.onChange} onBlur={f.onBlur} disabledFuture={false} />}
          </Field>
        </Col>
        <Col span={12}>
          <Field control={control} name="time" label="停止时间" required>
            {(f) => <Input {...f} id="time" maxLength={5} />}
          </Field>
        </Col>
      </Row>
      <Field control={control} name="reason" label="停止原因" required>
        {(f) => <Input {...f} id="reason" autoFocus maxLength={100} placeholder="如 血压平稳、出现不良反应" />}
      </Field>
    </FormModal>
  );
}
