/**
 * The built-in chain's bar, under the header whenever the page runs on it: says so, why (when it stands
 * in for a node that did not answer, with the reason), whether this browser keeps it across reloads, and
 * offers "Reset demo" — after a confirmation dialog, the stored chain is deleted and the page reloads at
 * the demo snapshot's head.
 */
import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useConnection } from '../../api/api-context.js';
import { useHead } from '../../api/chain-head.js';
import { formatCount } from '../../ui/format.js';
import { useLocale } from '../../ui/i18n/i18n.js';
import { useDevT } from './messages.js';

export function BuiltInChainBar() {
  const t = useDevT();
  const { locale } = useLocale();
  const { builtIn, fallbackReason, endpoint } = useConnection();
  const head = useHead();
  const [open, setOpen] = useState(false);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | undefined>();
  if (!builtIn) return null;

  const reset = async () => {
    setWorking(true);
    setError(undefined);
    try {
      await builtIn.reset();
      globalThis.location.reload();
    } catch (err) {
      setWorking(false);
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section className="builtin-bar" aria-label={t('bar.label')} data-testid="builtin-bar">
      {fallbackReason && (
        <output data-testid="fallback-reason">
          {fallbackReason.kind === 'refused'
            ? t('bar.fallback.refused', { endpoint })
            : t('bar.fallback.timeout', { endpoint, seconds: fallbackReason.seconds })}
        </output>
      )}
      <p>
        <strong>{t('bar.label')}</strong>{' '}
        {builtIn.started.persisted ? (
          <>
            {t('bar.saved', { best: formatCount(head?.number ?? builtIn.started.best, locale) })}{' '}
            {t(builtIn.started.resumed ? 'bar.resumed' : 'bar.fresh')}
          </>
        ) : (
          t('bar.notSaved')
        )}
      </p>
      <Dialog.Root open={open} onOpenChange={(o) => !working && setOpen(o)}>
        <Dialog.Trigger asChild>
          <button type="button" data-testid="reset-demo">
            {t('reset.open')}
          </button>
        </Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content className="dialog card" data-testid="reset-dialog">
            <Dialog.Title>{t('reset.title')}</Dialog.Title>
            <Dialog.Description>{t('reset.body')}</Dialog.Description>
            {error && <p role="alert">{t('reset.failed', { message: error })}</p>}
            <div className="controls">
              <Dialog.Close asChild>
                <button type="button" disabled={working}>
                  {t('reset.cancel')}
                </button>
              </Dialog.Close>
              <button
                type="button"
                onClick={() => void reset()}
                disabled={working}
                data-testid="reset-confirm"
              >
                {working ? t('reset.working') : t('reset.confirm')}
              </button>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </section>
  );
}
