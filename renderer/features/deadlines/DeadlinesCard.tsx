import { Button, Card, List, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { URGENCIES, type DeadlineRow } from '../../../core/deadlines/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { URGENCY_COLOR as COLOR, whenText as when } from './labels.ts';

/**
 * 待办期限: every dated obligation the signed-in post must meet in the next month, overdue first, each opening
 * the record to deal with it. Self-contained so the 总览 of every post can show it; the whole list, with filters, is the
 * 待办期限 page (DeadlinesPage).
 */
/** The most urgent rows the card lists; the rest are on the 待办期限 page. */
const SHOWN = 8;

export function DeadlinesCard() {
  const navigate = useNavigate();
  const list = useApiQuery('deadlines.list', { days: 30 });
  const rows = list.data ?? [];
  const overdue = rows.filter((r) => r.urgency === 'overdue').length;
  // How many of each kind, and how many of those overdue: the director sees at a glance where the work is.
  const byKind = [...new Set(rows.map((r) => r.kind))].map((kind) => {
    const of = rows.filter((r) => r.kind === kind);
    return [kind, of.length, of.filter((r) => r.urgency === 'overdue').length] as const;
  });
  return (
    <Card
      title={`待办期限${rows.length ? `（${rows.length} 项${overdue ? `，其中 ${overdue} 项已逾期` : ''}）` : ''}`}
      loading={list.isPending}
      extra={
        <Button type="link" onClick={() => void navigate('/deadlines')}>
          查看全部
        </Button>
      }
    >
      {rows.length === 0 ? (
        <EmptyState title="近 30 天没有到期的事项" hint="证照、药品效期、评估、体检到期前，漏记的给药和未通知的家属都会在这里提醒。" />
      ) : (
        <>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 8 }} aria-label="按类别">
            {byKind.map(([kind, n, late]) => (
              <Button key={kind} size="small" danger={late > 0} onClick={() => void navigate(`/deadlines?kind=${encodeURIComponent(kind)}`)}>
                {`${kind} ${n}${late ? `（逾期 ${late}）` : ''}`}
              </Button>
            ))}
          </div>
          <List<DeadlineRow>
            size="small"
            dataSource={rows.slice(0, SHOWN)}
            footer={rows.length > SHOWN ? <Button type="link" size="small" onClick={() => void navigate('/deadlines')}>{`还有 ${rows.length - SHOWN} 项，查看全部`}</Button> : undefined}
            renderItem={(d) => (
              <List.Item
                key={d.key}
                tabIndex={0}
                style={{ cursor: 'pointer' }}
                onClick={() => void navigate(d.link)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') void navigate(d.link);
                }}
                aria-label={`${d.kind}：${d.title}，${when(d)}`}
              >
                <span style={{ display: 'flex', gap: 12, alignItems: 'baseline', flexWrap: 'wrap', width: '100%' }}>
                  <Tag color={COLOR[d.urgency]}>{URGENCIES[d.urgency]}</Tag>
                  <strong>{d.kind}</strong>
                  <span>{d.title}</span>
                  <span className="muted">{d.todo}</span>
                  <span style={{ marginLeft: 'auto' }} className="muted">
                    {when(d)}
                  </span>
                </span>
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
