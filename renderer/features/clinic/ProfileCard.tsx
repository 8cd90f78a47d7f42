import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Alert, Button, Card, Checkbox, Col, Descriptions, Form, Input, Radio, Row, Select, Switch, Tag } from 'antd';
import { CLINIC_SUBJECTS, CLINIC_TYPES, clinicProfileInput, FILING_KINDS, type ClinicProfile } from '../../../core/clinic/schema.ts';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { useCloseGuard } from '../../ui/forms/useCloseGuard.ts';

const NONE = '__none__';

function ProfileForm({ profile, onDone }: { profile: ClinicProfile | null; onDone(): void }) {
  const { updatedAt: _u, ...values } = profile ?? {
    type: '医务室' as const,
    name: '',
    filingKind: '备案凭证' as const,
    filingNo: '',
    filingDate: null,
    openedOn: null,
    subjects: [],
    medicalAlliance: '',
    nearMedicalInstitution: '',
    areasSeparated: false,
    separationNote: '',
    updatedAt: '',
  };
  const api = useApiForm({ method: 'clinic.saveProfile', schema: clinicProfileInput, defaults: values, success: () => '医务室信息已保存', onSaved: onDone });
  const cancel = useCloseGuard(api.dirty, onDone);
  const { control } = api.form;
  const type = useWatch({ control, name: 'type' });
  return (
    <Form layout="vertical" component="form" onFinish={() => void api.submit()} aria-label="医务室信息">
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Field control={control} name="type" label="内设医疗机构类型" required>
            {(f) => (
              <Select
                id="type"
                value={f.value ?? NONE}
                onChange={(v: string) => f.onChange(v === NONE ? null : v)}
                options={[...CLINIC_TYPES.map((t) => ({ value: t, label: t })), { value: NONE, label: '未内设医疗机构' }]}
              />
            )}
          </Field>
        </Col>
        {type !== null && (
          <>
            <Col xs={24} md={16}>
              <Field control={control} name="name" label="医疗机构名称" required>
                {(f) => <Input {...f} id="name" placeholder="如 金陵颐养院医务室" />}
              </Field>
            </Col>
            <Col xs={24} md={8}>
              <Field control={control} name="filingKind" label="证照">
                {(f) => <Radio.Group {...f} id="filingKind" optionType="button" options={FILING_KINDS.map((k) => ({ value: k, label: k }))} />}
              </Field>
            </Col>
            <Col xs={24} md={8}>
              <Field control={control} name="filingNo" label="证照编号">
                {(f) => <Input {...f} id="filingNo" />}
              </Field>
            </Col>
            <Col xs={24} md={8}>
              <Field control={control} name="filingDate" label="备案或发证日期">
                {(f) => <IsoDatePicker id="filingDate" value={f.value} onChange={f.onChange} onBlur={f.onBlur} allowClear />}
              </Field>
            </Col>
            <Col xs={24} md={8}>
              <Field control={control} name="openedOn" label="正式运营日期" help="医保定点从此日起算">
                {(f) => <IsoDatePicker id="openedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} allowClear />}
              </Field>
            </Col>
            <Col xs={24} md={16}>
              <Field control={control} name="medicalAlliance" label="所属医联体">
                {(f) => <Input {...f} id="medicalAlliance" placeholder="如 鼓楼医院医联体；未加入请留空" />}
              </Field>
            </Col>
            <Col span={24}>
              <Field control={control} name="subjects" label="核准的诊疗科目">
                {(f) => (
                  <div id="subjects">
                    <Checkbox.Group value={f.value} onChange={f.onChange} options={CLINIC_SUBJECTS.map((s) => ({ value: s, label: s }))} />
                  </div>
                )}
              </Field>
            </Col>
          </>
        )}
        <Col xs={24} md={12}>
          <Field control={control} name="nearMedicalInstitution" label="邻近的医疗机构" help="与医疗机构邻近的，有的地区可不内设">
            {(f) => <Input {...f} id="nearMedicalInstitution" placeholder="没有请留空" />}
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field control={control} name="areasSeparated" label="医疗区与生活区分区设置、物理隔离">
            {(f) => <Switch id="areasSeparated" checked={f.value} onChange={f.onChange} checkedChildren="已分区" unCheckedChildren="未分区" />}
          </Field>
        </Col>
        <Col span={24}>
          <Field control={control} name="separationNote" label="分区说明">
            {(f) => <Input.TextArea {...f} id="separationNote" rows={2} maxLength={200} placeholder="如：医务室位于一楼东侧，独立出入口，与居住区以防火门分隔" />}
          </Field>
        </Col>
      </Row>
      {api.banner && <Alert type="error" title={api.banner} showIcon style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={api.saving} style={{ marginRight: 8 }}>
        保存
      </Button>
      <Button onClick={cancel}>取消</Button>
    </Form>
  );
}

/** 医务室信息: what the clinic is, its 备案 or licence, subjects, 医联体 and the separation of areas. */
export function ProfileCard({ profile, editable }: { profile: ClinicProfile | null; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <Card>
        <ProfileForm profile={profile} onDone={() => setEditing(false)} />
      </Card>
    );
  }
  const edit = editable && (
    <Button type={profile ? 'default' : 'primary'} onClick={() => setEditing(true)}>
      {profile ? '修改' : '登记医务室信息'}
    </Button>
  );
  if (!profile) {
    return (
      <Card>
        <Alert type="info" showIcon title="还没有登记医务室信息" description="登记内设医疗机构的类型、备案或许可证号、诊疗科目等；未内设的，也请登记一次。" action={edit} />
      </Card>
    );
  }
  return (
    <Card extra={edit}>
      <Descriptions column={2} bordered size="small">
        <Descriptions.Item label="类型">{profile.type ?? '未内设医疗机构'}</Descriptions.Item>
        <Descriptions.Item label="名称">{profile.name || '—'}</Descriptions.Item>
        {profile.type !== null && (
          <>
            <Descriptions.Item label={profile.filingKind}>{profile.filingNo || <Tag color="gold">未登记</Tag>}</Descriptions.Item>
            <Descriptions.Item label="备案或发证日期">{profile.filingDate ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="正式运营日期">{profile.openedOn ?? <Tag color="gold">未登记</Tag>}</Descriptions.Item>
            <Descriptions.Item label="所属医联体">{profile.medicalAlliance || <Tag color="gold">未登记</Tag>}</Descriptions.Item>
            <Descriptions.Item label="诊疗科目" span={2}>
              {profile.subjects.length ? profile.subjects.join('、') : '—'}
            </Descriptions.Item>
          </>
        )}
        <Descriptions.Item label="邻近的医疗机构">{profile.nearMedicalInstitution || '—'}</Descriptions.Item>
        <Descriptions.Item label="医疗区与生活区">
          {profile.areasSeparated ? <Tag color="green">已分区</Tag> : <Tag color="red">未分区</Tag>}
          {profile.separationNote}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
