import { DatePicker } from 'antd';
import dayjs from 'dayjs';

/**
 * A date picker whose value is the ISO string the core stores (YYYY-MM-DD); typing 2026-01-31 works too.
 * A required date has no clear button: Tab would land on it and Enter would wipe the date.
 */
export function IsoDatePicker({
  value,
  onChange,
  onBlur,
  id,
  disabledFuture = true,
  placeholder,
  allowClear = false,
}: {
  value: string | null | undefined;
  onChange(value: string | null): void;
  onBlur?(): void;
  id?: string;
  disabledFuture?: boolean;
  placeholder?: string;
  /** Only for a date that may be left empty. */
  allowClear?: boolean;
}) {
  return (
    <DatePicker
      id={id}
      style={{ width: '100%' }}
      format="YYYY-MM-DD"
      placeholder={placeholder ?? '年-月-日'}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
      onBlur={onBlur}
      disabledDate={disabledFuture ? (d) => d.isAfter(dayjs(), 'day') : undefined}
      allowClear={allowClear}
    />
  );
}
