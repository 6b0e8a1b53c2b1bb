import { Center, Loader } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth';

/**
 * Renders its child routes for a signed-in user. The tokens live in localStorage, so after a hard reload
 * the session is still there: it waits for GET /api/me instead of bouncing to the sign-in page.
 */
export function ProtectedRoute() {
  const { isAuthenticated, isLoading } = useAuth();
  const location = useLocation();
  if (!isAuthenticated) {
    return <Navigate to={paths.login} replace state={{ from: location.pathname + location.search }} />;
  }
  if (isLoading) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading your session" />
      </Center>
    );
  }
  return <Outlet />;
}
