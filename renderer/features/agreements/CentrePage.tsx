import { useSearchParams } from 'react-router';
import { Tabs } from 'antd';
import { useApiQuery } from '../../api/hooks.ts';
import { AgreementsTab } from './AgreementsTab.tsx';
import { VisitsTab } from './VisitsTab.tsx';
import { FulfilmentTab } from './FulfilmentTab.tsx';
import { HomeBedsTab } from './HomeBedsTab.tsx';

const TABS = ['agreements', 'visits', 'fulfilment', 'homeBeds'] as const;
type Tab = (typeof TABS)[number];

/**
 * 签约医疗机构: the agreements with the contracted community health centre, its visits, and whether the agreed
 * services were delivered (服务到位, 000 四(二); 002 (二)). The 总览's reminders link here with ?id=N.
 */
export function CentrePage() {
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'agreements';
  const linked = Number(params.get('id'));
  const openId = Number.isInteger(linked) && linked > 0 ? linked : null;
  const agreements = useApiQuery('agreements.list', { deleted: false });
  const list = agreements.data ?? [];
  return (
    <div className="page">
      <div className="page-title">
        <h1>签约医疗机构</h1>
        <span className="muted">与社区卫生服务中心的签约协议、每次来访的记录，以及约定服务是否到位。</span>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'agreements', label: '签约协议', children: <AgreementsTab openId={openId} setOpenId={(id) => setParams(id === null ? { tab } : { tab, id: String(id) }, { replace: true })} /> },
          { key: 'visits', label: '来访记录', children: <VisitsTab agreements={list} /> },
          { key: 'fulfilment', label: '服务到位', children: <FulfilmentTab agreements={list} /> },
          { key: 'homeBeds', label: '家庭病床', children: <HomeBedsTab agreements={list} /> },
        ]}
      />
    </div>
  );
}
