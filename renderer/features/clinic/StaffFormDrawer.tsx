import { useWatch } from 'react-hook-form';
import dayjs from 'dayjs';
import { Col, Input, Radio, Row, Select } from 'antd';
import { staffInput, type StaffRow } from '../../../core/clinic/schema.ts';
import { ROLE_LABELS } from '../../../core/shared/roles.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { FormDrawer } from '../../ui/forms/FormDrawer.tsx';
import { professionOptions, siteOptions } from './labels.ts';

const CATEGORY_HINT: Record<string, string> = { physician: '临床、中医、口腔、公共卫生', nurse: '护士', pharmacist: '执业药师、药师', therapist: '康复治疗师' };

/** 登记或修改医务人员: the person, their licence, where they practise, and the account they sign in with. */
export function StaffFormDrawer({ staff, onClose, onSaved }: { staff?: StaffRow; onClose(): void; onSaved(id: number): void }) {
  const users = useApiQuery('clinic.linkableUsers', {});
  const api = useApiForm({
    method: 'clinic.saveStaff',
    schema: staffInput,
    defaults: staff
      ? {
          id: staff.id,
          name: staff.name,
          profession: staff.profession,
          userId: staff.userId,
          licenceNo: staff.licenceNo,
          category: staff.category,
          scope: staff.scope,
          title: staff.title,
          practiceSite: staff.practiceSite,
          primarySiteName: staff.primarySiteName,
          registeredOn: staff.registeredOn,
          issuedOn: staff.issuedOn,
          expiresOn: staff.expiresOn,
          joinedOn: staff.joinedOn,
          notes: staff.notes,
        }
      : {
          id: null,
          name: '',
          profession: 'physician',
          userId: null,
          licenceNo: '',
          category: '',
          scope: '',
          title: '',
          practiceSite: 'primary',
          primarySiteName: '',
          registeredOn: '',
          issuedOn: '',
          expiresOn: null,
          joinedOn: dayjs().format('YYYY-MM-DD'),
          notes: '',
        },
    success: (s) => `已保存 ${s.name} 的执照信息`,
    onSaved: (s) => onSaved(s.id),
  });
  const { control } = api.form;
  const profession = useWatch({ control, name: 'profession' });
  const site = useWatch({ control, name: 'practiceSite' });
  return (
    <FormDrawer api={api} title={staff ? `修改医务人员：${staff.name}` : '登记医务人员'} okText="保存" label="医务人员" onClose={onClose}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Field control={control} name="name" label="姓名" required>
            {(f) => <Input {...f} id="name" autoFocus />}
          </Field>
        </Col>
        <Col xs={24} md={8}>
          <Field control={control} name="profession" label="人员类别" required>
            {(f) => <Select {...f} id="profession" options={professionOptions} />}
          </Field>
        </Col>
        <Col xs={24} md={8}>
          <Field control={control} name="title" label="职称">
            {(f) => <Input {...f} id="title" placeholder="如 主治医师、护师" />}
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field control={control} name="licenceNo" label="执业证书编号" required>
            {(f) => <Input {...f} id="licenceNo" style={{ fontFamily: 'monospace' }} />}
          </Field>
        </Col>
        <Col xs={24} md={6}>
          <Field control={control} name="category" label="执业类别">
            {(f) => <Input {...f} id="category" placeholder={CATEGORY_HINT[profession] ?? ''} />}
          </Field>
        </Col>
        <Col xs={24} md={6}>
          <Field control={control} name="scope" label="执业范围">
            {(f) => <Input {...f} id="scope" placeholder="如 全科医学专业" />}
          </Field>
        </Col>
        <Col xs={24} md={8}>
          <Field control={control} name="registeredOn" label="首次执业注册日期" required help="执业年限从此日算起">
            {(f) => <IsoDatePicker id="registeredOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </Field>
        </Col>
        <Col xs={24} md={8}>
          <Field control={control} name="issuedOn" label="发证日期" required>
            {(f) => <IsoDatePicker id="issuedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </Field>
        </Col>
        <Col xs={24} md={8}>
          <Field control={control} name="expiresOn" label="有效期至" help="长期有效的请留空">
            {(f) => <IsoDatePicker id="expiresOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} disabledFuture={false} allowClear />}
          </Field>
        </Col>
        <Col xs={24} md={10}>
          <Field control={control} name="practiceSite" label="执业地点" required>
            {(f) => <Radio.Group {...f} id="practiceSite" optionType="button" buttonStyle="solid" options={siteOptions} />}
          </Field>
        </Col>
        {site === 'multi' && (
          <Col xs={24} md={14}>
            <Field control={control} name="primarySiteName" label="主执业机构" required>
              {(f) => <Input {...f} id="primarySiteName" placeholder="其第一执业地点，如 鼓楼医院" />}
            </Field>
          </Col>
        )}
        <Col xs={24} md={8}>
          <Field control={control} name="joinedOn" label="到岗日期" required>
            {(f) => <IsoDatePicker id="joinedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </Field>
        </Col>
        <Col xs={24} md={16}>
          <Field control={control} name="userId" label="登录账号" help="本人也使用本软件时关联其账号（如医生开处方）">
            {(f) => (
              <Select
                id="userId"
                allowClear
                value={f.value ?? undefined}
                onChange={(v: number | undefined) => f.onChange(v ?? null)}
                placeholder="不使用本软件可不选"
                loading={users.isPending}
                options={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${ROLE_LABELS[u.role]}）` }))}
              />
            )}
          </Field>
        </Col>
      </Row>
      <Field control={control} name="notes" label="备注">
        {(f) => <Input.TextArea {...f} id="notes" rows={2} maxLength={200} />}
      </Field>
    </FormDrawer>
  );
}
