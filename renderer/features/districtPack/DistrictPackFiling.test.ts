import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PRINT_TRACE_ROWS, type PackTrace } from '../../../core/districtPack/schema.ts';
import { TraceContent } from './DistrictPackFiling.tsx';

const rows = (n: number) => Array.from({ length: n }, (_, i) => [`${101 + i}-1`, `老人${i + 1}`]);
const trace = (shown: number, total: number): PackTrace => ({ key: 'civil-affairs:at-end', title: '期末在院老人', columns: ['床位', '姓名'], rows: rows(shown), total });
const html = (t: PackTrace) => renderToStaticMarkup(createElement(TraceContent, { trace: t }));
const bodyRows = (markup: string) => markup.match(/<tr>/g)!.length - 1;

describe('区级报送材料的附录（打印）', () => {
  it('a trace cut to the print’s rows prints those rows and says how many there are and where the full list is', () => {
    const markup = html(trace(PRINT_TRACE_ROWS, 2043));
    expect(bodyRows(markup)).toBe(PRINT_TRACE_ROWS);
    expect(markup).toContain(`共 2,043 条，此处列出前 ${PRINT_TRACE_ROWS} 条；完整名单见“区级报送”页面或导出的 Excel。`);
  });

  it('a shorter trace prints whole, without the sentence; an empty one says so', () => {
    const markup = html(trace(7, 7));
    expect(bodyRows(markup)).toBe(7);
    expect(markup).not.toContain('完整名单');
    expect(html(trace(0, 0))).toBe('<p>本期没有记录。</p>');
  });
});
