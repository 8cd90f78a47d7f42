import { useWatch } from 'react-hook-form';
import { Alert, Button, Card, Form, Input } from 'antd';
import { signInInput } from '../../../core/auth/schema.ts';
import { ROLE_LABELS, type Role } from '../../../core/shared/roles.ts';
import { setSession } from '../../api/client.ts';
import { Field } from '../../ui/Field.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';

interface Props {
  users: { username: string; displayName: string; role: Role }[];
  institutionName: string | null;
  onSignedIn(): void;
  /** On the lock screen the user is fixed. */
  fixedUsername?: string;
}

export function SignInForm({ users, onSignedIn, fixedUsername }: Omit<Props, 'institutionName'>) {
  const api = useApiForm({
    method: 'auth.signIn',
    schema: signInInput,
    defaults: { username: fixedUsername ?? '', password: '' },
    onSaved: (r) => {
      setSession(r.sessionId);
      onSignedIn();
    },
  });
  const { form, submit, banner } = api;
  const chosen = useWatch({ control: form.control, name: 'username' });
  return (
    <Form layout="vertical" onFinish={() => void submit()} component="form">
      {!fixedUsername && users.length > 0 && (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 8, marginBottom: 16 }}>
          {users.map((u) => (
            <Button
              key={u.username}
              type={chosen === u.username ? 'primary' : 'default'}
              style={{ height: 'auto', padding: '8px 4px' }}
              onClick={() => {
                form.setValue('username', u.username, { shouldValidate: false });
                form.setFocus('password');
              }}
            >
              <div>{u.displayName}</div>
              <div style={{ fontSize: '0.8em', opacity: 0.8 }}>{ROLE_LABELS[u.role]}</div>
            </Button>
          ))}
        </div>
      )}
      {!fixedUsername && (
        <Field control={form.control} name="username" label="登录名" required>
          {(f) => <Input {...f} id="username" autoComplete="username" />}
        </Field>
      )}
      <Field control={form.control} name="password" label="密码" required>
        {(f) => <Input.Password {...f} id="password" autoComplete="current-password" autoFocus={Boolean(fixedUsername)} />}
      </Field>
      {banner && <Alert type="error" title={banner} style={{ marginBottom: 12 }} showIcon />}
      <Button type="primary" htmlType="submit" block loading={api.saving}>
        登录
      </Button>
    </Form>
  );
}

export function SignInPage({ users, institutionName, onSignedIn }: Props) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Card title={`${institutionName ?? '养老医务通'} · 登录`} style={{ width: 520 }}>
        <p className="muted">请点选您的名字，再输入密码。</p>
        <SignInForm users={users} onSignedIn={onSignedIn} />
        <details className="muted" style={{ marginTop: 16 }}>
          <summary style={{ cursor: 'pointer' }}>忘记密码？</summary>
          <p style={{ margin: '8px 0 0' }}>
            请院长在“用户管理”里为您重设。院长本人忘记时，请维护这台电脑的人在程序文件夹里运行
            <code style={{ display: 'block', whiteSpace: 'nowrap', margin: '6px 0' }}>npm run reset-password -- --user 登录名</code>
            得到一个临时密码（会记入审计日志）。
          </p>
        </details>
      </Card>
    </div>
  );
}
