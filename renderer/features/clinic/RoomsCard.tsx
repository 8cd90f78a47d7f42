import { useState } from 'react';
import { App, Button, Card, Checkbox, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ROOM_KINDS, roomInput, type ClinicRoom } from '../../../core/clinic/schema.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { Field } from '../../ui/Field.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { FormModal } from '../../ui/forms/FormModal.tsx';
import { errorMessage } from '../../ui/serverErrors.ts';
import { roomKindOptions } from './labels.ts';
import { RemoveRecordDialog } from './RemoveRecordDialog.tsx';

function RoomDialog({ room, onClose }: { room: ClinicRoom | null; onClose(): void }) {
  const api = useApiForm({
    method: 'clinic.saveRoom',
    schema: roomInput,
    defaults: room ? { id: room.id, kind: room.kind, name: room.name, areaM2: room.areaM2, notes: room.notes } : { id: null, kind: 'treatment', name: '', areaM2: undefined, notes: '' },
    success: (r) => `已保存：${ROOM_KINDS[r.kind]} ${r.name}（${r.areaM2} 平方米）`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title={room ? `修改房间：${room.name}` : '登记房间'} okText="保存" onClose={onClose}>
      <Field control={control} name="kind" label="用途" required>
        {(f) => <Select {...f} id="kind" options={roomKindOptions} />}
      </Field>
      <Field control={control} name="name" label="房间名称或门牌" required>
        {(f) => <Input {...f} id="name" placeholder="如 101 治疗室" autoFocus />}
      </Field>
      <Field control={control} name="areaM2" label="使用面积（平方米）" required>
        {(f) => <InputNumber id="areaM2" value={f.value} onChange={(v) => f.onChange(v ?? undefined)} onBlur={f.onBlur} min={0} step={0.1} precision={1} style={{ width: '100%' }} />}
      </Field>
      <Field control={control} name="notes" label="备注">
        {(f) => <Input.TextArea {...f} id="notes" rows={2} maxLength={200} />}
      </Field>
    </FormModal>
  );
}

/** The clinic's rooms with their area: what the standard's room sizes are checked against. */
export function RoomsCard({ rooms, editable, deleter, openId }: { rooms: ClinicRoom[]; editable: boolean; deleter: boolean; openId: number | null }) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<{ kind: 'edit'; room: ClinicRoom | null } | { kind: 'remove'; room: ClinicRoom } | null>(() => {
    const room = rooms.find((r) => r.id === openId);
    return room && editable ? { kind: 'edit', room } : null;
  });
  const [showRemoved, setShowRemoved] = useState(false);
  const restore = useApiMutation('clinic.restoreRoom');
  const shown = rooms.filter((r) => showRemoved || r.removedAt === null);
  return (
    <Card
      extra={
        <Space>
          <Checkbox checked={showRemoved} onChange={(e) => setShowRemoved(e.target.checked)}>
            显示已删除
          </Checkbox>
          {editable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'edit', room: null })}>
              登记房间
            </Button>
          )}
        </Space>
      }
    >
      <Table<ClinicRoom>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={shown}
        rowClassName={(r) => (r.id === openId ? 'row-highlight' : '')}
        locale={{ emptyText: <EmptyState title="还没有登记房间" hint="登记治疗室、处置室等房间及其面积，检查会核对面积是否达标。" /> }}
        columns={[
          { title: '用途', dataIndex: 'kind', width: '8em', render: (k: ClinicRoom['kind']) => ROOM_KINDS[k] },
          { title: '房间', dataIndex: 'name' },
          { title: '面积', dataIndex: 'areaM2', width: '8em', render: (v: number) => `${v} 平方米` },
          { title: '备注', dataIndex: 'notes' },
          {
            title: '',
            width: '12em',
            render: (_: unknown, r) =>
              r.removedAt ? (
                <Space>
                  <Tag>已删除</Tag>
                  {deleter && (
                    <Button
                      size="small"
                      onClick={() =>
                        void restore
                          .mutateAsync({ id: r.id })
                          .then(() => message.success(`已恢复 ${r.name}`))
                          .catch((e: unknown) => message.error(errorMessage(e)))
                      }
                    >
                      恢复
                    </Button>
                  )}
                </Space>
              ) : (
                <Space>
                  {editable && (
                    <Button size="small" onClick={() => setDialog({ kind: 'edit', room: r })}>
                      修改
                    </Button>
                  )}
                  {deleter && (
                    <Button size="small" danger type="text" onClick={() => setDialog({ kind: 'remove', room: r })}>
                      删除
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {dialog?.kind === 'edit' && <RoomDialog room={dialog.room} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'remove' && <RemoveRecordDialog method="clinic.removeRoom" id={dialog.room.id} what={`房间 ${dialog.room.name}`} onClose={() => setDialog(null)} />}
    </Card>
  );
}
