import { useState } from 'react';
import dayjs from 'dayjs';
import { Button, DatePicker, Input, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { proxyFetchInput, type ProxyFetchRow } from '../../../core/stock/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { ResidentSelect } from '../../ui/ResidentSelect.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { FormModal } from '../../ui/forms/FormModal.tsx';

function ProxyDialog({ onClose }: { onClose(): void }) {
  const { user } = useSession();
  const api = useApiForm({
    method: 'stock.recordProxy',
    schema: proxyFetchInput,
    defaults: { residentId: undefined as unknown as number, drugs: '', source: '', fetchedBy: user.displayName, fetchedOn: dayjs().format('YYYY-MM-DD'), handedTo: '', notes: '' },
    success: (r) => `已登记：为 ${r.residentName} 代配药`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title="登记代配药" okText="登记" onClose={onClose}>
      <Field control={control} name="residentId" label="为哪位老人" required>
        {(f) => <ResidentSelect id="residentId" value={f.value} onChange={f.onChange} onBlur={f.onBlur} autoFocus />}
      </Field>
      <Field control={control} name="drugs" label="药品及数量" required>
        {(f) => <Input {...f} id="drugs" placeholder="如 阿托伐他汀钙片 20mg×7片 2 盒" />}
      </Field>
      <Field control={control} name="source" label="取药地点" required>
        {(f) => <Input {...f} id="source" placeholder="如 鼓楼医院门诊药房" />}
      </Field>
      <Field control={control} name="fetchedBy" label="代取人" required>
        {(f) => <Input {...f} id="fetchedBy" />}
      </Field>
      <Field control={control} name="fetchedOn" label="代取日期" required>
        {(f) => <IsoDatePicker id="fetchedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
      </Field>
      <Field control={control} name="handedTo" label="交给">
        {(f) => <Input {...f} id="handedTo" placeholder="交接的护士" />}
      </Field>
    </FormModal>
  );
}

/** 代配药: medicine fetched for residents from outside, a month at a time. */
export function ProxyPanel() {
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const [adding, setAdding] = useState(false);
  const start = dayjs(`${month}-01`);
  const list = useApiQuery('stock.proxyList', { from: start.format('YYYY-MM-DD'), to: start.endOf('month').format('YYYY-MM-DD') });
  return (
    <>
      <div className="toolbar">
        <DatePicker picker="month" value={start} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} allowClear={false} aria-label="月份" />
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          登记代配药
        </Button>
        <span className="muted">共 {list.data?.length ?? 0} 次</span>
      </div>
      <Table<ProxyFetchRow>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState title="这个月没有代配药记录" hint="替老人从医院或药店取药后，点“登记代配药”。" /> }}
        columns={[
          { title: '日期', dataIndex: 'fetchedOn', width: '8em' },
          { title: '老人', width: '10em', render: (_: unknown, r) => `${r.bedLabel} ${r.residentName}` },
          { title: '药品及数量', dataIndex: 'drugs' },
          { title: '取药地点', dataIndex: 'source', width: '14em' },
          { title: '代取人', dataIndex: 'fetchedBy', width: '7em' },
          { title: '交给', dataIndex: 'handedTo', width: '6em' },
        ]}
      />
      {adding && <ProxyDialog onClose={() => setAdding(false)} />}
    </>
  );
}
