import { Component, Fragment, type ReactNode } from 'react';
import { CrashScreen } from './crash-screen';
import { useEmitModuleEvent } from './module-events';

export interface ModuleErrorBoundaryProps {
  /** Told once per crash; the module reports it to the host. */
  onCrash: (error: unknown) => void;
  children: ReactNode;
}

interface ModuleErrorBoundaryState {
  crashed: boolean;
  /** Bumped by "restart", so the screens below mount again from scratch. */
  attempt: number;
}

/**
 * Catches what escapes a screen, so a bug shows a translated message with a restart action
 * instead of a blank area in the host's page (and never takes the host down).
 */
export class ModuleErrorBoundary extends Component<ModuleErrorBoundaryProps, ModuleErrorBoundaryState> {
  override state: ModuleErrorBoundaryState = { crashed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<ModuleErrorBoundaryState> {
    return { crashed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onCrash(error);
  }

  private readonly reload = () => {
    this.setState(({ attempt }) => ({ crashed: false, attempt: attempt + 1 }));
  };

  override render() {
    if (this.state.crashed) return <CrashScreen onReload={this.reload} />;
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}

/** The module's crash boundary, reporting each crash to the host as `module-failed`/`crashed`. */
export function ModuleCrashGuard({ children }: { children: ReactNode }) {
  const emit = useEmitModuleEvent();
  return (
    <ModuleErrorBoundary onCrash={() => emit({ type: 'module-failed', reason: 'crashed' })}>
      {children}
    </ModuleErrorBoundary>
  );
}
