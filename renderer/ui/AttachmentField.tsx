import { useRef, useState } from 'react';
import { Alert, App, Button, Space, Tag } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { ATTACHMENT_STATUS, ATTACHMENT_TYPES } from '../../core/attachments/schema.ts';
import { call, uploadFile } from '../api/client.ts';
import { useApiQuery } from '../api/hooks.ts';
import { errorMessage } from './serverErrors.ts';
import { openExport } from './download.ts';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/**
 * One attached scan as a form field: choose a file, it is uploaded and stored at once (attachments.add) and the
 * field holds its id; the field shows the file, whether it is still whole, and opens it. The kind is judged by
 * the core from the file's content; a refusal is shown under the field and nothing is kept.
 */
export function AttachmentField({ value, onChange, id, disabled }: { value: number | null | undefined; onChange(value: number | null): void; id?: string; disabled?: boolean }) {
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const meta = useApiQuery('attachments.get', { id: value ?? 0 }, { enabled: typeof value === 'number' && value > 0 });
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const uploadId = await uploadFile(file);
      const stored = await call('attachments.add', { uploadId, fileName: file.name });
      onChange(stored.id);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  const open = async () => {
    try {
      await openExport(await call('attachments.open', { id: value! }));
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  const m = meta.data;
  return (
    <div>
      <input ref={input} type="file" accept={ACCEPT} hidden onChange={(e) => void choose(e.target.files?.[0])} aria-label="选择附件文件" />
      <Space wrap>
        {value && m ? (
          <>
            <Button type="link" icon={<PaperClipOutlined />} onClick={() => void open()} style={{ paddingInline: 0 }}>
              {m.fileName}
            </Button>
            <span className="muted">
              {ATTACHMENT_TYPES[m.mime].label}，{(m.bytes / 1024 / 1024).toFixed(2)} MB
            </span>
            {m.status === 'ok' ? <Tag color="green">完好</Tag> : <Tag color="red">{ATTACHMENT_STATUS[m.status]}</Tag>}
          </>
        ) : null}
        <Button id={id} icon={<UploadOutlined />} loading={busy} disabled={disabled} onClick={() => input.current?.click()}>
          {value ? '更换文件' : '选择文件（PDF、JPEG 或 PNG，20 MB 以内）'}
        </Button>
        {value ? (
          <Button type="text" danger disabled={disabled || busy} onClick={() => onChange(null)}>
            移除
          </Button>
        ) : null}
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} />}
    </div>
  );
}
