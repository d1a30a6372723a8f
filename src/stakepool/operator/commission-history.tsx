/**
 * The pool's commission changes from the history API (`pha_commissionChanges`), newest first, with rises
 * marked — what delegators see of the operator's pricing. Without an indexer it says history is
 * unavailable.
 */
import { useCommissionChanges } from '../../api/history.js';
import { formatCount, formatPermill } from '../../ui/format.js';
import { useLocale } from '../../ui/i18n/i18n.js';
import { useOpT } from './use-op-t.js';

export function CommissionHistory({ pid }: { pid: bigint }) {
  const t = useOpT();
  const { locale } = useLocale();
  const q = useCommissionChanges(pid);
  if (q.available === false) return <p className="hint">{t('monitor.noHistory')}</p>;
  const rows = [...(q.data ?? [])].reverse();
  return (
    <div data-testid="commission-history">
      <h3>{t('commission.history')}</h3>
      {rows.length === 0 ? (
        <p>{t('commission.noChanges')}</p>
      ) : (
        <ul>
          {rows.map((r) => (
            <li key={`${r.blockNumber}-${r.commission}`}>
              {t(BigInt(r.commission) > BigInt(r.previous) ? 'commission.changeUp' : 'commission.change', {
                block: formatCount(r.blockNumber, locale),
                from: formatPermill(BigInt(r.previous), locale),
                to: formatPermill(BigInt(r.commission), locale),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
