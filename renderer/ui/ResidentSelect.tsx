import { Select } from 'antd';
import { useApiQuery } from '../api/hooks.ts';

/**
 * Residents in residence, by bed, for a form's 老人 field: type a bed (301), a name or part of one. `keep` adds the
 * resident already on the record (someone who has left since) so an old record still shows who it is about.
 */
export function ResidentSelect({
  id,
  value,
  onChange,
  onBlur,
  keep,
  disabled,
  autoFocus,
  placeholder,
}: {
  id: string;
  value: number | null | undefined;
  onChange(value: number | null): void;
  onBlur?(): void;
  keep?: { id: number; label: string };
  disabled?: boolean;
  autoFocus?: boolean;
  placeholder?: string;
}) {
  const map = useApiQuery('beds.map', { floor: null });
  const options = (map.data?.beds ?? [])
    .filter((b) => b.occupant !== null)
    .map((b) => ({ value: b.occupant!.residentId, label: `${b.label} 床 ${b.occupant!.name}` }));
  if (keep && !options.some((o) => o.value === keep.id)) options.unshift({ value: keep.id, label: keep.label });
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(v: number | undefined) => onChange(v ?? null)}
      onBlur={onBlur}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder ?? '输入床位或姓名查找'}
      loading={map.isPending}
      options={options}
      disabled={disabled}
      autoFocus={autoFocus}
      notFoundContent="没有在住的老人"
    />
  );
}
