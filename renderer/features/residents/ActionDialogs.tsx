import { useWatch } from 'react-hook-form';
import { Alert, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { leaveInput, moveBedInput, removeInput, undoLeaveInput } from '../../../core/residents/schema.ts';
import type { ResidentDetail } from '../../../core/residents/detail.ts';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { FormModal } from '../../ui/forms/FormModal.tsx';
import { useFreeBedOptions } from './useFreeBeds.ts';

interface DialogProps {
  resident: ResidentDetail;
  onClose(): void;
}

const today = () => dayjs().format('YYYY-MM-DD');

export function MoveBedDialog({ resident, onClose }: DialogProps) {
  const beds = useFreeBedOptions();
  const api = useApiForm({
    method: 'residents.moveBed',
    schema: moveBedInput,
    defaults: { id: resident.id, bedId: undefined, date: today() },
    success: (r) => `${r.name} 已换到 ${r.bedLabel} 床`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title={`换床：${resident.name}（现住 ${resident.bedLabel} 床）`} okText="确认换床" onClose={onClose}>
      <Field control={control} name="bedId" label="新床位" required>
        {(f) => <Select {...f} id="bedId" showSearch={{ optionFilterProp: 'label' }} options={beds.options} placeholder="输入房间号查找" autoFocus />}
      </Field>
      <Field control={control} name="date" label="换床日期" required>
        {(f) => <IsoDatePicker id="date" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
    </FormModal>
  );
}

export function LeaveDialog({ resident, onClose }: DialogProps) {
  const api = useApiForm({
    method: 'residents.leave',
    schema: leaveInput,
    defaults: { id: resident.id, kind: 'discharged', date: today(), reason: '' },
    success: (_r, v) => `已登记 ${resident.name} ${v.kind === 'deceased' ? '去世' : '离院'}，${resident.bedLabel} 床已空出`,
    onSaved: onClose,
  });
  const { control } = api.form;
  const kind = useWatch({ control, name: 'kind' });
  return (
    <FormModal api={api} title={`离院或去世：${resident.name}`} okText="确认登记" danger onClose={onClose}>
      <p className="muted">登记后床位空出，老人记录保留在“已离院”中；如登记有误，可在老人详情中撤销。</p>
      <Field control={control} name="kind" label="类型" required>
        {(f) => (
          <Radio.Group {...f} optionType="button" buttonStyle="solid">
            <Radio.Button value="discharged">离院</Radio.Button>
            <Radio.Button value="deceased">去世</Radio.Button>
          </Radio.Group>
        )}
      </Field>
      <Field control={control} name="date" label={kind === 'deceased' ? '去世日期' : '离院日期'} required>
        {(f) => <IsoDatePicker id="date" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
      <Field control={control} name="reason" label={kind === 'deceased' ? '死亡原因' : '离院原因'} required>
        {(f) => <Input.TextArea {...f} id="reason" rows={2} maxLength={200} showCount />}
      </Field>
    </FormModal>
  );
}

export function RemoveDialog({ resident, onClose }: DialogProps) {
  const api = useApiForm({
    method: 'residents.remove',
    schema: removeInput,
    defaults: { id: resident.id, reason: '' },
    success: () => `已删除 ${resident.name} 的记录，可在“已删除”中恢复`,
    onSaved: onClose,
  });
  return (
    <FormModal api={api} title={`删除记录：${resident.name}`} okText="删除" danger onClose={onClose}>
      <Alert type="warning" showIcon title="只用于录入错误的记录。老人离院或去世请用“离院/去世”，不要删除。" style={{ marginBottom: 12 }} />
      <p className="muted">删除后记录不再出现在名册和报表中，但不会真正抹去，院长可在“已删除”中恢复。</p>
      <Field control={api.form.control} name="reason" label="删除原因" required>
        {(f) => <Input.TextArea {...f} id="reason" rows={2} maxLength={200} placeholder="如：重复录入" />}
      </Field>
    </FormModal>
  );
}

/**
 * 撤销离院/去世登记: back to the old bed; when that bed has been given to someone since, the dialog says so
 * and offers the empty beds instead.
 */
export function UndoLeaveDialog({ resident, onClose }: DialogProps) {
  const beds = useFreeBedOptions(undefined, { fresh: true });
  const what = resident.status === 'deceased' ? '去世登记' : '离院';
  const api = useApiForm({
    method: 'residents.undoLeave',
    schema: undoLeaveInput,
    defaults: { id: resident.id, bedId: null },
    success: (r) => `已撤销${what}，${r.name} 住 ${r.bedLabel} 床`,
    onSaved: onClose,
  });
  // The core has the last word: if it says the old bed is taken (someone was admitted meanwhile), choose another.
  const oldBedFree = beds.isFree(resident.bedId) && api.form.formState.errors.bedId === undefined;
  return (
    <FormModal api={api} title={`撤销${what}：${resident.name}`} okText={`撤销${what}`} onClose={onClose}>
      {beds.loading ? (
        <p>正在核对原床位 {resident.bedLabel} 是否空着…</p>
      ) : oldBedFree ? (
        <p>
          {resident.name} 将回到原床位 {resident.bedLabel} 床，恢复为在住。
        </p>
      ) : (
        <>
          <Alert type="warning" showIcon title={`原床位 ${resident.bedLabel} 已有其他老人入住，请为 ${resident.name} 选择一张空床位。`} style={{ marginBottom: 12 }} />
          <Field control={api.form.control} name="bedId" label="改住床位" required>
            {(f) => (
              <Select
                {...f}
                value={f.value ?? undefined}
                id="bedId"
                showSearch={{ optionFilterProp: 'label' }}
                options={beds.options}
                placeholder="输入房间号查找"
                notFoundContent="没有空床位，请先在“床位图”中添加床位"
                autoFocus
              />
            )}
          </Field>
        </>
      )}
    </FormModal>
  );
}
