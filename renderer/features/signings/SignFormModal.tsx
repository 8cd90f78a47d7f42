import { Col, Input, Row } from 'antd';
import dayjs from 'dayjs';
import { signInput } from '../../../core/signings/schema.ts';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { FormModal } from '../../ui/forms/FormModal.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { ResidentSelect } from '../residents/ResidentSelect.tsx';

/** 登记家庭医生签约 (or a renewal: the same resident and team, from the day after the old one ends). */
export function SignFormModal({ resident, renewFrom, last, onClose }: { resident?: { id: number; label: string }; renewFrom?: string; last?: { team: string; doctor: string; package: string }; onClose(): void }) {
  const start = renewFrom ? dayjs(renewFrom) : dayjs();
  const api = useApiForm({
    method: 'signings.sign',
    schema: signInput,
    defaults: {
      residentId: resident?.id,
      team: last?.team ?? '',
      doctor: last?.doctor ?? '',
      signedOn: start.format('YYYY-MM-DD'),
      // 家庭医生签约 runs a year (renewed yearly): to the day before the anniversary.
      expiresOn: start.add(1, 'year').subtract(1, 'day').format('YYYY-MM-DD'),
      package: last?.package ?? '',
    },
    success: (r) => `已登记签约：${r.residentName}`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title={renewFrom ? '续签家庭医生' : '登记家庭医生签约'} okText="保存" onClose={onClose}>
      <Field control={control} name="residentId" label="老人" required>
        {(f) => <ResidentSelect id="residentId" value={f.value} onChange={f.onChange} onBlur={f.onBlur} known={resident} autoFocus={!resident} />}
      </Field>
      <Row gutter={16}>
        <Col span={14}>
          <Field control={control} name="team" label="签约团队" required>
            {(f) => <Input {...f} id="team" maxLength={60} placeholder="如 梅园中心家庭医生第一团队" autoFocus={Boolean(resident)} />}
          </Field>
        </Col>
        <Col span={10}>
          <Field control={control} name="doctor" label="家庭医生" required>
            {(f) => <Input {...f} id="doctor" maxLength={30} />}
          </Field>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Field control={control} name="signedOn" label="签约日期" required>
            {(f) => <IsoDatePicker id="signedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </Field>
        </Col>
        <Col span={12}>
          <Field control={control} name="expiresOn" label="到期日期" required help="一般签约一年，到期续签">
            {(f) => <IsoDatePicker id="expiresOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </Field>
        </Col>
      </Row>
      <Field control={control} name="package" label="服务包">
        {(f) => <Input {...f} id="package" maxLength={60} placeholder="如 老年人基础包" />}
      </Field>
    </FormModal>
  );
}
