import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '@/components/ui/loading';

/**
 * A component whose code loads on its first render, as a chunk of its own, so the first page does not
 * wait for every page's libraries (CodeMirror, Recharts). Until it arrives, a loader named `label` shows.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  label: string,
): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() })) as ComponentType<P>;
  return function LazyComponent(props: P) {
    return (
      <Suspense fallback={<Loading label={label} />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
