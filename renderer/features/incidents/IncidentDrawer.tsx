import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Result, Space, Spin, Tag } from 'antd';
import { INCIDENT_KINDS, INJURIES } from '../../../core/incidents/schema.ts';
import { INCIDENT_DELETERS, INCIDENT_EDITORS } from '../../../core/incidents/access.ts';
import { showLocalMinute } from '../../../core/shared/dates.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../ui/serverErrors.ts';
import { EditIncidentDrawer } from './IncidentFormDrawer.tsx';
import { CloseFollowUpDialog, NotifyFamilyDialog, RemoveIncidentDialog } from './IncidentActionDialogs.tsx';
import { injuryColor } from './labels.ts';

type Dialog = 'edit' | 'notify' | 'close' | 'remove' | null;

/** One incident as the register holds it, with what is still to do: tell the family, close the follow-up. */
export function IncidentDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { message } = App.useApp();
  const { can } = useSession();
  const incident = useApiQuery('incidents.get', { id });
  const restore = useApiMutation('incidents.restore');
  const [dialog, setDialog] = useState<Dialog>(null);
  const i = incident.data;
  const editor = can(INCIDENT_EDITORS);
  const live = i !== undefined && i.deletedAt === null;
  const doRestore = async () => {
    try {
      await restore.mutateAsync({ id });
      void message.success('已恢复这条记录');
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  return (
    <Drawer open onClose={onClose} size={720} title={i ? `意外事件：${i.residentName}（${i.bedLabel} 床）${INCIDENT_KINDS[i.kind]}` : '意外事件'}>
      {incident.isPending && <Spin />}
      {incident.isError && <Result status="warning" title={incident.error.message} />}
      {i && (
        <>
          <Space wrap style={{ marginBottom: 16 }}>
            {live && editor && <Button onClick={() => setDialog('edit')}>修改记录</Button>}
            {live && i.familyNotifiedAt === null && (
              <Button type="primary" onClick={() => setDialog('notify')}>
                记录已通知家属
              </Button>
            )}
            {live && editor && i.followUpClosedOn === null && <Button onClick={() => setDialog('close')}>结束随访</Button>}
            {live && can(INCIDENT_DELETERS) && (
              <Button danger type="text" onClick={() => setDialog('remove')}>
                删除（录入错误）
              </Button>
            )}
            {!live && can(INCIDENT_DELETERS) && (
              <Button type="primary" loading={restore.isPending} onClick={() => void doRestore()}>
                恢复此记录
              </Button>
            )}
          </Space>
          <Descriptions column={2} bordered size="small">
            <Descriptions.Item label="老人">
              {i.bedLabel} 床 {i.residentName}
            </Descriptions.Item>
            <Descriptions.Item label="类别">{INCIDENT_KINDS[i.kind]}</Descriptions.Item>
            <Descriptions.Item label="发生时间">{showLocalMinute(i.occurredAt)}</Descriptions.Item>
            <Descriptions.Item label="地点">{i.place}</Descriptions.Item>
            <Descriptions.Item label="伤情">
              <Tag color={injuryColor[i.injury]}>{INJURIES[i.injury]}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="目击者">{i.witnesses || '无'}</Descriptions.Item>
            <Descriptions.Item label="经过" span={2}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{i.description}</div>
            </Descriptions.Item>
            <Descriptions.Item label="当即处置" span={2}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{i.actions}</div>
            </Descriptions.Item>
            <Descriptions.Item label="通知家属" span={2}>
              {i.familyNotifiedAt ? `${showLocalMinute(i.familyNotifiedAt)} 通知 ${i.familyNotifiedWhom}` : <Tag color="red">尚未通知家属</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="随访与改进" span={2}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{i.followUp || '尚未填写'}</div>
              {i.followUpClosedOn ? <div className="muted">随访已于 {i.followUpClosedOn} 结束</div> : <Tag color="gold">随访中</Tag>}
            </Descriptions.Item>
            {i.lateReason !== '' ? (
              <Descriptions.Item label="补记原因" span={2}>
                {i.lateReason}
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label="登记人">{i.reportedByName}</Descriptions.Item>
            <Descriptions.Item label="状态">{i.deletedAt ? <Tag>已删除：{i.deletedReason}</Tag> : '有效'}</Descriptions.Item>
          </Descriptions>
          <p className="muted" style={{ marginTop: 12 }}>
            每次登记、修改、通知家属和结束随访都记入审计日志，可在“审计日志”中查看修改前后的内容。
          </p>
        </>
      )}
      {i && dialog === 'edit' && <EditIncidentDrawer incident={i} onClose={() => setDialog(null)} />}
      {i && dialog === 'notify' && <NotifyFamilyDialog incident={i} onClose={() => setDialog(null)} />}
      {i && dialog === 'close' && <CloseFollowUpDialog incident={i} onClose={() => setDialog(null)} />}
      {i && dialog === 'remove' && (
        <RemoveIncidentDialog
          incident={i}
          onClose={() => {
            setDialog(null);
          }}
        />
      )}
    </Drawer>
  );
}
