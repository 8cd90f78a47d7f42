import { lazy, Suspense, useState } from 'react';
import { Button, Layout, Menu, Space, Spin, Switch, Tag, Tooltip } from 'antd';
import {
  AuditOutlined,
  BankOutlined,
  CloudDownloadOutlined,
  DashboardOutlined,
  LockOutlined,
  LogoutOutlined,
  TeamOutlined,
  AppstoreOutlined,
  AlertOutlined,
  FileTextOutlined,
  UserOutlined,
  MedicineBoxOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS, ROLES } from '../../core/shared/roles.ts';
import { USER_ADMINS } from '../../core/users/access.ts';
import { AUDIT_READERS } from '../../core/audit/access.ts';
import { BACKUP_OPERATORS } from '../../core/system/access.ts';
import { PACK_READERS } from '../../core/districtPack/access.ts';
import { AGREEMENT_READERS } from '../../core/agreements/access.ts';
import { SIGNING_READERS } from '../../core/signings/access.ts';
import { useSession } from './session.tsx';
import { useApiMutation } from '../api/hooks.ts';
import { ChangeOwnPasswordDialog } from '../features/users/UserDialogs.tsx';

// Each page is a chunk of its own, loaded the first time it is opened: the sign-in screen and the first page
// need neither the roster's drawers nor the audit log (vite.config.ts splits the libraries the same way).
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })));
const RosterPage = lazy(() => import('../features/residents/RosterPage.tsx').then((m) => ({ default: m.RosterPage })));
const BedMapPage = lazy(() => import('../features/beds/BedMapPage.tsx').then((m) => ({ default: m.BedMapPage })));
const IncidentsPage = lazy(() => import('../features/incidents/IncidentsPage.tsx').then((m) => ({ default: m.IncidentsPage })));
const CentrePage = lazy(() => import('../features/agreements/CentrePage.tsx').then((m) => ({ default: m.CentrePage })));
const SigningsPage = lazy(() => import('../features/signings/SigningsPage.tsx').then((m) => ({ default: m.SigningsPage })));
const DistrictPackPage = lazy(() => import('../features/districtPack/DistrictPackPage.tsx').then((m) => ({ default: m.DistrictPackPage })));
const AuditPage = lazy(() => import('../features/audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));
const UsersPage = lazy(() => import('../features/users/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
const InstitutionPage = lazy(() => import('../features/institution/InstitutionPage.tsx').then((m) => ({ default: m.InstitutionPage })));
const BackupPage = lazy(() => import('../features/system/BackupPage.tsx').then((m) => ({ default: m.BackupPage })));

const PAGES = [
  { path: '/', label: '总览', icon: <DashboardOutlined />, roles: ROLES, element: <DashboardPage /> },
  { path: '/residents', label: '住养老人', icon: <TeamOutlined />, roles: ROLES, element: <RosterPage /> },
  { path: '/beds', label: '床位图', icon: <AppstoreOutlined />, roles: ROLES, element: <BedMapPage /> },
  { path: '/incidents', label: '意外事件', icon: <AlertOutlined />, roles: ROLES, element: <IncidentsPage /> },
  { path: '/centre', label: '签约医疗机构', icon: <MedicineBoxOutlined />, roles: AGREEMENT_READERS, element: <CentrePage /> },
  { path: '/signings', label: '家庭医生签约', icon: <SolutionOutlined />, roles: SIGNING_READERS, element: <SigningsPage /> },
  { path: '/district-pack', label: '区级报送', icon: <FileTextOutlined />, roles: PACK_READERS, element: <DistrictPackPage /> },
  { path: '/institution', label: '机构信息', icon: <BankOutlined />, roles: ROLES, element: <InstitutionPage /> },
  { path: '/users', label: '用户管理', icon: <UserOutlined />, roles: USER_ADMINS, element: <UsersPage /> },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, roles: AUDIT_READERS, element: <AuditPage /> },
  { path: '/backups', label: '数据备份', icon: <CloudDownloadOutlined />, roles: BACKUP_OPERATORS, element: <BackupPage /> },
];

export function Shell({ largeText, onLargeText }: { largeText: boolean; onLargeText(on: boolean): void }) {
  const { status, user, lock, signOut, can } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const pages = PAGES.filter((p) => can(p.roles));
  const demo = status.mode === 'demo';
  const [changingPassword, setChangingPassword] = useState(false);

  const savePreference = useApiMutation('users.setPreferences');
  const toggleLargeText = (on: boolean) => {
    onLargeText(on);
    savePreference.mutate({ largeText: on });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {demo && <div className="demo-ribbon">演示数据 · 本页内容均为虚构，仅供熟悉软件使用</div>}
      <Layout>
        <Layout.Sider width={largeText ? 230 : 200} theme="light" breakpoint="lg" collapsedWidth={64}>
          <div style={{ padding: '18px 16px', fontWeight: 700, fontSize: '1.15em', color: '#1f5fbf' }}>养老医务通</div>
          <Menu
            mode="inline"
            selectedKeys={[pages.find((p) => p.path !== '/' && location.pathname.startsWith(p.path))?.path ?? '/']}
            items={pages.map((p) => ({ key: p.path, icon: p.icon, label: p.label }))}
            onClick={(e) => void navigate(e.key)}
          />
        </Layout.Sider>
        <Layout>
          <Layout.Header
            style={{ background: '#fff', padding: '0 20px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #e6e9ee' }}
          >
            <Space size="middle">
              <strong>{status.institutionName}</strong>
              {demo && <Tag color="orange">演示数据</Tag>}
            </Space>
            <Space size="middle">
              <Tooltip title="修改我的密码">
                <Button type="text" onClick={() => setChangingPassword(true)}>
                  {user.displayName}（{ROLE_LABELS[user.role]}）
                </Button>
              </Tooltip>
              <Tooltip title="放大全部文字和按钮，按用户保存">
                <span>
                  大字 <Switch checked={largeText} onChange={toggleLargeText} aria-label="大字显示" />
                </span>
              </Tooltip>
              <Button icon={<LockOutlined />} onClick={lock}>
                锁定
              </Button>
              <Button icon={<LogoutOutlined />} onClick={signOut}>
                退出
              </Button>
            </Space>
          </Layout.Header>
          <Layout.Content>
            <Suspense fallback={<Spin style={{ display: 'block', margin: '80px auto' }} />}>
              <Routes>
                {pages.map((p) => (
                  <Route key={p.path} path={p.path} element={p.element} />
                ))}
                <Route path="*" element={<Navigate to="/" replace />} />
              </Routes>
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
      {changingPassword && <ChangeOwnPasswordDialog onClose={() => setChangingPassword(false)} />}
    </Layout>
  );
}
