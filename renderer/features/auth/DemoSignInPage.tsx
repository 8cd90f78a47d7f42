import { useState } from 'react';
import { Alert, Button, Card, Table, Typography } from 'antd';
import { ROLE_LABELS, type Role } from '../../../core/shared/roles.ts';
import { setSession } from '../../api/client.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { errorMessage } from '../../ui/serverErrors.ts';
import { SignInForm } from './SignInPage.tsx';

interface Account {
  username: string;
  displayName: string;
  role: Role;
}

/**
 * The demo's first screen: its staff, one per post, with the password on the page, and one click to enter as
 * any of them — through auth.signIn like a real sign-in, so only a click writes a 登录 row, never a page load.
 */
export function DemoSignInPage({
  institutionName,
  demo,
  users,
  onSignedIn,
}: {
  institutionName: string | null;
  demo: { password: string; accounts: Account[] };
  users: Account[];
  onSignedIn(): void;
}) {
  const signIn = useApiMutation('auth.signIn');
  const [entering, setEntering] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const enter = async (username: string) => {
    setEntering(username);
    setError(null);
    try {
      const r = await signIn.mutateAsync({ username, password: demo.password });
      setSession(r.sessionId);
      onSignedIn();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setEntering(null);
    }
  };
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16 }}>
      <Card title={`${institutionName ?? '养老医务通'} · 演示账号`} style={{ width: 720 }}>
        <p>
          这是演示数据，内容均为虚构。每个岗位有一个账号，密码都是 <Typography.Text code strong>{demo.password}</Typography.Text>
          。点“进入”即以此人的身份登录，看看这个岗位能看到、能做什么；退出后可以换另一个人。
        </p>
        <Table<Account>
          rowKey="username"
          pagination={false}
          dataSource={demo.accounts}
          columns={[
            { title: '姓名', dataIndex: 'displayName' },
            { title: '岗位', dataIndex: 'role', render: (r: Role) => ROLE_LABELS[r] },
            { title: '登录名', dataIndex: 'username', render: (u: string) => <Typography.Text code>{u}</Typography.Text> },
            { title: '密码', render: () => <Typography.Text code>{demo.password}</Typography.Text> },
            {
              title: '',
              align: 'right',
              render: (_: unknown, a) => (
                <Button
                  type="primary"
                  aria-label={`以${a.displayName}（${ROLE_LABELS[a.role]}）的身份进入`}
                  loading={entering === a.username}
                  disabled={entering !== null && entering !== a.username}
                  onClick={() => void enter(a.username)}
                >
                  进入
                </Button>
              ),
            },
          ]}
        />
        {error && <Alert type="error" title={error} showIcon style={{ marginTop: 12 }} />}
        <details className="muted" style={{ marginTop: 16 }}>
          <summary style={{ cursor: 'pointer' }}>用其他账号登录（演示中新建的账号）</summary>
          <div style={{ marginTop: 12 }}>
            <SignInForm users={users} onSignedIn={onSignedIn} />
          </div>
        </details>
      </Card>
    </div>
  );
}
