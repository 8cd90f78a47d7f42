import { useCallback, useEffect } from 'react';
import { App } from 'antd';
import { useNavigate } from 'react-router';

/**
 * Leaving a page with unsaved input (a round grid half typed) asks first, as closing a form does
 * (useCloseGuard): a page registers itself while it holds unsaved input; the side menu and 退出 ask through
 * useGuardedLeave before they go; closing the window asks through the browser's own question.
 */
const holders = new Set<symbol>();

export function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const me = Symbol('unsaved');
    holders.add(me);
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      holders.delete(me);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);
}

/** Runs `go` at once, or after the person agrees to drop what a page holds unsaved. */
export function useGuardedLeave(): (go: () => void) => void {
  const { modal } = App.useApp();
  return useCallback(
    (go) => {
      if (holders.size === 0) return go();
      modal.confirm({
        title: '放弃未保存的内容？',
        content: '这一页填写的内容还没有保存，离开后将丢失。',
        okText: '放弃并离开',
        okButtonProps: { danger: true },
        cancelText: '留在这一页',
        onOk: () => {
          holders.clear();
          go();
        },
      });
    },
    [modal],
  );
}

/** navigate(to), asking first if a page holds unsaved input (a link out of a half-typed round grid). */
export function useGuardedNavigate(): (to: string) => void {
  const leave = useGuardedLeave();
  const navigate = useNavigate();
  return useCallback((to) => leave(() => void navigate(to)), [leave, navigate]);
}
