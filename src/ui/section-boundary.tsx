/**
 * Containment for render errors: `<SectionBoundary>` wraps a page section or chart so a failure there
 * shows a plain message in the user's language with "Try again", and the rest of the page keeps working.
 * The error itself is logged once by the root's onCaughtError (src/app/root.tsx). `<SectionError>` is
 * the same message for a failed query (with its refetch as the retry).
 */
import { Component, type ReactNode, useEffect } from 'react';
import { logErrorOnce } from './error-log.js';
import { useT } from './i18n/i18n.js';

export function SectionError({ onRetry, error }: { onRetry(): void; error?: unknown }) {
  const t = useT();
  useEffect(() => {
    if (error !== undefined) logErrorOnce(error, 'query failed');
  }, [error]);
  return (
    <div className="section-error" role="alert" data-testid="section-error">
      <p>{t('error.section')}</p>
      <button type="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}

interface State {
  error: unknown;
  failed: boolean;
}

export class SectionBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override render(): ReactNode {
    if (this.state.failed)
      return <SectionError onRetry={() => this.setState({ error: undefined, failed: false })} />;
    return this.props.children;
  }
}
