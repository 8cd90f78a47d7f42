import { Alert, Button, Card, Col, Form, Input, Row } from 'antd';
import { setupInput } from '../../../core/auth/schema.ts';
import { PASSWORD_RULE } from '../../../core/users/schema.ts';
import { setSession } from '../../api/client.ts';
import { Field } from '../../ui/Field.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { EMPTY_INSTITUTION, InstitutionFields } from '../institution/InstitutionFields.tsx';

/** 初始设置 on a new real data folder: the home's profile and the director's account, on one page. */
export function SetupPage({ onDone }: { onDone(): void }) {
  const api = useApiForm({
    method: 'auth.setup',
    schema: setupInput,
    defaults: {
      institution: EMPTY_INSTITUTION,
      director: { username: '', displayName: '', password: '', passwordConfirm: '' },
    },
    onSaved: (r) => {
      setSession(r.sessionId);
      onDone();
    },
  });
  const { control } = api.form;
  return (
    <div style={{ maxWidth: 880, margin: '24px auto', padding: '0 16px' }}>
      <h1>欢迎使用养老医务通</h1>
      <p className="muted">这是一个新的数据文件夹。请填写机构信息，并为院长建立登录账号。以后可在“机构信息”中修改。</p>
      <Form layout="vertical" component="form" onFinish={() => void api.submit()}>
        <Card title="一、机构信息" style={{ marginBottom: 16 }}>
          <InstitutionFields control={control} prefix="institution." />
        </Card>
        <Card title="二、院长账号" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Field control={control} name="director.displayName" label="姓名" required>
                {(f) => <Input {...f} id="director.displayName" />}
              </Field>
            </Col>
            <Col xs={24} md={12}>
              <Field control={control} name="director.username" label="登录名" required help="2–20 位汉字、字母或数字">
                {(f) => <Input {...f} id="director.username" autoComplete="username" />}
              </Field>
            </Col>
            <Col xs={24} md={12}>
              <Field control={control} name="director.password" label="密码" required help={PASSWORD_RULE}>
                {(f) => <Input.Password {...f} id="director.password" autoComplete="new-password" />}
              </Field>
            </Col>
            <Col xs={24} md={12}>
              <Field control={control} name="director.passwordConfirm" label="再输入一次密码" required>
                {(f) => <Input.Password {...f} id="director.passwordConfirm" autoComplete="new-password" />}
              </Field>
            </Col>
          </Row>
        </Card>
        {api.banner && <Alert type="error" title={api.banner} showIcon style={{ marginBottom: 12 }} />}
        <Button type="primary" size="large" htmlType="submit" loading={api.saving}>
          完成设置并进入
        </Button>
      </Form>
    </div>
  );
}
