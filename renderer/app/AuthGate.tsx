import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { HashRouter } from 'react-router';
import { call, onSessionEnded, setSession } from '../api/client.ts';
import { useApiQuery } from '../api/hooks.ts';
import { SessionContext } from './session.tsx';
import { Shell } from './Shell.tsx';
import { IdleWatch } from './IdleWatch.tsx';
import { LockScreen, type LockReason } from '../features/auth/LockScreen.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { DemoSignInPage } from '../features/auth/DemoSignInPage.tsx';
import { SetupPage } from '../features/setup/SetupPage.tsx';
import { SetOwnPasswordPage } from '../features/auth/SetOwnPasswordPage.tsx';

/** Decides the first screen: setup on a new real folder, sign-in, or the app; and locks it when idle. */
export function AuthGate({ largeText, onLargeText }: { largeText: boolean; onLargeText(on: boolean): void }) {
  const client = useQueryClient();
  const status = useApiQuery('auth.status', {});
  // Why the app is locked, for the words on the lock screen; null when it is not.
  const [locked, setLocked] = useState<LockReason | null>(null);
  const user = status.data?.user ?? null;

  const refresh = useCallback(() => client.invalidateQueries(), [client]);

  useEffect(() => {
    onSessionEnded((error) => {
      if (user) setLocked({ message: error.message });
      else void refresh();
    });
  }, [user, refresh]);

  // Apply the signed-in user's saved 大字 when it changes (sign-in, saved elsewhere), not on every render:
  // a switch just flipped must not be undone by the not-yet-refreshed saved value.
  const appliedPreference = useRef<string | null>(null);
  useEffect(() => {
    if (!user) return;
    const key = `${user.id}:${user.largeText}`;
    if (appliedPreference.current !== key) {
      appliedPreference.current = key;
      onLargeText(user.largeText);
    }
  }, [user, onLargeText]);

  const lockBy = useCallback((reason: 'idle' | 'manual') => {
    void call('auth.signOut', {}).finally(() => setLocked(reason));
  }, []);
  const lock = useCallback(() => lockBy('manual'), [lockBy]);
  const lockIdle = useCallback(() => lockBy('idle'), [lockBy]);

  const signOut = useCallback(() => {
    void call('auth.signOut', {}).finally(() => {
      setSession(undefined);
      setLocked(null);
      // The next person starts on 总览, not on the screen the last one left open.
      location.hash = '#/';
      client.clear();
      void status.refetch();
    });
  }, [client, status]);

  if (status.isPending) return <Spin fullscreen description="正在打开…" />;
  if (status.isError) {
    return (
      <Result
        status="error"
        title="打不开数据"
        subTitle={status.error.message}
        extra={<Button onClick={() => void status.refetch()}>重试</Button>}
      />
    );
  }
  const s = status.data;
  if (s.setupNeeded) return <SetupPage onDone={refresh} />;
  if (!s.user) {
    if (s.demo) return <DemoSignInPage demo={s.demo} users={s.users} institutionName={s.institutionName} onSignedIn={refresh} />;
    return <SignInPage users={s.users} institutionName={s.institutionName} onSignedIn={refresh} />;
  }
  const signedIn = s.user;
  const lockScreen = locked && (
    <LockScreen
      reason={locked}
      user={signedIn}
      demoPassword={s.demo?.password ?? null}
      onUnlocked={() => {
        setLocked(null);
        void refresh();
      }}
      onSwitchUser={signOut}
    />
  );
  // Left open past the idle time, the page's session ends in the core too: the lock screen says so here as well.
  if (s.passwordChangeRequired) {
    return (
      <>
        <SetOwnPasswordPage user={signedIn} onDone={refresh} onSignOut={signOut} />
        {lockScreen}
      </>
    );
  }
  return (
    <SessionContext.Provider value={{ status: s, user: signedIn, lock, signOut }}>
      <HashRouter>
        <Shell largeText={largeText} onLargeText={onLargeText} />
      </HashRouter>
      {!locked && <IdleWatch minutes={s.idleLockMinutes} onIdle={lockIdle} />}
      {lockScreen}
    </SessionContext.Provider>
  );
}
