import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Result, Space, Spin, Table, Tag } from 'antd';
import { ENCOUNTER_KINDS, REFERRAL_KINDS, yuanText, type FeeLine } from '../../../core/encounters/schema.ts';
import { ENCOUNTER_DELETERS, ENCOUNTER_WRITERS } from '../../../core/encounters/access.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../ui/serverErrors.ts';
import { Input } from 'antd';
import { z } from '../../../core/shared/fields.ts';
import { Field } from '../../ui/Field.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { FormModal } from '../../ui/forms/FormModal.tsx';
import { EncounterFormDrawer } from './EncounterFormDrawer.tsx';

const removeSchema = z.object({ id: z.number(), reason: z.string().trim().min(1, '请填写删除原因').max(200, '删除原因不能超过 200 个字') }).strict();

function RemoveDialog({ id, what, onClose }: { id: number; what: string; onClose(): void }) {
  const api = useApiForm({ method: 'encounters.remove', schema: removeSchema, defaults: { id, reason: '' }, success: () => `已删除${what}，可在“已删除”中恢复`, onSaved: onClose });
  return (
    <FormModal api={api} title={`删除：${what}`} okText="删除" danger onClose={onClose}>
      <p className="muted">只用于录入错误的记录；删除后不计入统计，但不会真正抹去，可以恢复。</p>
      <Field control={api.form.control} name="reason" label="删除原因" required>
        {(f) => <Input.TextArea {...f} id="reason" rows={2} maxLength={200} autoFocus />}
      </Field>
    </FormModal>
  );
}

/** One encounter: what was found and done, its fees by kind, and the actions on the record. */
export function EncounterDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { message } = App.useApp();
  const { can } = useSession();
  const detail = useApiQuery('encounters.get', { id });
  const restore = useApiMutation('encounters.restore');
  const [dialog, setDialog] = useState<'edit' | 'remove' | null>(null);
  const e = detail.data;
  return (
    <Drawer open onClose={onClose} size={720} title={e ? `${ENCOUNTER_KINDS[e.kind]}：${e.residentName}（${e.bedLabel} 床）` : '诊疗记录'}>
      {detail.isPending && <Spin />}
      {detail.isError && <Result status="warning" title={detail.error.message} />}
      {e && (
        <>
          <Space wrap style={{ marginBottom: 16 }}>
            {e.deletedAt === null && can(ENCOUNTER_WRITERS) && <Button onClick={() => setDialog('edit')}>修改</Button>}
            {e.deletedAt === null && can(ENCOUNTER_DELETERS) && (
              <Button danger type="text" onClick={() => setDialog('remove')}>
                删除（录入错误）
              </Button>
            )}
            {e.deletedAt !== null && can(ENCOUNTER_DELETERS) && (
              <Button
                type="primary"
                onClick={() =>
                  void restore
                    .mutateAsync({ id: e.id })
                    .then(() => message.success('已恢复这条诊疗记录'))
                    .catch((err: unknown) => message.error(errorMessage(err)))
                }
              >
                恢复此记录
              </Button>
            )}
          </Space>
          <Descriptions column={2} bordered size="small">
            <Descriptions.Item label="日期">
              {e.date} {e.time}
            </Descriptions.Item>
            <Descriptions.Item label="医生">{e.doctorName}</Descriptions.Item>
            <Descriptions.Item label={e.kind === 'round' ? '巡诊所见' : '主诉'} span={2}>
              {e.complaint}
            </Descriptions.Item>
            <Descriptions.Item label="查体与检查" span={2}>
              {e.findings || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="诊断" span={2}>
              {e.diagnoses.length ? e.diagnoses.map((d) => <Tag key={`${d.code}${d.name}`}>{d.code ? `${d.code} ${d.name}` : d.name}</Tag>) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="处理与医嘱" span={2}>
              {e.orders || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="转诊" span={2}>
              {e.referral ? `${REFERRAL_KINDS[e.referral.kind]}：${e.referral.to}${e.referral.reason ? `（${e.referral.reason}）` : ''}` : '无'}
            </Descriptions.Item>
            {e.notes && (
              <Descriptions.Item label="备注" span={2}>
                {e.notes}
              </Descriptions.Item>
            )}
            {e.deletedAt && (
              <Descriptions.Item label="状态" span={2}>
                <Tag>已删除</Tag>
              </Descriptions.Item>
            )}
          </Descriptions>
          <h3 style={{ marginTop: 16 }}>收费</h3>
          <Table<FeeLine>
            size="small"
            rowKey={(f, i) => `${f.name}${i}`}
            pagination={false}
            dataSource={e.fees}
            locale={{ emptyText: '未收费' }}
            columns={[
              { title: '项目', dataIndex: 'name' },
              { title: '类别', dataIndex: 'category', render: (c: FeeLine['category'], f) => (c === 'care' ? <Tag color="purple">生活照护</Tag> : <Tag color="blue">医疗{f.insured ? '·医保' : '·自费'}</Tag>) },
              { title: '数量', dataIndex: 'quantity' },
              { title: '金额', dataIndex: 'amountFen', render: (v: number) => yuanText(v) },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={4}>
                  医疗项目 {yuanText(e.medicalFen)} · 生活照护项目 {yuanText(e.careFen)}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          {dialog === 'edit' && <EncounterFormDrawer encounter={e} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />}
          {dialog === 'remove' && <RemoveDialog id={e.id} what={`${e.residentName} ${e.date} 的${ENCOUNTER_KINDS[e.kind]}记录`} onClose={() => setDialog(null)} />}
        </>
      )}
    </Drawer>
  );
}
