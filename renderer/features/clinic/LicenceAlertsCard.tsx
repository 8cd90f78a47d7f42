import { Button, Card, List, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { licenceState, PROFESSIONS } from '../../../core/clinic/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { LICENCE_COLOR } from './labels.ts';

/** 总览's list of licences that have expired or expire within 60 days, each opening its staff record. */
export function LicenceAlertsCard() {
  const navigate = useNavigate();
  const alerts = useApiQuery('clinic.licenceAlerts', {});
  return (
    <Card
      title="执业证书到期提醒"
      loading={alerts.isPending}
      extra={
        <Button type="link" onClick={() => void navigate('/clinic/staff?sort=expiresOn')}>
          人员与执照
        </Button>
      }
    >
      <List
        dataSource={alerts.data ?? []}
        locale={{ emptyText: <EmptyState title="60 天内没有到期的执业证书" /> }}
        renderItem={(s) => {
          const state = licenceState(s.daysLeft);
          return (
            <List.Item
              actions={[
                <Button key="open" size="small" onClick={() => void navigate(`/clinic/staff?id=${s.id}`)}>
                  查看
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <>
                    {s.name}（{PROFESSIONS[s.profession]}） <Tag color={LICENCE_COLOR[state.level]}>{state.text}</Tag>
                  </>
                }
                description={`证书 ${s.licenceNo}，有效期至 ${s.expiresOn}`}
              />
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
