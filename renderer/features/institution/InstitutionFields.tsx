import { normalizeCode } from '../../../core/shared/idcard.ts';
import { Col, Input, InputNumber, Row, Select } from 'antd';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { useApiQuery } from '../../api/hooks.ts';

/** The 机构信息 fields, used by first-run setup (under `institution.`) and by the institution page. */
export function InstitutionFields<T extends FieldValues>({ control, prefix = '' }: { control: Control<T>; prefix?: string }) {
  const profiles = useApiQuery('policy.profiles', {});
  const n = (name: string) => `${prefix}${name}` as FieldPath<T>;
  return (
    <Row gutter={16}>
      <Col span={24}>
        <Field control={control} name={n('name')} label="机构名称" required>
          {(f) => <Input {...f} id={n('name')} placeholder="如：某某区社会福利院" />}
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field control={control} name={n('creditCode')} label="统一社会信用代码" required help="18 位，见营业执照或民办非企业单位登记证书">
          {(f) => (
            <Input
              {...f}
              id={n('creditCode')}
              onBlur={() => {
                f.onChange(normalizeCode(String(f.value ?? '')));
                f.onBlur();
              }}
              style={{ fontFamily: 'monospace' }}
            />
          )}
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field control={control} name={n('civilAffairsFilingNo')} label="民政备案号">
          {(f) => <Input {...f} id={n('civilAffairsFilingNo')} />}
        </Field>
      </Col>
      <Col span={24}>
        <Field control={control} name={n('address')} label="机构地址" required>
          {(f) => <Input {...f} id={n('address')} />}
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field control={control} name={n('regionCode')} label="适用地区（政策依据）" required help="决定软件按哪个地区的政策文件提示">
          {(f) => (
            <Select
              {...f}
              id={n('regionCode')}
              loading={profiles.isPending}
              placeholder="请选择"
              options={(profiles.data ?? []).map((p) => ({ value: p.code, label: p.name, title: p.description }))}
            />
          )}
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field control={control} name={n('licensedBeds')} label="核定床位数" required>
          {(f) => <InputNumber {...f} id={n('licensedBeds')} min={1} max={3000} precision={0} style={{ width: '100%' }} />}
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field control={control} name={n('openedOn')} label="开业日期" required>
          {(f) => <IsoDatePicker id={n('openedOn')} value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field control={control} name={n('directorName')} label="院长（负责人）" required>
          {(f) => <Input {...f} id={n('directorName')} />}
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field control={control} name={n('phone')} label="机构电话">
          {(f) => <Input {...f} id={n('phone')} placeholder="如 025-83451234" />}
        </Field>
      </Col>
      <Col xs={24} md={12}>
        <Field control={control} name={n('idleLockMinutes')} label="无操作自动锁定（分钟）" required>
          {(f) => <InputNumber {...f} id={n('idleLockMinutes')} min={1} max={240} precision={0} style={{ width: '100%' }} />}
        </Field>
      </Col>
    </Row>
  );
}

export const EMPTY_INSTITUTION = {
  name: '',
  creditCode: '',
  address: '',
  regionCode: 'national',
  licensedBeds: 100,
  openedOn: '',
  civilAffairsFilingNo: '',
  directorName: '',
  phone: '',
  idleLockMinutes: 15,
};
