/**
 * Owner rewards: the commission accrued in the pool's owner reward account (W-PHA), claimed with
 * `claim_owner_rewards` to the owner, optionally unwrapped to PHA in the same batch; and how a payout
 * splits (the Treasury's part as the chain sets it, 20 % on Khala, then the commission to the owner and
 * the rest to delegators) and the pool's earnings so far split that way.
 */
import { useState } from 'react';
import { useConnection } from '../../api/api-context.js';
import type { PoolSummary } from '../../api/pools/pool-model.js';
import { useTreasuryPermill } from '../../api/treasury-ratio.js';
import { formatPermill, formatPha } from '../../ui/format.js';
import { useLocale } from '../../ui/i18n/i18n.js';
import { TxOutcome } from '../../ui/tx-outcome.js';
import { useWalletTx } from '../../ui/use-wallet-tx.js';
import { EarningsSplit } from './earnings-split.js';
import { claimOwnerRewardsTx } from './operator-calls.js';
import { usePoolAccounts, useWorkers } from './operator-queries.js';
import { explainError, OP_MESSAGES, useOpT } from './use-op-t.js';

export function OwnerRewards({ pool, canAct }: { pool: PoolSummary; canAct: boolean }) {
  const t = useOpT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const accounts = usePoolAccounts(pool.pid).data;
  const workers = useWorkers(pool).data ?? [];
  const tx = useWalletTx(OP_MESSAGES);
  const [unwrap, setUnwrap] = useState(false);
  const treasuryPermill = useTreasuryPermill();
  const reward = accounts?.ownerReward ?? 0n;
  return (
    <section className="card" data-testid="owner-rewards">
      <h2>{t('rewards.title')}</h2>
      <p>
        {t('rewards.accrued')}{' '}
        <strong data-testid="owner-reward" data-planck={reward.toString()}>
          {formatPha(reward, locale)} W-PHA
        </strong>
      </p>
      {treasuryPermill !== undefined && <PayoutSplitHint pool={pool} treasuryPermill={treasuryPermill} />}
      <label>
        <input type="checkbox" checked={unwrap} onChange={(e) => setUnwrap(e.target.checked)} />{' '}
        {t('rewards.unwrap')}
      </label>
      <button
        type="button"
        disabled={!canAct || tx.busy || reward === 0n}
        onClick={() =>
          tx.account &&
          void tx.run(
            claimOwnerRewardsTx(api, pool.pid, tx.account.address, unwrap ? reward : 0n),
            'rewards.label',
            { pid: pool.pid.toString() },
          )
        }
      >
        {t('rewards.claim')}
      </button>
      {reward === 0n && <p className="hint">{t('rewards.none')}</p>}
      <TxOutcome record={tx.record} explain={(c) => explainError(t, c)} />
      {treasuryPermill !== undefined && (
        <EarningsSplit pool={pool} workers={workers} treasuryPermill={treasuryPermill} />
      )}
    </section>
  );
}

/** How a payout splits: the Treasury's part, then the commission of the pool's part and the rest. */
function PayoutSplitHint({ pool, treasuryPermill }: { pool: PoolSummary; treasuryPermill: bigint }) {
  const t = useOpT();
  const { locale } = useLocale();
  const poolPermill = 1_000_000n - treasuryPermill;
  // the owner's commission of the pool's part, as a share of the whole payout (Permill, exact)
  const ownerShare = (BigInt(pool.commission) * poolPermill) / 1_000_000n;
  return (
    <p className="hint" data-testid="payout-split">
      {t('rewards.split', {
        treasury: formatPermill(treasuryPermill, locale),
        pool: formatPermill(poolPermill, locale),
        commission: formatPermill(pool.commission, locale),
        owner: formatPermill(ownerShare, locale),
        delegators: formatPermill(poolPermill - ownerShare, locale),
      })}
    </p>
  );
}
