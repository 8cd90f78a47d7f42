import { DatePicker } from 'antd';
import dayjs from 'dayjs';

/**
 * A date and time to the minute, valued as the local time the core stores (YYYY-MM-DDTHH:mm, see
 * core/shared/fields.ts localDateTime); typing 2026-01-31 08:30 works too. Future times are greyed out: what
 * is recorded with it has happened.
 */
export function IsoDateTimePicker({
  value,
  onChange,
  onBlur,
  id,
  allowClear = false,
  placeholder,
}: {
  value: string | null | undefined;
  onChange(value: string | null): void;
  onBlur?(): void;
  id?: string;
  /** Only for a time that may be left empty. */
  allowClear?: boolean;
  placeholder?: string;
}) {
  return (
    <DatePicker
      id={id}
      showTime={{ format: 'HH:mm' }}
      style={{ width: '100%' }}
      format="YYYY-MM-DD HH:mm"
      placeholder={placeholder ?? '年-月-日 时:分'}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DDTHH:mm') : null)}
      onBlur={onBlur}
      disabledDate={(d) => d.isAfter(dayjs(), 'day')}
      allowClear={allowClear}
      needConfirm={false}
    />
  );
}
