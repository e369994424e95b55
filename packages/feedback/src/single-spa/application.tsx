/**
 * The application's lifecycles, taking props of any shape, as a host written in JavaScript may
 * pass them (the module parses them on every mount and update). With its siblings, the only files
 * that know single-spa-react exists, so an upgrade of it touches this folder alone. src/entry.ts
 * gives them their public types; tests of what a wrong prop does call these.
 */
import { FeedbackRoot } from '../app/feedback-root';
import { ModuleRootFallback } from '../app/module-root-fallback';
import { moduleLifecycles } from './module-lifecycles';

/** The application: the support pages under the host's `basePath`. */
export const applicationLifecycles = moduleLifecycles({
  rootComponent: FeedbackRoot,
  errorBoundary: (props) => <ModuleRootFallback {...props} />,
});
