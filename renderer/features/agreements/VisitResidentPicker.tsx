import { useState } from 'react';
import { Select } from 'antd';
import { useApiQuery } from '../../api/hooks.ts';
import { useDebounced } from '../../ui/useDebounced.ts';

/**
 * 添加诊视老人: type part of a name, a bed or the ID's last four digits, Enter adds the resident to the visit and the
 * box empties for the next one — fifteen residents without leaving the keyboard. Residents already listed are left out.
 */
export function VisitResidentPicker({ exclude, onPick }: { exclude: ReadonlySet<number>; onPick(id: number, label: string): void }) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 150);
  const list = useApiQuery('residents.list', { q, status: 'in_residence', limit: 30 }, { placeholderData: (prev) => prev });
  const options = (list.data?.rows ?? [])
    .filter((r) => !exclude.has(r.id))
    .map((r) => ({ value: r.id, label: `${r.bedLabel} 床 ${r.name}` }));
  return (
    <Select<number | null>
      id="addResident"
      aria-label="添加诊视老人"
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      value={null}
      onChange={(v) => {
        const option = options.find((o) => o.value === v);
        if (option) onPick(option.value, option.label);
        setText('');
      }}
      options={options}
      loading={list.isFetching}
      placeholder="输入姓名、床号或身份证后四位，回车添加"
      notFoundContent={list.isFetching ? '查找中…' : '没有找到在院老人，请换个写法'}
      style={{ width: '100%' }}
    />
  );
}
