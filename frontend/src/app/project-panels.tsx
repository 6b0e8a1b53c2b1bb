import { lazyComponent } from '@/app/lazy-component';
import type { ProjectActions, ProjectPanels } from '@/features/projects/components/project-page';

// The project page shows other features' tabs; they meet here, in the app layer, so no feature imports
// another (STYLE: "no imports from one feature into another"). Each tab loads when first opened: the
// endpoints tab brings CodeMirror, the analytics tab Recharts.
export const projectPanels: ProjectPanels = {
  endpoints: lazyComponent(
    () => import('@/features/endpoints/components/endpoints-tab').then((m) => m.EndpointsTab),
    'Loading endpoints',
  ),
  inspector: lazyComponent(
    () => import('@/features/inspector/components/inspector-tab').then((m) => m.InspectorTab),
    'Loading live inspector',
  ),
  analytics: lazyComponent(
    () => import('@/features/analytics/components/analytics-tab').then((m) => m.AnalyticsTab),
    'Loading analytics',
  ),
};

// Import and export sit in the page's header; the dialog's code loads with the page, not with the app.
export const projectActions: ProjectActions = lazyComponent(
  () => import('@/features/transfer/components/transfer-actions').then((m) => m.TransferActions),
  'Loading import and export',
);
