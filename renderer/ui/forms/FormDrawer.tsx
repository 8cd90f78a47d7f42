import type { ReactNode } from 'react';
import { Alert, Button, Drawer, Form, Space } from 'antd';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiForm } from './useApiForm.ts';
import { useCloseGuard } from './useCloseGuard.ts';

/** A side panel around a long ApiForm (an admission): the same saving and closing rules as FormModal. */
export function FormDrawer<S extends z.ZodType<FieldValues, FieldValues>>({
  api,
  title,
  okText,
  size = 760,
  label,
  onClose,
  children,
}: {
  api: ApiForm<S>;
  title: ReactNode;
  okText: string;
  size?: number;
  /** The form's accessible name. */
  label: string;
  onClose(): void;
  children: ReactNode;
}) {
  const requestClose = useCloseGuard(api.dirty, onClose);
  return (
    <Drawer
      open
      onClose={requestClose}
      size={size}
      title={title}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={requestClose}>取消</Button>
          <Button type="primary" onClick={() => void api.submit()} loading={api.saving}>
            {okText}
          </Button>
        </Space>
      }
    >
      <Form layout="vertical" component="form" onFinish={() => void api.submit()} aria-label={label}>
        {children}
        {api.banner && <Alert type="error" title={api.banner} showIcon style={{ marginBottom: 12 }} />}
        <button type="submit" hidden />
      </Form>
    </Drawer>
  );
}
