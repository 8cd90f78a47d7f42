import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, List, Result, Spin, Tag } from 'antd';
import { institutionInput, type Institution } from '../../../core/institution/schema.ts';
import { INSTITUTION_EDITORS } from '../../../core/institution/access.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { useApiForm } from '../../ui/forms/useApiForm.ts';
import { useCloseGuard } from '../../ui/forms/useCloseGuard.ts';
import { InstitutionFields } from './InstitutionFields.tsx';

function InstitutionForm({ institution, onDone }: { institution: Institution; onDone(): void }) {
  const { isDemo: _d, regionName: _r, createdAt: _c, updatedAt: _u, ...values } = institution;
  const api = useApiForm({ method: 'institution.update', schema: institutionInput, defaults: values, success: () => '机构信息已保存', onSaved: onDone });
  const cancel = useCloseGuard(api.dirty, onDone);
  return (
    <Form layout="vertical" component="form" onFinish={() => void api.submit()}>
      <InstitutionFields control={api.form.control} />
      {api.banner && <Alert type="error" title={api.banner} showIcon style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={api.saving} style={{ marginRight: 8 }}>
        保存
      </Button>
      <Button onClick={cancel}>取消</Button>
    </Form>
  );
}

/** 机构信息 and the region profile the app applies, rule by rule with its clause. */
export function InstitutionPage() {
  const { can } = useSession();
  const institution = useApiQuery('institution.get', {});
  const profile = useApiQuery('policy.currentProfile', {});
  const [editing, setEditing] = useState(false);
  if (institution.isPending) return <Spin style={{ margin: 40 }} />;
  if (institution.isError) return <Result status="error" title={institution.error.message} />;
  const i = institution.data;
  return (
    <div className="page">
      <div className="page-title">
        <h1>机构信息</h1>
        {can(INSTITUTION_EDITORS) && !editing && <Button onClick={() => setEditing(true)}>修改</Button>}
      </div>
      <Card style={{ marginBottom: 16 }}>
        {editing ? (
          <InstitutionForm institution={i} onDone={() => setEditing(false)} />
        ) : (
          <Descriptions column={2} bordered>
            <Descriptions.Item label="机构名称" span={2}>{i.name}</Descriptions.Item>
            <Descriptions.Item label="统一社会信用代码">{i.creditCode}</Descriptions.Item>
            <Descriptions.Item label="民政备案号">{i.civilAffairsFilingNo || '—'}</Descriptions.Item>
            <Descriptions.Item label="地址" span={2}>{i.address}</Descriptions.Item>
            <Descriptions.Item label="核定床位数">{i.licensedBeds} 张</Descriptions.Item>
            <Descriptions.Item label="开业日期">{i.openedOn}</Descriptions.Item>
            <Descriptions.Item label="院长（负责人）">{i.directorName}</Descriptions.Item>
            <Descriptions.Item label="机构电话">{i.phone || '—'}</Descriptions.Item>
            <Descriptions.Item label="适用地区">{i.regionName}</Descriptions.Item>
            <Descriptions.Item label="无操作自动锁定">{i.idleLockMinutes} 分钟</Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      {profile.data && (
        <Card title={`适用政策：${profile.data.name}`}>
          <p className="muted">{profile.data.description} 软件的各项提示均按下列规定执行，可向检查人员出示出处。</p>
          <List
            dataSource={profile.data.rules}
            renderItem={(r) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <>
                      <Tag color={r.inherited ? 'default' : 'blue'}>{r.origin}</Tag>
                      {r.unverified && <Tag color="orange">待核实</Tag>}
                      {r.label}：{r.summary}
                    </>
                  }
                  description={
                    <>
                      {r.citedThrough && <div>{r.citedThrough}</div>}
                      依据 {r.cite}：“{r.quote}”{r.note && <div>注：{r.note}</div>}
                    </>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      )}
    </div>
  );
}
