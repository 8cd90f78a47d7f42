import type { ReactNode } from 'react';
import { Alert, Form, Modal } from 'antd';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiForm } from './useApiForm.ts';
import { useCloseGuard } from './useCloseGuard.ts';

/**
 * A dialog around an ApiForm: Enter or the OK button saves, Esc / 取消 / a click outside closes — after
 * asking, if something was typed — and a refusal that names no field shows above the buttons.
 */
export function FormModal<S extends z.ZodType<FieldValues, FieldValues>>({
  api,
  title,
  okText,
  danger = false,
  width,
  onClose,
  children,
}: {
  api: ApiForm<S>;
  title: ReactNode;
  okText: string;
  danger?: boolean;
  width?: number;
  onClose(): void;
  children: ReactNode;
}) {
  const requestClose = useCloseGuard(api.dirty, onClose);
  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText="取消"
      onOk={() => void api.submit()}
      onCancel={requestClose}
      confirmLoading={api.saving}
      width={width}
    >
      <Form layout="vertical" component="form" onFinish={() => void api.submit()}>
        {children}
        {api.banner && <Alert type="error" title={api.banner} showIcon />}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
