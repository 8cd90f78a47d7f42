import { useState } from 'react';
import { Alert, Button, Card, Collapse, Input, List, Space, Table, Typography } from 'antd';
import { ReloadOutlined, UsbOutlined } from '@ant-design/icons';
import { formatDateTime } from '../../../core/shared/dates.ts';
import { call } from '../../api/client.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { formatBytes } from '../../ui/formatBytes.ts';

interface Props {
  /** Runs a backup and reports its outcome; `key` marks which button is busy. */
  run: (key: string, action: () => Promise<string>) => Promise<void>;
  busy: string | null;
  /** The size of a backup already in the data folder: about what a new one needs. */
  expectedBytes: number | null;
  onRestore: (file: string) => void;
}

/**
 * 备份到 U 盘: the sticks and drives the computer has, each with its free space and a button, so nobody
 * has to type E:\; a typed folder stays possible underneath. The backups already on them can be restored.
 */
export function UsbBackupCard({ run, busy, expectedBytes, onRestore }: Props) {
  const drives = useApiQuery('system.backupDrives', {});
  const [folder, setFolder] = useState('');
  const list = drives.data?.drives ?? [];
  const onSticks = list.flatMap((d) => d.backups.map((b) => ({ ...b, drive: d.label })));

  const backUpTo = (key: string, path: string) =>
    run(key, async () => {
      const { file } = await call('system.backupToFolder', { folder: path });
      void drives.refetch();
      return `已备份到：${file}`;
    });

  return (
    <Card
      title="备份到 U 盘"
      style={{ marginBottom: 16 }}
      extra={
        <Button icon={<ReloadOutlined />} loading={drives.isFetching} onClick={() => void drives.refetch()}>
          重新查找
        </Button>
      }
    >
      {list.length === 0 && !drives.isPending ? (
        <Alert type="warning" showIcon title="没有找到 U 盘。请插好 U 盘，等几秒钟，再点右上角“重新查找”。" style={{ marginBottom: 12 }} />
      ) : (
        <List
          loading={drives.isPending}
          dataSource={list}
          renderItem={(d) => {
            const tooSmall = d.freeBytes !== null && expectedBytes !== null && d.freeBytes < expectedBytes * 1.2;
            return (
              <List.Item
                actions={[
                  <Button key="go" type="primary" disabled={tooSmall} loading={busy === d.path} onClick={() => void backUpTo(d.path, d.path)}>
                    备份到这里
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  avatar={<UsbOutlined style={{ fontSize: 28, color: '#1f5fbf' }} />}
                  title={d.label}
                  description={
                    <>
                      {d.freeBytes === null ? '读不到可用空间' : `可用 ${formatBytes(d.freeBytes)}`}
                      {tooSmall && <Typography.Text type="danger">（空间不够，请换一个 U 盘或先清理）</Typography.Text>}
                      {d.backups.length > 0
                        ? ` · 已有 ${d.backups.length} 份备份，最近一份 ${formatDateTime(d.backups[0]!.modifiedAt)}`
                        : ' · 还没有备份'}
                      {d.label !== d.path && <div style={{ color: '#888' }}>{d.path}</div>}
                    </>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
      <Collapse
        ghost
        items={[
          {
            key: 'typed',
            label: '找不到要用的 U 盘？直接填写文件夹',
            children: (
              <Space.Compact style={{ width: '100%' }}>
                <Input placeholder="文件夹路径，如 E:\ 或 /media/usb" value={folder} onChange={(e) => setFolder(e.target.value)} aria-label="目标文件夹" />
                <Button type="primary" loading={busy === 'folder'} disabled={!folder.trim()} onClick={() => void backUpTo('folder', folder.trim())}>
                  备份到此文件夹
                </Button>
              </Space.Compact>
            ),
          },
        ]}
      />
      {onSticks.length > 0 && (
        <Table
          style={{ marginTop: 12 }}
          title={() => <strong>U 盘上的备份</strong>}
          rowKey="file"
          size="middle"
          dataSource={onSticks}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: '时间', dataIndex: 'modifiedAt', render: (v: string) => formatDateTime(v) },
            { title: '位置', dataIndex: 'drive' },
            { title: '大小', dataIndex: 'size', render: formatBytes },
            { title: '文件', dataIndex: 'name' },
            { title: '', render: (_: unknown, b) => <Button onClick={() => onRestore(b.file)}>恢复</Button> },
          ]}
        />
      )}
    </Card>
  );
}
