import { useState } from 'react';
import { Button, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '../../../core/shared/roles.ts';
import type { UserView } from '../../../core/users/schema.ts';
import { formatDateTime } from '../../../core/shared/dates.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { CreateUserDialog, EditUserDialog, ResetPasswordDialog } from './UserDialogs.tsx';

/** 用户管理: staff accounts and their roles. Accounts are stopped, never deleted, so the audit log keeps its names. */
export function UsersPage() {
  const users = useApiQuery('users.list', {});
  const [dialog, setDialog] = useState<{ kind: 'create' } | { kind: 'edit' | 'reset'; user: UserView } | null>(null);
  return (
    <div className="page">
      <div className="page-title">
        <h1>用户管理</h1>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
          新建用户
        </Button>
      </div>
      <Table<UserView>
        rowKey="id"
        loading={users.isPending}
        dataSource={users.data ?? []}
        pagination={false}
        columns={[
          { title: '姓名', dataIndex: 'displayName' },
          { title: '登录名', dataIndex: 'username' },
          { title: '岗位', dataIndex: 'role', render: (r: UserView['role']) => ROLE_LABELS[r] },
          {
            title: '状态',
            render: (_: unknown, u) => (
              <Space size={4}>
                {u.active ? <Tag color="green">在用</Tag> : <Tag>已停用</Tag>}
                {u.active && u.mustChangePassword && <Tag color="orange">待本人设密码</Tag>}
              </Space>
            ),
          },
          { title: '最近登录', dataIndex: 'lastSignInAt', render: (v: string | null) => (v ? formatDateTime(v) : '—') },
          {
            title: '操作',
            render: (_: unknown, u) => (
              <Space>
                <Button size="small" onClick={() => setDialog({ kind: 'edit', user: u })}>
                  修改
                </Button>
                <Button size="small" onClick={() => setDialog({ kind: 'reset', user: u })}>
                  重设密码
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'create' && <CreateUserDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <EditUserDialog user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'reset' && <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} />}
    </div>
  );
}
