import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorPage } from './pages/error-page';

interface Props {
  children: ReactNode;
  /** Rendered instead of the default error page (must not depend on providers that may have failed). */
  fallback?: (error: unknown) => ReactNode;
}

interface State {
  error: unknown;
  hasError: boolean;
}

/** Catches render errors anywhere below it and shows the error page instead of a blank screen. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, hasError: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Unhandled UI error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.hasError) return this.props.children;
    return this.props.fallback ? (
      this.props.fallback(this.state.error)
    ) : (
      <ErrorPage error={this.state.error} />
    );
  }
}
