import { useEffect, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { AuthGate } from './AuthGate.tsx';
import { onDataChanged } from '../api/client.ts';
import { refreshChangedAreas } from '../api/hooks.ts';
import { appTheme } from './theme.ts';

dayjs.locale('zh-cn');

const LARGE_TEXT_KEY = 'ylywt.largeText';

export function App() {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 2_000 } },
      }),
  );
  // After a write, the reads of the areas it changed are refreshed, and only those (core/api/define.ts `changes`).
  useEffect(() => onDataChanged((areas) => void refreshChangedAreas(queryClient, areas)), [queryClient]);
  // Remembered on this computer so the sign-in screen is already large for someone who needs it.
  const [largeText, setLargeText] = useState(() => localStorage.getItem(LARGE_TEXT_KEY) === '1');
  const applyLargeText = (on: boolean) => {
    localStorage.setItem(LARGE_TEXT_KEY, on ? '1' : '0');
    setLargeText(on);
  };
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={zhCN} theme={appTheme(largeText)} componentSize={largeText ? 'large' : 'middle'}>
        <AntApp>
          <AuthGate largeText={largeText} onLargeText={applyLargeText} />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
