/**
 * The pool's commission changes from the history API (`pha_commissionChanges`), newest first, with rises
 * marked — what delegators see of the operator's pricing. Without an indexer it says history is
 * unavailable.
 */
import { useQuery } from '@tanstack/react-query';
import { useConnection } from '../../api/api-context.js';
import { arr, obj } from '../../api/codec.js';
import { stateKey } from '../../api/query-keys.js';
import { formatPermill } from '../../ui/format.js';
import { useOpT } from './use-op-t.js';
import { useHasRpc } from './use-rpc-methods.js';

const n = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : 0);

export function CommissionHistory({ pid }: { pid: bigint }) {
  const t = useOpT();
  const { provider, genesis } = useConnection();
  const available = useHasRpc('pha_commissionChanges');
  const id = pid.toString();
  const q = useQuery({
    // re-read once per block while shown (the indexer follows the chain)
    queryKey: stateKey(genesis, 'history', 'commission', id),
    queryFn: async () => arr(await provider.send('pha_commissionChanges', [Number(id)])).map((r) => obj(r)),
    enabled: available === true,
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (available === false) return <p className="hint">{t('monitor.noHistory')}</p>;
  const rows = [...(q.data ?? [])].reverse();
  return (
    <div data-testid="commission-history">
      <h3>{t('commission.history')}</h3>
      {rows.length === 0 ? (
        <p>{t('commission.noChanges')}</p>
      ) : (
        <ul>
          {rows.map((r) => {
            const to = n(r.commission);
            const from = n(r.previous);
            return (
              <li key={`${n(r.blockNumber)}-${to}`}>
                {t(to > from ? 'commission.changeUp' : 'commission.change', {
                  block: String(n(r.blockNumber)),
                  from: formatPermill(from),
                  to: formatPermill(to),
                })}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
