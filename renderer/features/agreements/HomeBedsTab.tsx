import { useState } from 'react';
import { Button, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { closeHomeBedInput, openHomeBedInput, type AgreementRow, type HomeBedRow } from '../../../core/agreements/schema.ts';
import { VISIT_RECORDERS } from '../../../core/agreements/access.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { FormModal } from '../../ui/forms/FormModal.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { ResidentSelect } from '../residents/ResidentSelect.tsx';

/** 家庭病床: beds the centre opened for residents, with its visits against the region's weekly frequency. */
export function HomeBedsTab({ agreements }: { agreements: AgreementRow[] }) {
  const { can } = useSession();
  const list = useApiQuery('agreements.homeBeds', {});
  const [opening, setOpening] = useState(false);
  const [closing, setClosing] = useState<HomeBedRow | null>(null);
  const rule = list.data?.rule;
  const editor = can(VISIT_RECORDERS) && agreements.length > 0;
  return (
    <>
      <div className="toolbar">
        {editor && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            开设家庭病床
          </Button>
        )}
        <span className="muted">
          {rule ? `${rule.text}（${rule.profile}，${rule.cite}）${rule.note ? `。${rule.note}` : ''}` : '本机构所在地区的政策未规定家庭病床的上门频次，只统计来访次数。'}
          {rule?.unverified && <Tag color="orange">待核实</Tag>}
        </span>
      </div>
      <Table<HomeBedRow>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.rows ?? []}
        pagination={false}
        rowClassName={(r) => (r.gap > 0 && r.closedOn === null ? 'fulfilment-gap-row' : '')}
        locale={{ emptyText: <EmptyState title="没有家庭病床" hint="签约机构为失能、半失能老人开设家庭病床后，在这里登记，来访时诊视该老人即计为一次上门。" /> }}
        columns={[
          { title: '老人', key: 'who', width: '10em', render: (_v, r) => `${r.bedLabel} 床 ${r.residentName}` },
          { title: '建床', dataIndex: 'openedOn', width: '7em' },
          { title: '原因', dataIndex: 'reason', ellipsis: true },
          { title: '责任医生', dataIndex: 'doctor', width: '6em' },
          {
            title: '上门 实际/应到',
            key: 'visits',
            width: '10em',
            render: (_v, r) => (
              <span className={r.gap > 0 ? 'fulfilment-gap' : undefined}>
                {r.visits}
                {r.expected !== null && ` / ${r.expected}`}
                {r.gap > 0 && `　少 ${r.gap}`}
              </span>
            ),
          },
          { title: '最近上门', dataIndex: 'lastVisitOn', width: '7em', render: (v: string | null) => v ?? '—' },
          {
            title: '状态',
            key: 'state',
            width: '9em',
            render: (_v, r) =>
              r.closedOn ? (
                `${r.closedOn} 撤床`
              ) : editor ? (
                <Button size="small" onClick={() => setClosing(r)}>
                  撤床
                </Button>
              ) : (
                <Tag color="green">在床</Tag>
              ),
          },
        ]}
      />
      {opening && <OpenHomeBedDialog agreements={agreements} onClose={() => setOpening(false)} />}
      {closing && <CloseHomeBedDialog bed={closing} onClose={() => setClosing(null)} />}
    </>
  );
}

function OpenHomeBedDialog({ agreements, onClose }: { agreements: AgreementRow[]; onClose(): void }) {
  const current = agreements.find((a) => a.state === 'current') ?? agreements[0];
  const api = useApiForm({
    method: 'agreements.openHomeBed',
    schema: openHomeBedInput,
    defaults: { residentId: undefined, agreementId: current?.id, openedOn: dayjs().format('YYYY-MM-DD'), reason: '', doctor: '' },
    success: (r) => `已开设家庭病床：${r.residentName}`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title="开设家庭病床" okText="保存" onClose={onClose}>
      <Field control={control} name="residentId" label="老人" required>
        {(f) => <ResidentSelect id="residentId" value={f.value} onChange={f.onChange} onBlur={f.onBlur} autoFocus />}
      </Field>
      <Field control={control} name="agreementId" label="签约协议" required>
        {(f) => <Select {...f} id="agreementId" options={agreements.map((a) => ({ value: a.id, label: `${a.partnerName}（${a.startsOn} 至 ${a.endsOn}）` }))} />}
      </Field>
      <Field control={control} name="openedOn" label="建床日期" required>
        {(f) => <IsoDatePicker id="openedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
      <Field control={control} name="reason" label="建床原因（诊断）" required>
        {(f) => <Input {...f} id="reason" maxLength={200} placeholder="如 脑梗后遗症，长期卧床" />}
      </Field>
      <Field control={control} name="doctor" label="责任医生" required>
        {(f) => <Input {...f} id="doctor" maxLength={30} />}
      </Field>
    </FormModal>
  );
}

function CloseHomeBedDialog({ bed, onClose }: { bed: HomeBedRow; onClose(): void }) {
  const api = useApiForm({
    method: 'agreements.closeHomeBed',
    schema: closeHomeBedInput,
    defaults: { id: bed.id, closedOn: dayjs().format('YYYY-MM-DD'), closeReason: '' },
    success: () => `已撤床：${bed.residentName}`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title={`撤销家庭病床：${bed.residentName}`} okText="撤床" onClose={onClose}>
      <Field control={control} name="closedOn" label="撤床日期" required>
        {(f) => <IsoDatePicker id="closedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
      <Field control={control} name="closeReason" label="撤床原因" required>
        {(f) => <Input {...f} id="closeReason" maxLength={200} placeholder="如 病情好转；转入医院" autoFocus />}
      </Field>
    </FormModal>
  );
}
