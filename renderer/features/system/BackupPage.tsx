import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Input, Space, Table, Tag } from 'antd';
import { formatDateTime } from '../../../core/shared/dates.ts';
import { call } from '../../api/client.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { errorMessage } from '../../ui/serverErrors.ts';
import { formatBytes } from '../../ui/formatBytes.ts';
import { UsbBackupCard } from './UsbBackupCard.tsx';

/** 数据备份: automatic backups, a copy to a USB stick, and restore with the current data kept aside. */
export function BackupPage() {
  const { message, modal } = App.useApp();
  const info = useApiQuery('system.info', {});
  const [otherFile, setOtherFile] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (key: string, action: () => Promise<string>) => {
    setBusy(key);
    try {
      void message.success(await action());
      void info.refetch();
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };

  const restore = async (file: string) => {
    const check = await call('system.checkBackup', { file });
    if (!check.ok) {
      void modal.error({ title: '不能用这个文件恢复', content: check.reason });
      return;
    }
    modal.confirm({
      title: '确定从这个备份恢复？',
      content: (
        <>
          <p>{file}</p>
          <p>现在的数据会先另存到备份文件夹（可再恢复回来），然后换成备份中的数据。恢复后需要重新登录。</p>
        </>
      ),
      okText: '恢复',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await call('system.restore', { file });
          modal.success({ title: '已恢复', content: '请重新登录。', onOk: () => location.reload() });
        } catch (error) {
          void message.error(errorMessage(error));
        }
      },
    });
  };

  const d = info.data;
  return (
    <div className="page">
      <div className="page-title">
        <h1>数据备份</h1>
        <Button type="primary" loading={busy === 'now'} onClick={() => void run('now', async () => `已备份：${(await call('system.backupNow', {})).file}`)}>
          立即备份
        </Button>
      </div>
      {d && (
        <Card style={{ marginBottom: 16 }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label="数据">{d.mode === 'demo' ? <Tag color="orange">演示数据</Tag> : <Tag color="blue">正式数据</Tag>}</Descriptions.Item>
            <Descriptions.Item label="数据文件">{d.dbFile}</Descriptions.Item>
            <Descriptions.Item label="程序版本">
              {d.appVersion}（数据版本 {d.schemaVersion}）
            </Descriptions.Item>
            {d.integrity && d.integrity.problems.length === 0 && (
              <Descriptions.Item label="完整性检查">{formatDateTime(d.integrity.checkedAt)} 检查通过</Descriptions.Item>
            )}
          </Descriptions>
          {d.integrity && d.integrity.problems.length > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title={`${formatDateTime(d.integrity.checkedAt)} 的完整性检查发现数据文件有损坏（${d.integrity.problems[0]}）。请尽快从最近的备份恢复；下次启动时软件会再检查，仍有损坏将拒绝打开。`}
            />
          )}
          <Alert
            type="info"
            showIcon
            title="软件运行中每天自动备份一次，备份后在后台检查数据文件是否完好。保留最近 3 份、近 12 个月每月一份和最近 14 份（数据文件很大时少留几份，以免占满磁盘）。请每周再备份到 U 盘，放在别处保管。"
          />
        </Card>
      )}
      <UsbBackupCard run={run} busy={busy} expectedBytes={d?.backups[0]?.size ?? null} onRestore={(file) => void restore(file)} />
      <Card title="备份记录">
        <Table
          rowKey="file"
          loading={info.isPending}
          dataSource={d?.backups ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '还没有备份，点“立即备份”做第一份。' }}
          columns={[
            { title: '时间', dataIndex: 'modifiedAt', render: (v: string) => formatDateTime(v) },
            {
              title: '类型',
              dataIndex: 'name',
              render: (n: string) => (n.startsWith('auto-') ? '自动' : n.startsWith('before-restore') ? '恢复前的数据' : '手动'),
            },
            { title: '大小', dataIndex: 'size', render: formatBytes },
            { title: '文件', dataIndex: 'name' },
            { title: '', render: (_: unknown, b) => <Button onClick={() => void restore(b.file)}>恢复</Button> },
          ]}
        />
        <Space.Compact style={{ width: '100%', marginTop: 16 }}>
          <Input placeholder="从其他位置恢复：备份文件的完整路径" value={otherFile} onChange={(e) => setOtherFile(e.target.value)} aria-label="备份文件路径" />
          <Button disabled={!otherFile.trim()} onClick={() => void restore(otherFile.trim())}>
            检查并恢复
          </Button>
        </Space.Compact>
      </Card>
    </div>
  );
}
