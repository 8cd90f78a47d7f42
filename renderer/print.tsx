import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { filingRequest } from '../core/filings/schema.ts';
import type { FilingHeader } from '../core/filings/schema.ts';
import { READY_FLAG, FAILED_FLAG } from '../core/filings/printPage.ts';
import { call, initClient } from './api/client.ts';
import { filingComponent } from './features/filings/filingComponents.tsx';
import { pageFooterCss } from './features/filings/pageFooter.ts';
import './features/filings/filing.css';

declare global {
  interface Window {
    [READY_FLAG]?: boolean;
    [FAILED_FLAG]?: string;
  }
}

/**
 * The print page: reads which filing to draw from the address, fetches its data through the same API,
 * draws it with the kind's component (features/filings/filingComponents.tsx), waits for the fonts, then raises
 * the flag the printer waits for.
 */
async function main(): Promise<void> {
  const params = new URLSearchParams(location.hash.slice(1));
  initClient({ token: params.get('token') ?? '', session: params.get('session') ?? '' });
  const parsed = filingRequest.safeParse(JSON.parse(params.get('request') ?? 'null'));
  if (!parsed.success) throw new Error('打印请求无效');
  const Component = filingComponent(parsed.data.kind);
  if (!Component) throw new Error(`不认识的报表：${parsed.data.kind}`);
  const filing = (await call('filings.data', parsed.data)) as FilingHeader;
  document.title = `${filing.institution.name} ${filing.title}`;
  const root = createRoot(document.getElementById('root')!);
  flushSync(() =>
    root.render(
      <>
        <style>{pageFooterCss(document.title)}</style>
        <Component filing={filing as never} />
      </>,
    ),
  );
  await document.fonts.ready;
  window[READY_FLAG] = true;
}

main().catch((error: unknown) => {
  window[FAILED_FLAG] = error instanceof Error ? error.message : String(error);
  document.body.textContent = `无法生成打印内容：${window[FAILED_FLAG]}`;
});
