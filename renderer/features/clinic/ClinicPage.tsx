import { Result, Spin, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { CLINIC_DELETERS, CLINIC_EDITORS } from '../../../core/clinic/access.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { ProfileCard } from './ProfileCard.tsx';
import { RoomsCard } from './RoomsCard.tsx';
import { AgreementsCard } from './AgreementsCard.tsx';

/**
 * 医务室信息: the clinic's profile, its rooms and its agreements. The compliance page links here with
 * ?tab=rooms&room=3 (or agreements&agreement=2) to open the record to fix.
 */
export function ClinicPage() {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const clinic = useApiQuery('clinic.get', {});
  const tab = ['rooms', 'agreements'].includes(params.get('tab') ?? '') ? params.get('tab')! : 'profile';
  const num = (key: string) => (params.get(key) ? Number(params.get(key)) : null);
  if (clinic.isPending) return <Spin style={{ margin: 40 }} />;
  if (clinic.isError) return <Result status="error" title={clinic.error.message} />;
  const { profile, rooms, agreements } = clinic.data;
  const editable = can(CLINIC_EDITORS);
  const deleter = can(CLINIC_DELETERS);
  return (
    <div className="page">
      <div className="page-title">
        <h1>医务室信息</h1>
        <span className="muted">{profile?.type ? `${profile.name}（${profile.type}）` : ''}</span>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'profile', label: '基本信息', children: <ProfileCard profile={profile} editable={editable} /> },
          { key: 'rooms', label: `房间（${rooms.filter((r) => !r.removedAt).length}）`, children: <RoomsCard key={`r${num('room') ?? ''}`} rooms={rooms} editable={editable} deleter={deleter} openId={num('room')} /> },
          {
            key: 'agreements',
            label: `影像/检验协议（${agreements.filter((a) => !a.removedAt).length}）`,
            children: <AgreementsCard key={`a${num('agreement') ?? ''}`} agreements={agreements} editable={editable} deleter={deleter} openId={num('agreement')} />,
          },
        ]}
      />
    </div>
  );
}
