import { useState } from 'react';
import { Alert, Card, Collapse, DatePicker, Segmented, Spin, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import quarterOfYear from 'dayjs/plugin/quarterOfYear';
import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { AUTHORITIES, PRINT_TRACE_ROWS, type PackFigure, type PackTable } from '../../../core/districtPack/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { FilingActions } from '../filings/FilingActions.tsx';
import { isNumeric } from './numeric.ts';

dayjs.extend(quarterOfYear);

type Kind = 'quarter' | 'month' | 'year';
const codeOf = (kind: Kind, d: Dayjs) => (kind === 'year' ? d.format('YYYY') : kind === 'month' ? d.format('YYYY-MM') : `${d.year()}Q${d.quarter()}`);

function FiguresTable({ figures }: { figures: PackFigure[] }) {
  return (
    <Table<PackFigure>
      size="small"
      rowKey="label"
      pagination={false}
      dataSource={figures}
      columns={[
        { title: '指标', dataIndex: 'label', width: '14em' },
        { title: '数值', key: 'value', width: '8em', align: 'right', render: (_v, f) => `${f.value}${f.unit ? ` ${f.unit}` : ''}` },
        {
          title: '口径与依据',
          key: 'basis',
          render: (_v, f) => (
            <>
              {f.basis}
              {f.unverified && <Tag color="orange">待核实</Tag>}
            </>
          ),
        },
      ]}
    />
  );
}

function DataTable({ table, titled = true }: { table: PackTable; titled?: boolean }) {
  return (
    <div style={{ marginTop: titled ? 16 : 0 }}>
      {titled && <h3 style={{ fontSize: '1em' }}>{table.title}</h3>}
      <Table
        size="small"
        pagination={table.rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        rowKey="key"
        dataSource={table.rows.map((r, n) => ({ key: String(n), ...Object.fromEntries(r.map((c, i) => [String(i), c])) }))}
        // A column of counts, amounts or shares lines up on the right, as in print.
        columns={table.columns.map((c, i) => ({ title: c, dataIndex: String(i), align: table.rows.length > 0 && table.rows.every((r) => isNumeric(r[i] ?? '')) ? 'right' : undefined }))}
        locale={{ emptyText: '本期没有记录' }}
      />
      {table.note && <div className="muted">说明：{table.note}</div>}
    </div>
  );
}

/**
 * 区级报送: choose a month, a quarter or a year and see what the pack will say, section by section, before
 * printing it (with its appendices) or exporting its tables to Excel.
 */
export function DistrictPackPage() {
  const [kind, setKind] = useState<Kind>('quarter');
  // The quarter just ended is what a district usually asks for.
  const [day, setDay] = useState<Dayjs>(() => dayjs().subtract(3, 'month'));
  const period = codeOf(kind, day);
  const request = { kind: 'district-pack' as const, input: { period } };
  const data = useApiQuery('filings.data', request);
  const pack = data.data as FilingDataOf<'district-pack'> | undefined;
  return (
    <div className="page">
      <div className="page-title">
        <h1>区级报送</h1>
        <span className="muted">按月、季度或年度生成报送民政、卫健、医保的材料：封面、目录、各部分数字及其明细。</span>
      </div>
      <div className="toolbar">
        <Segmented<Kind>
          value={kind}
          onChange={setKind}
          options={[
            { value: 'quarter', label: '季度' },
            { value: 'month', label: '月' },
            { value: 'year', label: '年度' },
          ]}
        />
        <DatePicker
          picker={kind}
          value={day}
          allowClear={false}
          onChange={(d) => d && setDay(d)}
          disabledDate={(d) => d.isAfter(dayjs(), kind === 'quarter' ? 'month' : kind)}
          format={kind === 'quarter' ? 'YYYY年第Q季度' : kind === 'month' ? 'YYYY年M月' : 'YYYY年'}
          aria-label="报告期"
        />
        <span style={{ marginLeft: 'auto' }}>
          <FilingActions request={request} xlsx printLabel="打印报送材料" disabled={!pack} />
        </span>
      </div>
      {data.isPending && <Spin />}
      {data.isError && <Alert type="error" showIcon title={data.error.message} />}
      {pack && (
        <>
          <p className="muted">
            报告期：{pack.period.label}（{pack.period.from} 至 {pack.period.to}）。打印件另附各项数字的明细名单（本页末尾列出全部）。
          </p>
          {AUTHORITIES.flatMap((a) => pack.sections.filter((s) => s.authority === a)).map((s) => (
            <Card key={s.key} title={`${s.authority}：${s.title}`} style={{ marginBottom: 16 }}>
              <FiguresTable figures={s.figures} />
              {s.tables.map((t) => (
                <DataTable key={t.title} table={t} />
              ))}
              {s.notes.map((n) => (
                <p key={n} className="muted" style={{ marginTop: 8 }}>
                  {n}
                </p>
              ))}
            </Card>
          ))}
          <Card title="明细名单" style={{ marginBottom: 16 }}>
            <p className="muted">各项数字背后的全部记录。打印件的附录每份最多列出 {PRINT_TRACE_ROWS} 条，其余在这里和导出的 Excel 中。</p>
            <Collapse
              size="small"
              items={pack.traces.map((t) => ({
                key: t.key,
                label: `${t.title}（${t.total} 条）`,
                children: <DataTable table={t} titled={false} />,
              }))}
            />
          </Card>
        </>
      )}
    </div>
  );
}
