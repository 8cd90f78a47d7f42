import { useFieldArray } from 'react-hook-form';
import { Button, Col, Input, InputNumber, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import {
  CENTRE_SERVICES,
  FEE_PAYERS,
  GRAINS,
  createAgreementInput,
  updateAgreementInput,
  type AgreementRow,
} from '../../../core/agreements/schema.ts';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { AttachmentField } from '../../ui/AttachmentField.tsx';
import { FormDrawer } from '../../ui/forms/FormDrawer.tsx';
import { useApiForm, type ApiForm } from '../../ui/forms/useApiForm.ts';

const SERVICE_OPTIONS = Object.entries(CENTRE_SERVICES).map(([value, label]) => ({ value, label }));
const PER_OPTIONS = Object.entries(GRAINS).map(([value, label]) => ({ value, label: `每${label}` }));
const PAYER_OPTIONS = Object.entries(FEE_PAYERS).map(([value, label]) => ({ value, label }));

const blankService = { id: null, service: 'health_management' as const, name: '', way: '上门巡诊', times: 1, per: 'week' as const };

/** 新增签约协议 (or a renewal, prefilled from the agreement it follows). */
export function NewAgreementDrawer({ renewing, onClose, onSaved }: { renewing?: AgreementRow; onClose(): void; onSaved?(id: number): void }) {
  const startsOn = renewing ? dayjs(renewing.endsOn).add(1, 'day') : dayjs().startOf('month');
  const api = useApiForm({
    method: 'agreements.create',
    schema: createAgreementInput,
    defaults: {
      partnerName: renewing?.partnerName ?? '',
      partnerCreditCode: renewing?.partnerCreditCode ?? '',
      partnerAddress: renewing?.partnerAddress ?? '',
      partnerContact: renewing?.partnerContact ?? '',
      partnerPhone: renewing?.partnerPhone ?? '',
      startsOn: startsOn.format('YYYY-MM-DD'),
      endsOn: startsOn.add(1, 'year').subtract(1, 'day').format('YYYY-MM-DD'),
      services: renewing ? renewing.services.map((s) => ({ ...s, id: null })) : [blankService],
      feeYuan: renewing?.feeYuan ?? 0,
      feePayer: renewing?.feePayer ?? 'public',
      feeNote: renewing?.feeNote ?? '',
      homeDuties: renewing?.homeDuties ?? '',
      partnerDuties: renewing?.partnerDuties ?? '',
      insurer: renewing?.insurer ?? '',
      policyNo: '',
      insuranceExpiresOn: null,
      attachmentId: null,
      notes: '',
    },
    success: (r) => `已保存签约协议：${r.partnerName}`,
    onSaved: (r) => {
      onClose();
      onSaved?.(r.id);
    },
  });
  return (
    <FormDrawer api={api} title={renewing ? `续签协议：${renewing.partnerName}` : '新增签约协议'} okText="保存" label="签约协议" size={860} onClose={onClose}>
      <AgreementFields api={api} />
    </FormDrawer>
  );
}

export function EditAgreementDrawer({ agreement, onClose }: { agreement: AgreementRow; onClose(): void }) {
  const api = useApiForm({
    method: 'agreements.update',
    schema: updateAgreementInput,
    defaults: {
      id: agreement.id,
      partnerName: agreement.partnerName,
      partnerCreditCode: agreement.partnerCreditCode,
      partnerAddress: agreement.partnerAddress,
      partnerContact: agreement.partnerContact,
      partnerPhone: agreement.partnerPhone,
      startsOn: agreement.startsOn,
      endsOn: agreement.endsOn,
      services: agreement.services,
      feeYuan: agreement.feeYuan,
      feePayer: agreement.feePayer,
      feeNote: agreement.feeNote,
      homeDuties: agreement.homeDuties,
      partnerDuties: agreement.partnerDuties,
      insurer: agreement.insurer,
      policyNo: agreement.policyNo,
      insuranceExpiresOn: agreement.insuranceExpiresOn,
      attachmentId: agreement.attachmentId,
      notes: agreement.notes,
    },
    success: () => '已保存修改',
    onSaved: onClose,
  });
  return (
    <FormDrawer api={api} title={`修改签约协议：${agreement.partnerName}`} okText="保存修改" label="签约协议" size={860} onClose={onClose}>
      <AgreementFields api={api} />
    </FormDrawer>
  );
}

type AgreementForm = ApiForm<typeof createAgreementInput> | ApiForm<typeof updateAgreementInput>;

function AgreementFields({ api }: { api: AgreementForm }) {
  const form = api.form as ApiForm<typeof createAgreementInput>['form'];
  const control = form.control;
  const services = useFieldArray({ control, name: 'services' });
  return (
    <>
      <h3>签约机构</h3>
      <Row gutter={16}>
        <Col span={14}>
          <Field control={control} name="partnerName" label="机构名称" required>
            {(f) => <Input {...f} id="partnerName" maxLength={60} placeholder="如 玄武区梅园社区卫生服务中心" autoFocus />}
          </Field>
        </Col>
        <Col span={10}>
          <Field control={control} name="partnerCreditCode" label="统一社会信用代码" required>
            {(f) => <Input {...f} id="partnerCreditCode" maxLength={24} placeholder="18 位，见执业许可证或登记证书" />}
          </Field>
        </Col>
      </Row>
      <Field control={control} name="partnerAddress" label="地址" required>
        {(f) => <Input {...f} id="partnerAddress" maxLength={120} />}
      </Field>
      <Row gutter={16}>
        <Col span={12}>
          <Field control={control} name="partnerContact" label="联系人" required>
            {(f) => <Input {...f} id="partnerContact" maxLength={30} />}
          </Field>
        </Col>
        <Col span={12}>
          <Field control={control} name="partnerPhone" label="联系电话" required>
            {(f) => <Input {...f} id="partnerPhone" maxLength={20} />}
          </Field>
        </Col>
      </Row>
      <h3>协议期限</h3>
      <Row gutter={16}>
        <Col span={12}>
          <Field control={control} name="startsOn" label="开始日期" required>
            {(f) => <IsoDatePicker id="startsOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </Field>
        </Col>
        <Col span={12}>
          <Field control={control} name="endsOn" label="结束日期" required>
            {(f) => <IsoDatePicker id="endsOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </Field>
        </Col>
      </Row>
      <h3>约定的服务、方式和频次</h3>
      {services.fields.map((s, i) => (
        <Row gutter={8} key={s.id} align="top">
          <Col span={6}>
            <Field control={control} name={`services.${i}.service`} label={i === 0 ? '服务项目' : ''}>
              {(f) => <Select {...f} id={`services.${i}.service`} options={SERVICE_OPTIONS} aria-label={`第 ${i + 1} 项服务`} />}
            </Field>
          </Col>
          <Col span={5}>
            <Field control={control} name={`services.${i}.name`} label={i === 0 ? '名称（其他时必填）' : ''}>
              {(f) => <Input {...f} id={`services.${i}.name`} maxLength={30} aria-label={`第 ${i + 1} 项服务名称`} />}
            </Field>
          </Col>
          <Col span={5}>
            <Field control={control} name={`services.${i}.way`} label={i === 0 ? '方式' : ''}>
              {(f) => <Input {...f} id={`services.${i}.way`} maxLength={60} placeholder="如 上门巡诊" aria-label={`第 ${i + 1} 项服务方式`} />}
            </Field>
          </Col>
          <Col span={3}>
            <Field control={control} name={`services.${i}.per`} label={i === 0 ? '频次' : ''}>
              {(f) => <Select {...f} id={`services.${i}.per`} options={PER_OPTIONS} aria-label={`第 ${i + 1} 项频次单位`} />}
            </Field>
          </Col>
          <Col span={3}>
            <Field control={control} name={`services.${i}.times`} label={i === 0 ? '次数' : ''}>
              {(f) => <InputNumber {...f} id={`services.${i}.times`} min={1} max={99} precision={0} style={{ width: '100%' }} aria-label={`第 ${i + 1} 项次数`} />}
            </Field>
          </Col>
          <Col span={2} style={{ paddingTop: i === 0 ? 30 : 0 }}>
            <Button icon={<DeleteOutlined />} aria-label={`删除第 ${i + 1} 项服务`} disabled={services.fields.length === 1} onClick={() => services.remove(i)} />
          </Col>
        </Row>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => services.append({ ...blankService, service: 'other', way: '' })} style={{ marginBottom: 16 }}>
        添加服务项目
      </Button>
      <h3>费用与责任</h3>
      <Row gutter={16}>
        <Col span={8}>
          <Field control={control} name="feeYuan" label="费用（元/年）" required>
            {(f) => <InputNumber {...f} id="feeYuan" min={0} precision={2} style={{ width: '100%' }} />}
          </Field>
        </Col>
        <Col span={8}>
          <Field control={control} name="feePayer" label="由谁支付" required>
            {(f) => <Select {...f} id="feePayer" options={PAYER_OPTIONS} />}
          </Field>
        </Col>
        <Col span={8}>
          <Field control={control} name="feeNote" label="费用说明">
            {(f) => <Input {...f} id="feeNote" maxLength={200} />}
          </Field>
        </Col>
      </Row>
      <Field control={control} name="homeDuties" label="养老机构的责任" required>
        {(f) => <Input.TextArea {...f} id="homeDuties" rows={2} maxLength={1000} placeholder="如 提供诊室，安排护士陪同，提供老人健康资料" />}
      </Field>
      <Field control={control} name="partnerDuties" label="签约机构的责任" required>
        {(f) => <Input.TextArea {...f} id="partnerDuties" rows={2} maxLength={1000} placeholder="如 按约定频次派医务人员上门，开展健康管理、家庭医生签约" />}
      </Field>
      <h3>来访人员责任险</h3>
      <Row gutter={16}>
        <Col span={9}>
          <Field control={control} name="insurer" label="承保公司">
            {(f) => <Input {...f} id="insurer" maxLength={60} />}
          </Field>
        </Col>
        <Col span={8}>
          <Field control={control} name="policyNo" label="保单号">
            {(f) => <Input {...f} id="policyNo" maxLength={60} />}
          </Field>
        </Col>
        <Col span={7}>
          <Field control={control} name="insuranceExpiresOn" label="到期日">
            {(f) => <IsoDatePicker id="insuranceExpiresOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} allowClear />}
          </Field>
        </Col>
      </Row>
      <Field control={control} name="attachmentId" label="协议扫描件" help="PDF、JPG 或 PNG，不超过 20 MB">
        {(f) => <AttachmentField id="attachmentId" value={f.value} onChange={f.onChange} />}
      </Field>
      <Field control={control} name="notes" label="备注">
        {(f) => <Input.TextArea {...f} id="notes" rows={2} maxLength={500} />}
      </Field>
    </>
  );
}
