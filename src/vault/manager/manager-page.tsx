/**
 * The vault manager console: `#/manager` lists the selected account's vaults (and those whose owner it is
 * a proxy of) and creates new ones; `#/manager/<pid>` is one vault's console. Anyone may look; only the
 * owner's account or its proxy acts.
 */
import { useConnection } from '../../api/api-context.js';
import { usePoolIndex } from '../../api/pools/use-pools.js';
import { ConfirmButton } from '../../ui/confirm-button.js';
import { ActingForLinks } from '../../ui/signing-identity.js';
import { Skeleton } from '../../ui/skeleton.js';
import { TxOutcome } from '../../ui/tx-outcome.js';
import { useWalletTx } from '../../ui/use-wallet-tx.js';
import { createVaultTx } from './manager-calls.js';
import { explainMgrError, MGR_MESSAGES, useMgrT } from './use-mgr-t.js';
import { VaultConsole } from './vault-console.js';

function ManagerHome() {
  const t = useMgrT();
  const { api } = useConnection();
  const index = usePoolIndex();
  const tx = useWalletTx(MGR_MESSAGES);
  const mine = index.list.filter((p) => p.kind === 'Vault' && p.owner === tx.account?.address);
  return (
    <article data-testid="manager-home">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {!tx.account ? (
        <p>{t('selectAccount')}</p>
      ) : (
        <section className="card">
          <h2>{t('myVaults')}</h2>
          {mine.length === 0 ? (
            <p className="empty">{t('noVaults')}</p>
          ) : (
            <ul data-testid="my-vaults">
              {mine.map((p) => (
                <li key={p.pid.toString()}>
                  <a href={`#/manager/${p.pid}`}>{t('vaultLink', { pid: p.pid.toString() })}</a>
                </li>
              ))}
            </ul>
          )}
          <ActingForLinks
            candidates={index.list.filter((p) => p.kind === 'Vault' && p.owner !== tx.account?.address)}
            href={(pid) => `#/manager/${pid}`}
            text={(pid) => t('vaultLink', { pid })}
          />
          <ConfirmButton
            disabled={!tx.signable || tx.busy}
            title={t('create.label')}
            body={<p>{t('confirm.create')}</p>}
            confirmLabel={t('confirm.yes')}
            onConfirm={() => void tx.run(createVaultTx(api), 'create.label')}
          >
            {t('create.button')}
          </ConfirmButton>
          {!tx.signable && <p className="hint">{t('needSigner')}</p>}
          <TxOutcome record={tx.record} explain={(c) => explainMgrError(t, c)} />
        </section>
      )}
    </article>
  );
}

export function ManagerPage({ path }: { path: string[] }) {
  const t = useMgrT();
  const index = usePoolIndex();
  const id = path[0];
  if (!id) return <ManagerHome />;
  if (!/^\d+$/.test(id)) return <p role="alert">{t('notFound', { pid: id })}</p>;
  if (index.isLoading) return <Skeleton shape="page" />;
  const vault = index.byPid.get(BigInt(id));
  if (!vault || vault.kind !== 'Vault') return <p role="alert">{t('notFound', { pid: id })}</p>;
  return <VaultConsole vault={vault} />;
}
