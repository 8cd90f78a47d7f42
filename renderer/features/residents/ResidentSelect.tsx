import { useState } from 'react';
import { Select } from 'antd';
import { useApiQuery } from '../../api/hooks.ts';
import { useDebounced } from '../../ui/useDebounced.ts';

/**
 * Choose a resident by typing part of a name, a bed or an ID's last four digits (the roster's own search, so
 * it finds the same people). In residence by default; `includeLeft` also finds those who have left by name, for
 * late entries about them.
 */
export function ResidentSelect({
  value,
  onChange,
  onBlur,
  id,
  includeLeft = false,
  known,
  autoFocus,
}: {
  value: number | null | undefined;
  onChange(value: number | null): void;
  onBlur?(): void;
  id?: string;
  includeLeft?: boolean;
  /** The chosen resident's label when the form opens on an existing record (they may not be in the first page). */
  known?: { id: number; label: string };
  autoFocus?: boolean;
}) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  // Those in residence first; the ones who have left only once a name is typed, or the list would open on them.
  const list = useApiQuery('residents.list', { q, status: includeLeft && q !== '' ? 'all' : 'in_residence', limit: 30 }, { placeholderData: (prev) => prev });
  const options = (list.data?.rows ?? []).map((r) => ({
    value: r.id,
    label: `${r.bedLabel ? `${r.bedLabel} 床 ` : ''}${r.name}${r.status === 'in_residence' ? '' : '（已离院）'}`,
  }));
  if (known && !options.some((o) => o.value === known.id)) options.unshift({ value: known.id, label: known.label });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      value={value ?? undefined}
      onChange={(v: number | undefined) => onChange(v ?? null)}
      onBlur={onBlur}
      options={options}
      loading={list.isFetching}
      placeholder="姓名、床号或身份证后四位"
      notFoundContent={list.isFetching ? '查找中…' : '没有找到，请换个写法'}
      autoFocus={autoFocus}
      style={{ width: '100%' }}
    />
  );
}
