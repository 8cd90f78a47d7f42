import { useCallback } from 'react';
import { App } from 'antd';

/**
 * Closing a form with unsaved input (Esc, a click beside it, 取消, the ×) asks first: a person over 50
 * who brushes the wrong key must not lose a whole admission.
 */
export function useCloseGuard(dirty: boolean, onClose: () => void): () => void {
  const { modal } = App.useApp();
  return useCallback(() => {
    if (!dirty) return onClose();
    modal.confirm({
      title: '放弃未保存的内容？',
      content: '刚才填写的内容还没有保存，关闭后将丢失。',
      okText: '放弃并关闭',
      okButtonProps: { danger: true },
      cancelText: '继续填写',
      onOk: onClose,
    });
  }, [dirty, onClose, modal]);
}
