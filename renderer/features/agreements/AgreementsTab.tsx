import { useState } from 'react';
import { Button, Segmented, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { AGREEMENT_STATES, frequencyText, type AgreementRow } from '../../../core/agreements/schema.ts';
import { AGREEMENT_EDITORS } from '../../../core/agreements/access.ts';
import { call } from '../../api/client.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { openableRow } from '../../ui/openableRow.ts';
import { AgreementDrawer } from './AgreementDrawer.tsx';
import { NewAgreementDrawer } from './AgreementFormDrawer.tsx';
import { stateColor } from './labels.ts';

/** 签约协议: past, current and coming agreements with the contracted centre, renewals and insurance due flagged. */
export function AgreementsTab({ openId, setOpenId }: { openId: number | null; setOpenId(id: number | null): void }) {
  const { can } = useSession();
  const [deleted, setDeleted] = useState(false);
  const [creating, setCreating] = useState(false);
  const list = useApiQuery('agreements.list', { deleted });
  const soon = dayjs().add(60, 'day').format('YYYY-MM-DD');
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <>
      <div className="toolbar">
        {can(AGREEMENT_EDITORS) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新增签约协议
          </Button>
        )}
        <Segmented<boolean> value={deleted} onChange={setDeleted} options={[{ value: false, label: '协议' }, { value: true, label: '已删除' }]} />
      </div>
      <Table<AgreementRow>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        onRow={(r) => (deleted ? {} : openableRow(`${r.partnerName} ${r.startsOn} 至 ${r.endsOn}`, () => setOpenId(r.id)))}
        locale={{
          emptyText: deleted ? (
            <EmptyState title="没有已删除的协议" />
          ) : (
            <EmptyState
              title="还没有登记签约协议"
              hint="养老机构应与医疗卫生机构签约合作。请录入与社区卫生服务中心签订的协议，并附上盖章的扫描件。"
              action={can(AGREEMENT_EDITORS) && <Button type="primary" onClick={() => setCreating(true)}>新增签约协议</Button>}
            />
          ),
        }}
        columns={[
          { title: '签约机构', dataIndex: 'partnerName', ellipsis: true },
          { title: '协议期限', key: 'term', width: '14em', render: (_v, r) => `${r.startsOn} 至 ${r.endsOn}` },
          {
            title: '状态',
            key: 'state',
            width: '12em',
            render: (_v, r) => (
              <>
                <Tag color={stateColor[r.state]}>{AGREEMENT_STATES[r.state]}</Tag>
                {r.state === 'current' && r.endsOn <= soon && <Tag color="orange">待续签</Tag>}
                {r.state === 'current' && r.insuranceExpiresOn !== null && r.insuranceExpiresOn <= soon && (
                  <Tag color={r.insuranceExpiresOn < today ? 'red' : 'orange'}>责任险{r.insuranceExpiresOn < today ? '已过期' : '将到期'}</Tag>
                )}
              </>
            ),
          },
          { title: '约定服务', key: 'services', render: (_v, r) => r.services.map((s) => `${s.name} ${frequencyText(s)}`).join('；'), ellipsis: true },
          {
            title: '',
            key: 'restore',
            width: '6em',
            render: (_v, r) =>
              deleted && can(AGREEMENT_EDITORS) ? (
                <Button size="small" onClick={() => void call('agreements.restore', { id: r.id })}>
                  恢复
                </Button>
              ) : null,
          },
        ]}
      />
      {openId !== null && <AgreementDrawer id={openId} onClose={() => setOpenId(null)} />}
      {creating && <NewAgreementDrawer onClose={() => setCreating(false)} onSaved={setOpenId} />}
    </>
  );
}
