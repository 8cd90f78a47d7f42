import dayjs from 'dayjs';
import { AutoComplete, Col, Input, InputNumber, Row } from 'antd';
import { dispenseInput, receiveInput, writeOffInput, type BatchRow, type DrugStock } from '../../../core/stock/schema.ts';
import type { CatalogueDrug } from '../../../core/medication/schema.ts';
import { Field } from '../../ui/Field.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { ResidentSelect } from '../../ui/ResidentSelect.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { FormDrawer } from '../../ui/forms/FormDrawer.tsx';
import { FormModal } from '../../ui/forms/FormModal.tsx';

/** 入库: a batch as received; a drug of the catalogue or typed in; an expired batch is refused. */
export function ReceiveDrawer({ drugs, drug, onClose }: { drugs: readonly CatalogueDrug[]; drug?: DrugStock; onClose(): void }) {
  const api = useApiForm({
    method: 'stock.receive',
    schema: receiveInput,
    defaults: {
      drugCode: drug?.drugCode ?? null,
      name: drug?.name ?? '',
      spec: drug?.spec ?? '',
      unit: drug?.unit ?? '盒',
      batchNo: '',
      expiresOn: '',
      quantity: undefined as unknown as number,
      supplier: '',
      receivedOn: dayjs().format('YYYY-MM-DD'),
      lowLevel: drug?.lowLevel ?? null,
    },
    success: (d) => `已入库：${d.name}，现可用 ${d.usable} ${d.unit}`,
    onSaved: onClose,
  });
  const { control, setValue } = api.form;
  return (
    <FormDrawer api={api} title={drug ? `入库：${drug.name} ${drug.spec}` : '药品入库'} okText="入库" label="药品入库" onClose={onClose}>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Field control={control} name="name" label="药品名称" required>
            {(f) => (
              <AutoComplete
                id="name"
                value={f.value}
                onBlur={f.onBlur}
                disabled={drug !== undefined}
                autoFocus={drug === undefined}
                onChange={(v: string) => {
                  f.onChange(v);
                  setValue('drugCode', drugs.find((d) => d.name === v)?.code ?? null);
                }}
                options={drugs.map((d) => ({ value: d.name }))}
                filterOption={(input, option) => String(option?.value ?? '').includes(input)}
                placeholder="从目录中选择，或直接输入"
              />
            )}
          </Field>
        </Col>
        <Col xs={12} md={6}>
          <Field control={control} name="spec" label="规格">
            {(f) => <Input {...f} id="spec" disabled={drug !== undefined} placeholder="如 5mg×28片" />}
          </Field>
        </Col>
        <Col xs={12} md={4}>
          <Field control={control} name="unit" label="单位" required>
            {(f) => <Input {...f} id="unit" disabled={drug !== undefined} />}
          </Field>
        </Col>
        <Col xs={12} md={8}>
          <Field control={control} name="batchNo" label="批号" required>
            {(f) => <Input {...f} id="batchNo" autoFocus={drug !== undefined} style={{ fontFamily: 'monospace' }} />}
          </Field>
        </Col>
        <Col xs={12} md={8}>
          <Field control={control} name="expiresOn" label="有效期至" required>
            {(f) => <IsoDatePicker id="expiresOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} disabledFuture={false} />}
          </Field>
        </Col>
        <Col xs={12} md={8}>
          <Field control={control} name="quantity" label="数量" required>
            {(f) => <InputNumber id="quantity" min={1} precision={0} value={f.value} onChange={(v) => f.onChange(v ?? undefined)} onBlur={f.onBlur} style={{ width: '100%' }} />}
          </Field>
        </Col>
        <Col xs={24} md={16}>
          <Field control={control} name="supplier" label="供货单位" required>
            {(f) => <Input {...f} id="supplier" />}
          </Field>
        </Col>
        <Col xs={12} md={8}>
          <Field control={control} name="receivedOn" label="入库日期" required>
            {(f) => <IsoDatePicker id="receivedOn" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </Field>
        </Col>
        <Col xs={12} md={8}>
          <Field control={control} name="lowLevel" label="低库存提醒" help="可用数量不高于此数时提醒">
            {(f) => <InputNumber id="lowLevel" min={0} precision={0} value={f.value} onChange={(v) => f.onChange(v ?? null)} onBlur={f.onBlur} style={{ width: '100%' }} />}
          </Field>
        </Col>
      </Row>
    </FormDrawer>
  );
}

/** 发药: taken from the batches that expire first; more than the usable stock is refused. */
export function DispenseDialog({ drug, onClose }: { drug: DrugStock; onClose(): void }) {
  const api = useApiForm({
    method: 'stock.dispense',
    schema: dispenseInput,
    defaults: { drugId: drug.id, quantity: undefined as unknown as number, batchId: null, residentId: null, note: '' },
    success: (d) => `已发药，${d.name} 还可用 ${d.usable} ${d.unit}`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title={`发药：${drug.name} ${drug.spec}`} okText="发药" onClose={onClose}>
      <p className="muted">
        可用 {drug.usable} {drug.unit}，按有效期先到先发{drug.expiredQty > 0 ? `（另有过期 ${drug.expiredQty} ${drug.unit} 不能发放）` : ''}。
      </p>
      <Field control={control} name="quantity" label={`数量（${drug.unit}）`} required>
        {(f) => <InputNumber id="quantity" autoFocus min={1} precision={0} value={f.value} onChange={(v) => f.onChange(v ?? undefined)} onBlur={f.onBlur} style={{ width: '100%' }} />}
      </Field>
      <Field control={control} name="residentId" label="老人" help="发给病区领用可不选">
        {(f) => <ResidentSelect id="residentId" value={f.value} onChange={f.onChange} onBlur={f.onBlur} placeholder="病区领用" />}
      </Field>
      <Field control={control} name="note" label="备注">
        {(f) => <Input {...f} id="note" maxLength={100} />}
      </Field>
    </FormModal>
  );
}

/** 报损: what is left of a batch taken out of stock (expired, damaged), with the reason. */
export function WriteOffDialog({ drug, batch, onClose }: { drug: DrugStock; batch: BatchRow; onClose(): void }) {
  const api = useApiForm({
    method: 'stock.writeOff',
    schema: writeOffInput,
    defaults: { batchId: batch.id, quantity: null, reason: batch.level === 'expired' ? '过期，交医疗废物处置' : '' },
    success: () => `已报损：${drug.name} 批号 ${batch.batchNo}`,
    onSaved: onClose,
  });
  const { control } = api.form;
  return (
    <FormModal api={api} title={`报损：${drug.name} 批号 ${batch.batchNo}`} okText="报损" danger onClose={onClose}>
      <p className="muted">
        该批号库存 {batch.qty} {drug.unit}，有效期至 {batch.expiresOn}。数量留空即全部报损。
      </p>
      <Field control={control} name="quantity" label={`数量（${drug.unit}）`}>
        {(f) => <InputNumber id="quantity" min={1} max={batch.qty} precision={0} value={f.value} onChange={(v) => f.onChange(v ?? null)} onBlur={f.onBlur} style={{ width: '100%' }} />}
      </Field>
      <Field control={control} name="reason" label="报损原因" required>
        {(f) => <Input {...f} id="reason" autoFocus maxLength={100} />}
      </Field>
    </FormModal>
  );
}
