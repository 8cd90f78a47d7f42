import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Result, Space, Spin, Table, Tabs, Tag, Timeline } from 'antd';
import { careLevelLabel, PAYMENT_TYPES, RESIDENT_STATUS } from '../../../core/residents/schema.ts';
import { ROSTER_DELETERS, ROSTER_EDITORS } from '../../../core/residents/access.ts';
import { formatDateTime } from '../../../core/shared/dates.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../ui/serverErrors.ts';
import { ResidentFormDrawer } from './ResidentFormDrawer.tsx';
import { LeaveDialog, MoveBedDialog, RemoveDialog, UndoLeaveDialog } from './ActionDialogs.tsx';
import { statusColor } from './labels.ts';
import { qty } from '../../ui/qty.ts';
import { useNavigate } from 'react-router';
import { HealthTags } from '../records/HealthTags.tsx';
import { RECORD_READERS } from '../../../core/records/access.ts';

type Dialog = 'edit' | 'move' | 'leave' | 'undoLeave' | 'remove' | null;

/** One resident: details, bed history, change history, and the actions on the record. */
export function ResidentDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { message } = App.useApp();
  const { can } = useSession();
  const detail = useApiQuery('residents.get', { id });
  const [dialog, setDialog] = useState<Dialog>(null);
  const restore = useApiMutation('residents.restore');
  const r = detail.data;
  const editor = can(ROSTER_EDITORS);
  const director = can(ROSTER_DELETERS);
  const navigate = useNavigate();

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Drawer
      open
      onClose={onClose}
      size={720}
      title={
        r ? (
          <span>
            {r.name}（{r.bedLabel} 床） <HealthTags tags={r.tags} />
          </span>
        ) : (
          '老人详情'
        )
      }
    >
      {detail.isPending && <Spin />}
      {detail.isError && <Result status="warning" title={detail.error.message} />}
      {r && (
        <>
          <Space wrap style={{ marginBottom: 16 }}>
            {r.deletedAt === null && can(RECORD_READERS) && (
              <Button type="primary" onClick={() => navigate(`/residents/${r.id}/record`)}>
                健康档案
              </Button>
            )}
            {r.deletedAt === null && editor && <Button onClick={() => setDialog('edit')}>修改信息</Button>}
            {r.deletedAt === null && r.status === 'in_residence' && editor && (
              <>
                <Button onClick={() => setDialog('move')}>换床</Button>
                <Button danger onClick={() => setDialog('leave')}>
                  离院 / 去世
                </Button>
              </>
            )}
            {r.deletedAt === null && r.status !== 'in_residence' && editor && (
              <Button onClick={() => setDialog('undoLeave')}>撤销{r.status === 'deceased' ? '去世登记' : '离院'}</Button>
            )}
            {r.deletedAt === null && director && (
              <Button danger type="text" onClick={() => setDialog('remove')}>
                删除（录入错误）
              </Button>
            )}
            {r.deletedAt !== null && director && (
              <Button type="primary" onClick={() => void run(() => restore.mutateAsync({ id: r.id }), `已恢复 ${r.name} 的记录`)}>
                恢复此记录
              </Button>
            )}
          </Space>
          <Tabs
            items={[
              {
                key: 'info',
                label: '基本信息',
                children: (
                  <Descriptions column={2} bordered size="small">
                    <Descriptions.Item label="姓名">{r.name}</Descriptions.Item>
                    <Descriptions.Item label="状态">
                      <Tag color={statusColor[r.status]}>{r.deletedAt ? '已删除' : RESIDENT_STATUS[r.status]}</Tag>
                    </Descriptions.Item>
                    <Descriptions.Item label="性别">{r.sex}</Descriptions.Item>
                    <Descriptions.Item label="年龄">{qty(r.age, '岁')}</Descriptions.Item>
                    <Descriptions.Item label="身份证号" span={2}>
                      <span style={{ fontFamily: 'monospace' }}>{r.idNumber}</span>
                    </Descriptions.Item>
                    {r.birthDate !== null && <Descriptions.Item label="出生日期">{r.birthDate}</Descriptions.Item>}
                    <Descriptions.Item label="入住日期">{r.admissionDate}</Descriptions.Item>
                    <Descriptions.Item label="床位">{r.bedLabel}</Descriptions.Item>
                    <Descriptions.Item label="能力等级">
                      {careLevelLabel(r.careLevel)}
                      {r.careLevelSource === 'external' && <span className="muted">（外部评估）</span>}
                    </Descriptions.Item>
                    <Descriptions.Item label="费用类型">{PAYMENT_TYPES[r.paymentType]}</Descriptions.Item>
                    <Descriptions.Item label="老人电话">{r.phone || '—'}</Descriptions.Item>
                    {r.leftOn && (
                      <>
                        <Descriptions.Item label={r.status === 'deceased' ? '去世日期' : '离院日期'}>{r.leftOn}</Descriptions.Item>
                        <Descriptions.Item label="原因">{r.leftReason}</Descriptions.Item>
                      </>
                    )}
                    <Descriptions.Item label="紧急联系人" span={2}>
                      {r.emergencyContacts.map((c) => (
                        <div key={`${c.name}${c.phone}`}>
                          {c.name}（{c.relation}） {c.phone}
                        </div>
                      ))}
                    </Descriptions.Item>
                    <Descriptions.Item label="备注" span={2}>
                      {r.notes || '—'}
                    </Descriptions.Item>
                  </Descriptions>
                ),
              },
              {
                key: 'beds',
                label: '床位记录',
                children: (
                  <Table
                    size="small"
                    rowKey={(s) => `${s.bedId}-${s.startOn}`}
                    pagination={false}
                    dataSource={r.bedStays}
                    columns={[
                      { title: '床位', dataIndex: 'bedLabel' },
                      { title: '入住', dataIndex: 'startOn' },
                      { title: '离开', dataIndex: 'endOn', render: (v: string | null) => v ?? '至今' },
                    ]}
                  />
                ),
              },
              {
                key: 'history',
                label: '变更记录',
                children: (
                  <Timeline
                    items={r.history.map((h) => ({
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
                ),
              },
            ]}
          />
          {dialog === 'edit' && <ResidentFormDrawer resident={r} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />}
          {dialog === 'move' && <MoveBedDialog resident={r} onClose={() => setDialog(null)} />}
          {dialog === 'leave' && <LeaveDialog resident={r} onClose={() => setDialog(null)} />}
          {dialog === 'remove' && <RemoveDialog resident={r} onClose={() => setDialog(null)} />}
          {dialog === 'undoLeave' && <UndoLeaveDialog resident={r} onClose={() => setDialog(null)} />}
        </>
      )}
    </Drawer>
  );
}
