import { useState } from 'react';
import dayjs from 'dayjs';
import { App, Button, Descriptions, Drawer, Result, Space, Spin, Tag, Timeline } from 'antd';
import { licenceState, PRACTICE_SITES, PROFESSIONS, staffLeaveInput } from '../../../core/clinic/schema.ts';
import { CLINIC_DELETERS, CLINIC_EDITORS } from '../../../core/clinic/access.ts';
import { formatDateTime } from '../../../core/shared/dates.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { FormModal } from '../../ui/forms/FormModal.tsx';
import { errorMessage } from '../../ui/serverErrors.ts';
import { LICENCE_COLOR } from './labels.ts';
import { StaffFormDrawer } from './StaffFormDrawer.tsx';
import { RemoveRecordDialog } from './RemoveRecordDialog.tsx';

function LeaveDialog({ id, name, onClose }: { id: number; name: string; onClose(): void }) {
  const api = useApiForm({
    method: 'clinic.staffLeave',
    schema: staffLeaveInput,
    defaults: { id, date: dayjs().format('YYYY-MM-DD') },
    success: () => `已登记 ${name} 离职`,
    onSaved: onClose,
  });
  return (
    <FormModal api={api} title={`离职：${name}`} okText="确认离职" danger onClose={onClose}>
      <p className="muted">离职后不再计入医务室的人员配置；记录保留，可办理返岗。</p>
      <Field control={api.form.control} name="date" label="离职日期" required>
        {(f) => <IsoDatePicker id="date" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
    </FormModal>
  );
}

/** One staff member: licence, practice site, years, expiry, history; and the actions on the record. */
export function StaffDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { message } = App.useApp();
  const { can } = useSession();
  const detail = useApiQuery('clinic.staffGet', { id });
  const [dialog, setDialog] = useState<'edit' | 'leave' | 'remove' | null>(null);
  const back = useApiMutation('clinic.staffReturn');
  const restore = useApiMutation('clinic.restoreStaff');
  const s = detail.data;
  const run = (action: () => Promise<unknown>, done: string) =>
    void action()
      .then(() => message.success(done))
      .catch((e: unknown) => message.error(errorMessage(e)));
  const state = s ? licenceState(s.daysLeft) : null;
  return (
    <Drawer open onClose={onClose} size={680} title={s ? `${s.name}（${PROFESSIONS[s.profession]}）` : '医务人员'}>
      {detail.isPending && <Spin />}
      {detail.isError && <Result status="warning" title={detail.error.message} />}
      {s && state && (
        <>
          <Space wrap style={{ marginBottom: 16 }}>
            {s.deletedAt === null && can(CLINIC_EDITORS) && <Button onClick={() => setDialog('edit')}>修改</Button>}
            {s.deletedAt === null && s.leftOn === null && can(CLINIC_EDITORS) && (
              <Button danger onClick={() => setDialog('leave')}>
                离职
              </Button>
            )}
            {s.deletedAt === null && s.leftOn !== null && can(CLINIC_EDITORS) && <Button onClick={() => run(() => back.mutateAsync({ id: s.id }), `${s.name} 已返岗`)}>返岗</Button>}
            {s.deletedAt === null && can(CLINIC_DELETERS) && (
              <Button danger type="text" onClick={() => setDialog('remove')}>
                删除（录入错误）
              </Button>
            )}
            {s.deletedAt !== null && can(CLINIC_DELETERS) && (
              <Button type="primary" onClick={() => run(() => restore.mutateAsync({ id: s.id }), `已恢复 ${s.name} 的记录`)}>
                恢复此记录
              </Button>
            )}
          </Space>
          <Descriptions column={2} bordered size="small">
            <Descriptions.Item label="执业证书编号" span={2}>
              <span style={{ fontFamily: 'monospace' }}>{s.licenceNo}</span>
            </Descriptions.Item>
            <Descriptions.Item label="执业类别">{s.category || '—'}</Descriptions.Item>
            <Descriptions.Item label="执业范围">{s.scope || '—'}</Descriptions.Item>
            <Descriptions.Item label="职称">{s.title || '—'}</Descriptions.Item>
            <Descriptions.Item label="执业地点">
              {PRACTICE_SITES[s.practiceSite]}
              {s.practiceSite === 'multi' && `（主执业机构：${s.primarySiteName}）`}
            </Descriptions.Item>
            <Descriptions.Item label="首次执业注册">
              {s.registeredOn}（执业 {s.yearsOfPractice} 年）
            </Descriptions.Item>
            <Descriptions.Item label="发证日期">{s.issuedOn}</Descriptions.Item>
            <Descriptions.Item label="有效期至">
              {s.expiresOn ?? '长期'} <Tag color={LICENCE_COLOR[state.level]}>{state.text}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="到岗日期">{s.joinedOn}</Descriptions.Item>
            <Descriptions.Item label="状态">{s.deletedAt ? <Tag>已删除</Tag> : s.leftOn ? <Tag>{s.leftOn} 离职</Tag> : <Tag color="green">在岗</Tag>}</Descriptions.Item>
            <Descriptions.Item label="登录账号">{s.userName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="备注" span={2}>
              {s.notes || '—'}
            </Descriptions.Item>
          </Descriptions>
          <h3 style={{ marginTop: 20 }}>变更记录</h3>
          <Timeline
            items={s.history.map((h) => ({
              content: (
                <>
                  <div>{h.summary}</div>
                  <div className="muted" style={{ fontSize: '0.85em' }}>
                    {formatDateTime(h.at)} · {h.userName}
                  </div>
                </>
              ),
            }))}
          />
          {dialog === 'edit' && <StaffFormDrawer staff={s} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />}
          {dialog === 'leave' && <LeaveDialog id={s.id} name={s.name} onClose={() => setDialog(null)} />}
          {dialog === 'remove' && <RemoveRecordDialog method="clinic.removeStaff" id={s.id} what={`医务人员 ${s.name}`} onClose={() => setDialog(null)} />}
        </>
      )}
    </Drawer>
  );
}
