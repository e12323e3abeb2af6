import { Component, useEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './useT';
import './boundary.css';

/** The panels that each fail on their own (their names are in the storage i18n part). */
export type PanelName = 'editor' | 'graph' | 'simulator' | 'lessons' | 'dialog';

/** The window event that makes one panel fail (end-to-end tests use it to prove recovery). */
export const CRASH_EVENT = 'rolemap:crash-panel';

interface Props {
  panel: PanelName;
  children: ReactNode;
  /** Runs at once when the panel fails: the app saves the workspace there. */
  onCrash?: () => void;
  /** Offered beside Retry for a dialog, which may simply be closed. */
  onClose?: () => void;
}

interface State {
  failed: boolean;
  attempt: number;
}

/** Throws while rendering once the crash event names this panel (a real render-time failure). */
function CrashProbe({ panel }: { panel: PanelName }) {
  const [crash, setCrash] = useState(false);
  useEffect(() => {
    const onCrash = (e: Event) => {
      if (e instanceof CustomEvent && e.detail === panel) setCrash(true);
    };
    window.addEventListener(CRASH_EVENT, onCrash);
    return () => window.removeEventListener(CRASH_EVENT, onCrash);
  }, [panel]);
  if (crash) throw new Error(`crash requested in ${panel}`);
  return null;
}

function Fallback({
  panel,
  onRetry,
  onClose,
}: {
  panel: PanelName;
  onRetry: () => void;
  onClose?: (() => void) | undefined;
}) {
  const t = useT();
  return (
    <div className="rm-boundary" role="alert" data-panel={panel}>
      <p className="rm-boundary__title">
        {t('boundary.title', { panel: t(`boundary.panel.${panel}`) })}
      </p>
      <p>{t('boundary.body')}</p>
      <div className="rm-boundary__actions">
        <button type="button" onClick={onRetry}>
          {t('boundary.retry')}
        </button>
        {onClose ? (
          <button type="button" onClick={onClose}>
            {t('boundary.close')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/**
 * Keeps a crash inside one panel: the rest of the page goes on working, the workspace is saved
 * at once, and Retry draws the panel afresh from the store (which still holds every policy text).
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, attempt: 0 };

  /** Switches to the message on the first error below. */
  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    this.props.onCrash?.();
  }

  override render() {
    const { onClose } = this.props;
    const again = () => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));
    if (this.state.failed)
      return (
        <Fallback
          panel={this.props.panel}
          onRetry={again}
          onClose={
            onClose
              ? () => {
                  onClose();
                  again();
                }
              : undefined
          }
        />
      );
    return (
      <BoundaryBody key={this.state.attempt} panel={this.props.panel}>
        {this.props.children}
      </BoundaryBody>
    );
  }
}

function BoundaryBody({ panel, children }: { panel: PanelName; children: ReactNode }) {
  return (
    <>
      <CrashProbe panel={panel} />
      {children}
    </>
  );
}
