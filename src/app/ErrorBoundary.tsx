import { Component, type ReactNode } from 'react';

/** A rendering bug in one panel shows a message and a way back instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) {
    return { error: String(e) };
  }
  render() {
    if (this.state.error) {
      return (
        <div className="notice notice-error" role="alert">
          <p>This panel hit an error and stopped drawing: {this.state.error}</p>
          <p>
            <a href="#/">Back to the panel list</a> or{' '}
            <button type="button" onClick={() => this.setState({ error: null })}>
              try again
            </button>
          </p>
        </div>
      );
    }
    return this.props.children;
  }
}
