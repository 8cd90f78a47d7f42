import { useState } from 'react';
import { Alert, App, Button, Descriptions, Drawer, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { AGREEMENT_STATES, FEE_PAYERS, frequencyText } from '../../../core/agreements/schema.ts';
import { AGREEMENT_EDITORS } from '../../../core/agreements/access.ts';
import { ATTACHMENT_STATUS } from '../../../core/attachments/schema.ts';
import { call } from '../../api/client.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { openExport } from '../../ui/download.ts';
import { errorMessage } from '../../ui/serverErrors.ts';
import { FilingActions } from '../filings/FilingActions.tsx';
import { EditAgreementDrawer, NewAgreementDrawer } from './AgreementFormDrawer.tsx';
import { RemoveAgreementDialog } from './AgreementDialogs.tsx';
import { stateColor } from './labels.ts';

/** One agreement: partner, term, services with frequency, fees, duties, the staff's insurance and the scan. */
export function AgreementDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { can } = useSession();
  const { message } = App.useApp();
  const detail = useApiQuery('agreements.get', { id });
  const [dialog, setDialog] = useState<'edit' | 'renew' | 'remove' | null>(null);
  const a = detail.data;
  const today = dayjs().format('YYYY-MM-DD');
  const soon = dayjs().add(60, 'day').format('YYYY-MM-DD');
  const open = async (attachmentId: number) => {
    try {
      await openExport(await call('attachments.open', { id: attachmentId }));
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  return (
    <Drawer open onClose={onClose} size={760} title={a ? `签约协议：${a.partnerName}` : '签约协议'} destroyOnHidden>
      {detail.error && <Alert type="error" showIcon title={errorMessage(detail.error)} />}
      {a && (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Tag color={stateColor[a.state]}>{AGREEMENT_STATES[a.state]}</Tag>
            {a.endsOn >= today && a.endsOn <= soon && <Tag color="orange">{a.endsOn} 到期，请及时续签</Tag>}
            {a.insuranceExpiresOn && a.insuranceExpiresOn < today && a.state === 'current' && <Tag color="red">责任险已于 {a.insuranceExpiresOn} 到期</Tag>}
            {a.insuranceExpiresOn && a.insuranceExpiresOn >= today && a.insuranceExpiresOn <= soon && <Tag color="orange">责任险 {a.insuranceExpiresOn} 到期</Tag>}
          </Space>
          <Descriptions column={2} bordered size="small" styles={{ label: { width: '8em' } }}>
            <Descriptions.Item label="签约机构" span={2}>{a.partnerName}</Descriptions.Item>
            <Descriptions.Item label="信用代码" span={2}>{a.partnerCreditCode}</Descriptions.Item>
            <Descriptions.Item label="联系人" span={2}>{a.partnerContact}　{a.partnerPhone}</Descriptions.Item>
            <Descriptions.Item label="地址" span={2}>{a.partnerAddress}</Descriptions.Item>
            <Descriptions.Item label="协议期限" span={2}>{a.startsOn} 至 {a.endsOn}</Descriptions.Item>
            <Descriptions.Item label="约定服务" span={2}>
              {a.services.map((s) => (
                <div key={s.id}>
                  {s.name}：{frequencyText(s)}
                  {s.way && <span className="muted">（{s.way}）</span>}
                </div>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label="费用" span={2}>
              {a.feeYuan === 0 ? '免费' : `${a.feeYuan.toFixed(2)} 元/年`}，{FEE_PAYERS[a.feePayer]}
              {a.feeNote && <div className="muted">{a.feeNote}</div>}
            </Descriptions.Item>
            <Descriptions.Item label="机构责任" span={2}>{a.homeDuties}</Descriptions.Item>
            <Descriptions.Item label="签约方责任" span={2}>{a.partnerDuties}</Descriptions.Item>
            <Descriptions.Item label="责任险" span={2}>
              {a.insurer ? `${a.insurer}，保单 ${a.policyNo || '—'}，${a.insuranceExpiresOn ?? '—'} 到期` : <Tag color="orange">未登记来访人员责任险</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="扫描件" span={2}>
              {a.attachment === null ? (
                <Tag color="orange">未附协议扫描件</Tag>
              ) : a.attachment.status === 'ok' ? (
                <Button type="link" style={{ paddingInline: 0 }} onClick={() => void open(a.attachment!.id)}>
                  {a.attachment.fileName}
                </Button>
              ) : (
                <Alert type="error" showIcon title={`${a.attachment.fileName}：${ATTACHMENT_STATUS[a.attachment.status]}，请重新上传扫描件`} />
              )}
            </Descriptions.Item>
            <Descriptions.Item label="来访记录">{a.visitCount} 次</Descriptions.Item>
            <Descriptions.Item label="备注">{a.notes || '—'}</Descriptions.Item>
          </Descriptions>
          <Space wrap style={{ marginTop: 16 }}>
            {can(AGREEMENT_EDITORS) && (
              <>
                <Button onClick={() => setDialog('edit')}>修改</Button>
                <Button onClick={() => setDialog('renew')}>续签</Button>
                <Button danger onClick={() => setDialog('remove')}>删除</Button>
              </>
            )}
            <FilingActions request={{ kind: 'agreement', input: { id: a.id } }} printLabel="打印协议摘要" />
          </Space>
          {dialog === 'edit' && <EditAgreementDrawer agreement={a} onClose={() => setDialog(null)} />}
          {dialog === 'renew' && <NewAgreementDrawer renewing={a} onClose={() => setDialog(null)} />}
          {dialog === 'remove' && <RemoveAgreementDialog agreement={a} onClose={() => { setDialog(null); onClose(); }} />}
        </>
      )}
    </Drawer>
  );
}
