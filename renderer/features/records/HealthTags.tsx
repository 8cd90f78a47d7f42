import { Tag, Tooltip } from 'antd';
import type { HealthTags as Tags } from '../../../core/records/queries.ts';

/**
 * The tags beside a resident's name wherever they appear (roster, bed map, drawers): a red 过敏 tag naming the
 * substances, 住院中 while a referral keeps them in hospital (the bed is theirs), 安宁疗护.
 */
export function HealthTags({ tags, compact = false }: { tags: Tags | undefined; compact?: boolean }) {
  if (!tags) return null;
  const { allergies, hospital, hospiceSince } = tags;
  return (
    <>
      {allergies.length > 0 && (
        <Tooltip title={`过敏：${allergies.join('、')}`}>
          <Tag color="red" className="health-tag" aria-label={`过敏：${allergies.join('、')}`}>
            {compact ? '敏' : `过敏${allergies.length === 1 ? `：${allergies[0]}` : ` ${allergies.length} 项`}`}
          </Tag>
        </Tooltip>
      )}
      {hospital && (
        <Tooltip title={`${hospital.since} 起在${hospital.hospital}住院，床位保留`}>
          <Tag color="orange" className="health-tag">
            住院中
          </Tag>
        </Tooltip>
      )}
      {hospiceSince && (
        <Tooltip title={`${hospiceSince} 起安宁疗护`}>
          <Tag color="purple" className="health-tag">
            {compact ? '安宁' : '安宁疗护'}
          </Tag>
        </Tooltip>
      )}
    </>
  );
}
