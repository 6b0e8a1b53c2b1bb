import { useLocation, useNavigate } from 'react-router';
import { paths } from '@/config/paths';

/** Where to go once signed in: the protected page that sent us to sign in, else the dashboard. */
export function useRedirectAfterAuth(): { target: string; go: () => void } {
  const location = useLocation();
  const navigate = useNavigate();
  const from = (location.state as { from?: string } | null)?.from;
  const target = from && from.startsWith('/') && from !== paths.login ? from : paths.home;
  return { target, go: () => navigate(target, { replace: true }) };
}
