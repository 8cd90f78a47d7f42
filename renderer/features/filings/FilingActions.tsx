import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { errorMessage } from '../../ui/serverErrors.ts';
import { preparePrinting, printFiling, saveXlsx, type FilingOf } from './printFiling.ts';

/**
 * The print (and, where the filing has one, Excel) buttons of a screen, for one filing request: what is on
 * screen is what prints. The print engine starts when the pointer or the keyboard reaches the button.
 */
export function FilingActions({ request, xlsx = false, disabled = false, printLabel = '打印' }: { request: FilingOf; xlsx?: boolean; disabled?: boolean; printLabel?: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | null>(null);
  const run = async (which: 'pdf' | 'xlsx') => {
    setBusy(which);
    try {
      void message.success(await (which === 'pdf' ? printFiling(request) : saveXlsx(request)));
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space wrap>
      {xlsx && (
        <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => void run('xlsx')} disabled={disabled || busy !== null}>
          导出 Excel
        </Button>
      )}
      <Button
        icon={<PrinterOutlined />}
        loading={busy === 'pdf'}
        onClick={() => void run('pdf')}
        onMouseEnter={preparePrinting}
        onFocus={preparePrinting}
        disabled={disabled || busy !== null}
      >
        {printLabel}
      </Button>
    </Space>
  );
}
