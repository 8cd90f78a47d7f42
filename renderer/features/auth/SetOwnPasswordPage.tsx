import { Alert, Button, Card, Form } from 'antd';
import { ROLE_LABELS } from '../../../core/shared/roles.ts';
import type { UserView } from '../../../core/users/schema.ts';
import { OwnPasswordFields, useOwnPasswordForm } from '../users/OwnPasswordForm.tsx';

/**
 * Right after signing in on a password someone else chose (a new account, a reset) or one the rule now
 * refuses: the core allows nothing else until the person has chosen their own (PASSWORD_CHANGE_REQUIRED).
 */
export function SetOwnPasswordPage({ user, onDone, onSignOut }: { user: UserView; onDone(): void; onSignOut(): void }) {
  const api = useOwnPasswordForm({ success: '密码已设置，以后请用新密码登录', onSaved: onDone });
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Card title="请设置您自己的密码" style={{ width: 520 }}>
        <p>
          {user.displayName}（{ROLE_LABELS[user.role]}），您刚才用的是院长给的临时密码，或是过于简单、容易被猜到的密码。请换成只有您自己知道的新密码，以后每次登录都用它。
        </p>
        <Form layout="vertical" component="form" onFinish={() => void api.submit()}>
          <OwnPasswordFields control={api.form.control} currentLabel="刚才登录用的密码" />
          {api.banner && <Alert type="error" title={api.banner} style={{ marginBottom: 12 }} showIcon />}
          <Button type="primary" htmlType="submit" block loading={api.saving}>
            设置新密码并进入
          </Button>
        </Form>
        <Button type="link" onClick={onSignOut} style={{ marginTop: 8, paddingLeft: 0 }}>
          退出
        </Button>
      </Card>
    </div>
  );
}
