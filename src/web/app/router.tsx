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
      { path: 'admin/departments', element: guarded(PERMISSIONS.departmentsRead, <DepartmentsPage />) },
      { path: 'admin/users', element: guarded(PERMISSIONS.usersRead, <UsersPage />) },
      { path: 'admin/roles', element: guarded(PERMISSIONS.rolesRead, <RolesPage />) },
      { path: 'admin/audit', element: guarded(PERMISSIONS.auditRead, <AuditPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
