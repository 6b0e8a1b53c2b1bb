import { AnalyticsTab } from '@/features/analytics/components/analytics-tab';
import { EndpointsTab } from '@/features/endpoints/components/endpoints-tab';
import { InspectorTab } from '@/features/inspector/components/inspector-tab';
import type { ProjectPanels } from '@/features/projects/components/project-page';

// The project page shows other features' tabs; they meet here, in the app layer, so no feature imports
// another (STYLE: "no imports from one feature into another").
export const projectPanels: ProjectPanels = {
  endpoints: EndpointsTab,
  inspector: InspectorTab,
  analytics: AnalyticsTab,
};
