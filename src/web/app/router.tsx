import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireAuth, RequirePermission } from './auth/guards';
import { AppLayout } from './layout/app-layout';
import { PERMISSIONS } from './menu';
import { RouteErrorPage } from './pages/error-page';
import { FullPageSpin } from './pages/full-page-spin';

const LoginPage = lazy(() => import('./pages/login-page'));
const HomePage = lazy(() => import('./pages/home-page'));
const NotFoundPage = lazy(() => import('./pages/not-found-page'));
const NotificationsPage = lazy(() => import('../modules/notifications/notifications-page'));
const ChangePasswordPage = lazy(() => import('../modules/account/change-password-page'));
const DepartmentsPage = lazy(() => import('../modules/identity/departments/departments-page'));
const UsersPage = lazy(() => import('../modules/identity/users/users-page'));
const RolesPage = lazy(() => import('../modules/identity/roles/roles-page'));
const AuditPage = lazy(() => import('../modules/identity/audit/audit-page'));
const InstitutionsPage = lazy(() => import('../modules/registry/institutions-page'));
const InstitutionDetailPage = lazy(() => import('../modules/registry/institution-detail-page'));
const PractitionersPage = lazy(() => import('../modules/registry/practitioners-page'));
const PractitionerDetailPage = lazy(() => import('../modules/registry/practitioner-detail-page'));
const CodeListsPage = lazy(() => import('../modules/registry/code-lists-page'));
const InstitutionEditPage = lazy(() => import('../modules/registry/institution-edit-page'));
const PractitionerEditPage = lazy(() => import('../modules/registry/practitioner-edit-page'));
const ImportsPage = lazy(() => import('../modules/registry/imports-page'));
const ImportDetailPage = lazy(() => import('../modules/registry/import-detail-page'));
const BatchesPage = lazy(() => import('../modules/screening/batches-page'));
const BatchDetailPage = lazy(() => import('../modules/screening/batch-detail-page'));
const WarningsPage = lazy(() => import('../modules/screening/warnings-page'));
const WarningDetailPage = lazy(() => import('../modules/screening/warning-detail-page'));
const CluesPage = lazy(() => import('../modules/screening/clues-page'));
const ClueDetailPage = lazy(() => import('../modules/screening/clue-detail-page'));
const ScreeningDashboardPage = lazy(() => import('../modules/screening/dashboard-page'));

function guarded(permission: string, page: ReactNode) {
  return <RequirePermission permission={permission}>{page}</RequirePermission>;
}

export const router = createBrowserRouter([
  {
    path: '/login',
    errorElement: <RouteErrorPage />,
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    errorElement: <RouteErrorPage />,
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'account/password', element: <ChangePasswordPage /> },
      { path: 'registry/institutions', element: guarded(PERMISSIONS.registryRead, <InstitutionsPage />) },
      {
        path: 'registry/institutions/:id',
        element: guarded(PERMISSIONS.registryRead, <InstitutionDetailPage />),
      },
      { path: 'registry/practitioners', element: guarded(PERMISSIONS.registryRead, <PractitionersPage />) },
      {
        path: 'registry/practitioners/:id',
        element: guarded(PERMISSIONS.registryRead, <PractitionerDetailPage />),
      },
      { path: 'registry/code-lists', element: guarded(PERMISSIONS.registryRead, <CodeListsPage />) },
      {
        path: 'registry/institutions/new',
        element: guarded(PERMISSIONS.registryManage, <InstitutionEditPage />),
      },
      {
        path: 'registry/institutions/:id/edit',
        element: guarded(PERMISSIONS.registryManage, <InstitutionEditPage />),
      },
      {
        path: 'registry/practitioners/new',
        element: guarded(PERMISSIONS.registryManage, <PractitionerEditPage />),
      },
      {
        path: 'registry/practitioners/:id/edit',
        element: guarded(PERMISSIONS.registryManage, <PractitionerEditPage />),
      },
      { path: 'registry/imports', element: guarded(PERMISSIONS.registryImport, <ImportsPage />) },
      {
        path: 'registry/imports/:id',
        element: guarded(PERMISSIONS.registryImport, <ImportDetailPage />),
      },
      { path: 'screening/batches', element: guarded(PERMISSIONS.screeningRead, <BatchesPage />) },
      { path: 'screening/batches/:id', element: guarded(PERMISSIONS.screeningRead, <BatchDetailPage />) },
      { path: 'screening/warnings', element: guarded(PERMISSIONS.screeningRead, <WarningsPage />) },
      { path: 'screening/warnings/:id', element: guarded(PERMISSIONS.screeningRead, <WarningDetailPage />) },
      { path: 'screening/clues', element: guarded(PERMISSIONS.screeningRead, <CluesPage />) },
      { path: 'screening/clues/:id', element: guarded(PERMISSIONS.screeningRead, <ClueDetailPage />) },
      {
        path: 'screening/dashboard',
        element: guarded(PERMISSIONS.screeningRead, <ScreeningDashboardPage />),
      },
      { path: 'admin/departments', element: guarded(PERMISSIONS.departmentsRead, <DepartmentsPage />) },
      { path: 'admin/users', element: guarded(PERMISSIONS.usersRead, <UsersPage />) },
      { path: 'admin/roles', element: guarded(PERMISSIONS.rolesRead, <RolesPage />) },
      { path: 'admin/audit', element: guarded(PERMISSIONS.auditRead, <AuditPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
