import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Button, Layout, Menu, Space, Spin, Switch, Tag, Tooltip, type MenuProps } from 'antd';
import {
  AuditOutlined,
  BankOutlined,
  CloudDownloadOutlined,
  DashboardOutlined,
  LockOutlined,
  LogoutOutlined,
  TeamOutlined,
  AppstoreOutlined,
  HeartOutlined,
  AlertOutlined,
  FileTextOutlined,
  UserOutlined,
  MedicineBoxOutlined,
  SolutionOutlined,
  FileProtectOutlined,
  ApartmentOutlined,
  SafetyCertificateOutlined,
  FileSearchOutlined,
  ScheduleOutlined,
} from '@ant-design/icons';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS, ROLES, type Role } from '../../core/shared/roles.ts';
import { USER_ADMINS } from '../../core/users/access.ts';
import { AUDIT_READERS } from '../../core/audit/access.ts';
import { BACKUP_OPERATORS } from '../../core/system/access.ts';
import { VITALS_READERS } from '../../core/vitals/access.ts';
import { PACK_READERS } from '../../core/districtPack/access.ts';
import { AGREEMENT_READERS } from '../../core/agreements/access.ts';
import { SIGNING_READERS } from '../../core/signings/access.ts';
import { ASSESSMENT_READERS } from '../../core/assessments/access.ts';
import { RECORD_READERS } from '../../core/records/access.ts';
import { CLINIC_READERS } from '../../core/clinic/access.ts';
import { COMPLIANCE_READERS } from '../../core/policy/access.ts';
import { INSPECTION_READERS } from '../../core/inspection/access.ts';
import { ENCOUNTER_READERS } from '../../core/encounters/access.ts';
import { ORDER_READERS } from '../../core/medication/access.ts';
import { STOCK_READERS } from '../../core/stock/access.ts';
import { INFECTION_READERS } from '../../core/infection/access.ts';
import { DESIGNATION_READERS } from '../../core/designation/access.ts';
import { useSession } from './session.tsx';
import { useApiMutation } from '../api/hooks.ts';
import { ChangeOwnPasswordDialog } from '../features/users/UserDialogs.tsx';
import { useGuardedLeave } from '../ui/forms/leaveGuard.ts';

// Each page is a chunk of its own, loaded the first time it is opened: the sign-in screen and the first page
// need neither the roster's drawers nor the audit log (vite.config.ts splits the libraries the same way).
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })));
const RosterPage = lazy(() => import('../features/residents/RosterPage.tsx').then((m) => ({ default: m.RosterPage })));
const BedMapPage = lazy(() => import('../features/beds/BedMapPage.tsx').then((m) => ({ default: m.BedMapPage })));
const VitalsPage = lazy(() => import('../features/vitals/VitalsPage.tsx').then((m) => ({ default: m.VitalsPage })));
const VitalsResidentPage = lazy(() => import('../features/vitals/VitalsResidentPage.tsx').then((m) => ({ default: m.VitalsResidentPage })));
const IncidentsPage = lazy(() => import('../features/incidents/IncidentsPage.tsx').then((m) => ({ default: m.IncidentsPage })));
const DeadlinesPage = lazy(() => import('../features/deadlines/DeadlinesPage.tsx').then((m) => ({ default: m.DeadlinesPage })));
const CentrePage = lazy(() => import('../features/agreements/CentrePage.tsx').then((m) => ({ default: m.CentrePage })));
const SigningsPage = lazy(() => import('../features/signings/SigningsPage.tsx').then((m) => ({ default: m.SigningsPage })));
const DistrictPackPage = lazy(() => import('../features/districtPack/DistrictPackPage.tsx').then((m) => ({ default: m.DistrictPackPage })));
const AuditPage = lazy(() => import('../features/audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));
const UsersPage = lazy(() => import('../features/users/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
const InstitutionPage = lazy(() => import('../features/institution/InstitutionPage.tsx').then((m) => ({ default: m.InstitutionPage })));
const RecordPage = lazy(() => import('../features/records/RecordPage.tsx').then((m) => ({ default: m.RecordPage })));
const NursePage = lazy(() => import('../features/records/NursePage.tsx').then((m) => ({ default: m.NursePage })));
const BackupPage = lazy(() => import('../features/system/BackupPage.tsx').then((m) => ({ default: m.BackupPage })));
const ClinicPage = lazy(() => import('../features/clinic/ClinicPage.tsx').then((m) => ({ default: m.ClinicPage })));
const StaffPage = lazy(() => import('../features/clinic/StaffPage.tsx').then((m) => ({ default: m.StaffPage })));
const EncountersPage = lazy(() => import('../features/encounters/EncountersPage.tsx').then((m) => ({ default: m.EncountersPage })));
const MedicationPage = lazy(() => import('../features/medication/MedicationPage.tsx').then((m) => ({ default: m.MedicationPage })));
const StockPage = lazy(() => import('../features/stock/StockPage.tsx').then((m) => ({ default: m.StockPage })));
const InfectionPage = lazy(() => import('../features/infection/InfectionPage.tsx').then((m) => ({ default: m.InfectionPage })));
const DesignationPage = lazy(() => import('../features/designation/DesignationPage.tsx').then((m) => ({ default: m.DesignationPage })));
const InspectionPage = lazy(() => import('../features/inspection/InspectionPage.tsx').then((m) => ({ default: m.InspectionPage })));
const CompliancePage = lazy(() => import('../features/compliance/CompliancePage.tsx').then((m) => ({ default: m.CompliancePage })));

/** The in-house clinic's screens, under one heading of the menu (内设医疗机构). */
const CLINIC_GROUP = { key: 'clinic', label: '医务室', icon: <MedicineBoxOutlined /> };

interface PageDef {
  path: string;
  label: string;
  icon?: ReactNode;
  roles: readonly Role[];
  element: ReactNode;
  group?: typeof CLINIC_GROUP;
}

const PAGES: PageDef[] = [
  { path: '/', label: '总览', icon: <DashboardOutlined />, roles: ROLES, element: <DashboardPage /> },
  { path: '/deadlines', label: '待办期限', icon: <ScheduleOutlined />, roles: ROLES, element: <DeadlinesPage /> },
  { path: '/residents', label: '住养老人', icon: <TeamOutlined />, roles: ROLES, element: <RosterPage /> },
  { path: '/beds', label: '床位图', icon: <AppstoreOutlined />, roles: ROLES, element: <BedMapPage /> },
  { path: '/vitals', label: '生命体征', icon: <HeartOutlined />, roles: VITALS_READERS, element: <VitalsPage /> },
  { path: '/care', label: '护理与健康', icon: <MedicineBoxOutlined />, roles: ASSESSMENT_READERS, element: <NursePage /> },
  { path: '/incidents', label: '意外事件', icon: <AlertOutlined />, roles: ROLES, element: <IncidentsPage /> },
  { path: '/encounters', label: '诊疗记录', roles: ENCOUNTER_READERS, element: <EncountersPage />, group: CLINIC_GROUP },
  { path: '/medication', label: '用药管理', roles: ORDER_READERS, element: <MedicationPage />, group: CLINIC_GROUP },
  { path: '/stock', label: '药品库存', roles: STOCK_READERS, element: <StockPage />, group: CLINIC_GROUP },
  { path: '/clinic/waste', label: '感染控制', roles: INFECTION_READERS, element: <InfectionPage />, group: CLINIC_GROUP },
  { path: '/clinic/staff', label: '人员与执照', roles: CLINIC_READERS, element: <StaffPage />, group: CLINIC_GROUP },
  { path: '/clinic', label: '医务室信息', roles: CLINIC_READERS, element: <ClinicPage />, group: CLINIC_GROUP },
  { path: '/compliance', label: '合规检查', icon: <SafetyCertificateOutlined />, roles: COMPLIANCE_READERS, element: <CompliancePage /> },
  { path: '/centre', label: '签约医疗机构', icon: <ApartmentOutlined />, roles: AGREEMENT_READERS, element: <CentrePage /> },
  { path: '/signings', label: '家庭医生签约', icon: <SolutionOutlined />, roles: SIGNING_READERS, element: <SigningsPage /> },
  { path: '/designation', label: '定点申报', icon: <FileProtectOutlined />, roles: DESIGNATION_READERS, element: <DesignationPage /> },
  { path: '/inspection', label: '迎检自查', icon: <FileSearchOutlined />, roles: INSPECTION_READERS, element: <InspectionPage /> },
  { path: '/district-pack', label: '区级报送', icon: <FileTextOutlined />, roles: PACK_READERS, element: <DistrictPackPage /> },
  { path: '/institution', label: '机构信息', icon: <BankOutlined />, roles: ROLES, element: <InstitutionPage /> },
  { path: '/users', label: '用户管理', icon: <UserOutlined />, roles: USER_ADMINS, element: <UsersPage /> },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, roles: AUDIT_READERS, element: <AuditPage /> },
  { path: '/backups', label: '数据备份', icon: <CloudDownloadOutlined />, roles: BACKUP_OPERATORS, element: <BackupPage /> },
];

/** The menu: pages in order, those of a group under its heading (kept where the group's first page stands). */
function menuItems(pages: PageDef[]): MenuProps['items'] {
  const items: NonNullable<MenuProps['items']> = [];
  const groups = new Map<string, { key: string; icon: ReactNode; label: string; children: { key: string; label: string }[] }>();
  for (const p of pages) {
    if (!p.group) {
      items.push({ key: p.path, icon: p.icon, label: p.label });
      continue;
    }
    let group = groups.get(p.group.key);
    if (!group) {
      group = { key: p.group.key, icon: p.group.icon, label: p.group.label, children: [] };
      groups.set(p.group.key, group);
      items.push(group);
    }
    group.children.push({ key: p.path, label: p.label });
  }
  return items;
}

export function Shell({ largeText, onLargeText }: { largeText: boolean; onLargeText(on: boolean): void }) {
  const { status, user, lock, signOut, can } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const pages = PAGES.filter((p) => can(p.roles));
  // The longest path that starts the address: /clinic/staff, not /clinic, while on the staff page.
  const current = pages
    .filter((p) => p.path !== '/' && location.pathname.startsWith(p.path))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const demo = status.mode === 'demo';
  const [changingPassword, setChangingPassword] = useState(false);
  const leave = useGuardedLeave();

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
            selectedKeys={[current?.path ?? '/']}
            defaultOpenKeys={[CLINIC_GROUP.key]}
            items={menuItems(pages)}
            onClick={(e) => leave(() => void navigate(e.key))}
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
              <Button icon={<LogoutOutlined />} onClick={() => leave(signOut)}>
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
                {can(VITALS_READERS) && <Route path="/vitals/residents/:id" element={<VitalsResidentPage />} />}
                {can(RECORD_READERS) && <Route path="/residents/:id/record" element={<RecordPage />} />}
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
