import { Component, Fragment, type ReactNode } from 'react';
import { Button } from '../shared/ui/button';
import { useDeskI18n } from '../shared/i18n/i18n';

function CrashScreen({ onRestart }: { onRestart?: (() => void) | undefined }) {
  const { m } = useDeskI18n();
  return (
    <div className="ss-alert" role="alert">
      <h1 className="ss-alert__title">{m.frame.crashTitle}</h1>
      <p>{m.frame.crashText}</p>
      {onRestart && (
        <Button variant="primary" onClick={onRestart}>
          {m.frame.restart}
        </Button>
      )}
    </div>
  );
}

interface State {
  crashed: boolean;
  attempt: number;
}

/**
 * Catches what escapes a screen: a translated message with a restart instead of a blank area in
 * the back office (and never the host page taken down). The error goes on to the page's error
 * reporting.
 */
export class DeskErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { crashed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { crashed: true };
  }

  override componentDidCatch(error: unknown): void {
    reportError(error);
  }

  private readonly restart = () => {
    this.setState(({ attempt }) => ({ crashed: false, attempt: attempt + 1 }));
  };

  override render() {
    if (this.state.crashed) return <CrashScreen onRestart={this.restart} />;
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}

/** For single-spa-react's own boundary, reached only if the frame itself fails: no restart from there. */
export { CrashScreen as DeskCrashScreen };
