import { useState } from 'react';
import dayjs from 'dayjs';
import { App, Button, Card, Checkbox, Col, Input, Row, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { AGREEMENT_KINDS, agreementInput, type ClinicAgreement } from '../../../core/clinic/schema.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { Field } from '../../ui/Field.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { FormModal } from '../../ui/forms/FormModal.tsx';
import { errorMessage } from '../../ui/serverErrors.ts';
import { agreementKindOptions } from './labels.ts';
import { RemoveRecordDialog } from './RemoveRecordDialog.tsx';

function AgreementDialog({ agreement, onClose }: { agreement: ClinicAgreement | null; onClose(): void }) {
  const today = dayjs().format('YYYY-MM-DD');
  const api = useApiForm({
    method: 'clinic.saveAgreement',
    schema: agreementInput,
    defaults: agreement
      ? {
          id: agreement.id,
          kind: agreement.kind,
          partner: agreement.partner,
          partnerLicenceNo: agreement.partnerLicenceNo,
          signedOn: agreement.signedOn,
          startsOn: agreement.startsOn,
          endsOn: agreement.endsOn,
          notes: agreement.notes,
        }
      : { id: null, kind: 'lab', partner: '', partnerLicenceNo: '', signedOn: today, startsOn: today, endsOn: dayjs().add(1, 'year').subtract(1, 'day').format('YYYY-MM-DD'), notes: '' },
    success: (a) => `已保存与 ${a.partner} 的${AGREEMENT_KINDS[a.kind]}服务协议`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title={agreement ? `修改协议：${agreement.partner}` : '登记服务协议'} okText="保存" width={620} onClose={onClose}>
      <Row gutter={12}>
        <Col span={10}>
          <Field control={control} name="kind" label="类型" required>
            {(f) => <Select {...f} id="kind" options={agreementKindOptions} />}
          </Field>
        </Col>
        <Col span={14}>
          <Field control={control} name="partner" label="合作机构" required>
            {(f) => <Input {...f} id="partner" placeholder="有资质的影像或检验机构" autoFocus />}
          </Field>
        </Col>
        <Col span={24}>
          <Field control={control} name="partnerLicenceNo" label="合作机构执业许可证号">
            {(f) => <Input {...f} id="partnerLicenceNo" />}
          </Field>
        </Col>
        <Col span={8}>
          <Field control={control} name="signedOn" label="签订日期" required>
            {(f) => <IsoDatePicker id="signedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </Field>
        </Col>
        <Col span={8}>
          <Field control={control} name="startsOn" label="起始日期" required>
            {(f) => <IsoDatePicker id="startsOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} disabledFuture={false} />}
          </Field>
        </Col>
        <Col span={8}>
          <Field control={control} name="endsOn" label="截止日期" required>
            {(f) => <IsoDatePicker id="endsOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} disabledFuture={false} />}
          </Field>
        </Col>
      </Row>
      <Field control={control} name="notes" label="备注">
        {(f) => <Input.TextArea {...f} id="notes" rows={2} maxLength={200} />}
      </Field>
    </FormModal>
  );
}

/** Service agreements with imaging and lab providers, with their term (the basis of those subjects, 004 第3条). */
export function AgreementsCard({ agreements, editable, deleter, openId }: { agreements: ClinicAgreement[]; editable: boolean; deleter: boolean; openId: number | null }) {
  const { message } = App.useApp();
  const today = dayjs().format('YYYY-MM-DD');
  const [dialog, setDialog] = useState<{ kind: 'edit'; agreement: ClinicAgreement | null } | { kind: 'remove'; agreement: ClinicAgreement } | null>(() => {
    const a = agreements.find((x) => x.id === openId);
    return a && editable ? { kind: 'edit', agreement: a } : null;
  });
  const [showRemoved, setShowRemoved] = useState(false);
  const restore = useApiMutation('clinic.restoreAgreement');
  return (
    <Card
      extra={
        <Space>
          <Checkbox checked={showRemoved} onChange={(e) => setShowRemoved(e.target.checked)}>
            显示已删除
          </Checkbox>
          {editable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'edit', agreement: null })}>
              登记协议
            </Button>
          )}
        </Space>
      }
    >
      <Table<ClinicAgreement>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={agreements.filter((a) => showRemoved || a.removedAt === null)}
        locale={{ emptyText: <EmptyState title="还没有登记服务协议" hint="开设医学影像科、医学检验科的，登记与有资质机构签订的服务协议及其期限。" /> }}
        columns={[
          { title: '类型', dataIndex: 'kind', width: '7em', render: (k: ClinicAgreement['kind']) => AGREEMENT_KINDS[k] },
          { title: '合作机构', dataIndex: 'partner' },
          { title: '期限', render: (_: unknown, a) => `${a.startsOn} 至 ${a.endsOn}` },
          {
            title: '状态',
            width: '7em',
            render: (_: unknown, a) =>
              a.removedAt ? <Tag>已删除</Tag> : a.endsOn < today ? <Tag color="red">已到期</Tag> : a.startsOn > today ? <Tag>未生效</Tag> : <Tag color="green">有效</Tag>,
          },
          {
            title: '',
            width: '10em',
            render: (_: unknown, a) =>
              a.removedAt ? (
                deleter && (
                  <Button
                    size="small"
                    onClick={() =>
                      void restore
                        .mutateAsync({ id: a.id })
                        .then(() => message.success(`已恢复与 ${a.partner} 的协议`))
                        .catch((e: unknown) => message.error(errorMessage(e)))
                    }
                  >
                    恢复
                  </Button>
                )
              ) : (
                <Space>
                  {editable && (
                    <Button size="small" onClick={() => setDialog({ kind: 'edit', agreement: a })}>
                      修改
                    </Button>
                  )}
                  {deleter && (
                    <Button size="small" danger type="text" onClick={() => setDialog({ kind: 'remove', agreement: a })}>
                      删除
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {dialog?.kind === 'edit' && <AgreementDialog agreement={dialog.agreement} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'remove' && (
        <RemoveRecordDialog method="clinic.removeAgreement" id={dialog.agreement.id} what={`与 ${dialog.agreement.partner} 的协议`} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}
