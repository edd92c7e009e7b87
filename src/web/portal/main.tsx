import { lazy, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { RouteErrorPage } from '../app/pages/error-page';
import { AppProviders } from '../app/providers';
import '../app/styles.css';
import { PortalLayout } from './portal-layout';

const SupervisingBodiesPage = lazy(() => import('./supervising-bodies-page'));
const NotFoundPage = lazy(() => import('../app/pages/not-found-page'));

const router = createBrowserRouter(
  [
    {
      path: '/',
      element: <PortalLayout />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <SupervisingBodiesPage /> },
        { path: '*', element: <NotFoundPage homePath="/" /> },
      ],
    },
  ],
  { basename: '/portal' },
);

const container = document.getElementById('root');
if (!container) throw new Error('#root element missing');

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
