import { Button, Modal } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '../../../core/shared/roles.ts';
import type { UserView } from '../../../core/users/schema.ts';
import { SignInForm } from './SignInPage.tsx';

/** Locked by the idle timer, by hand, or because the core ended the session (its words say why). */
export type LockReason = 'idle' | 'manual' | { message: string };

function why(reason: LockReason): string {
  if (reason === 'idle') return '长时间未操作，已自动锁定以保护老人信息。';
  if (reason === 'manual') return '已锁定，离开电脑时老人信息不会被他人看到。';
  return reason.message;
}

/**
 * Covers the app after idle time; what was typed underneath stays as it was and can be saved after unlocking.
 */
export function LockScreen({
  user,
  reason,
  demoPassword,
  onUnlocked,
  onSwitchUser,
}: {
  user: UserView;
  reason: LockReason;
  /** On demo data, said on the screen: everyone there has it. */
  demoPassword: string | null;
  onUnlocked(): void;
  onSwitchUser(): void;
}) {
  return (
    <Modal open closable={false} keyboard={false} mask={{ closable: false }} footer={null} title={<><LockOutlined /> 已锁定</>} styles={{ mask: { backdropFilter: 'blur(8px)' } }}>
      <p>
        {why(reason)}请 {user.displayName}（{ROLE_LABELS[user.role]}）输入密码继续，未保存的内容仍在。
      </p>
      {demoPassword && <p className="muted">演示数据的密码是 {demoPassword}。</p>}
      <SignInForm users={[]} fixedUsername={user.username} onSignedIn={onUnlocked} />
      <Button type="link" onClick={onSwitchUser} style={{ marginTop: 8, paddingLeft: 0 }}>
        换其他人登录
      </Button>
    </Modal>
  );
}
