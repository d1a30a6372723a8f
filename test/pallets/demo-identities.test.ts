/**
 * The demo network's identities (chain/demo/identities.ts), block by block on a
 * demo-profile runtime as the demo build submits them: the registrar added by Sudo, owners' identities
 * with their deposits, judgements requested and given for the exact identities, fees paid to the registrar.
 */
import { describe, expect, it } from 'vitest';
import {
  addRegistrar,
  councilIdentity,
  DEMO_COUNCIL,
  DEMO_REGISTRAR,
  type DemoTx,
  ownerIdentity,
  plannedJudgement,
  provideJudgements,
  REGISTRAR_FEE,
  REGISTRAR_FUNDS,
  requestJudgements,
  setIdentities,
} from '../../chain/demo/identities.js';
import { createRuntime, type Runtime } from '../../src/pallets-mock/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { runDemoBlocks } from './demo-blocks.js';
import { PHA } from './phala-pools-helpers.js';

const OWNERS = 8;
const VAULTS = 2;
const owner = (i: number) => `//demo/owner/${i}`;
const vault = (v: number) => `//demo/vault/${v}`;

const run = (rt: Runtime, txs: DemoTx[]): void => runDemoBlocks(rt, [txs]);

describe('demo identities', () => {
  it('names owners and the Council, and has the demo registrar judge a quarter Known good, a quarter Reasonable', () => {
    const rt = createRuntime({
      profile: 'demo',
      balances: [
        ...DEMO_COUNCIL.map((m): [string, bigint] => [m, 1_000_000n * PHA]),
        [DEMO_REGISTRAR, REGISTRAR_FUNDS],
        ...Array.from({ length: OWNERS }, (_, i): [string, bigint] => [owner(i), 5_000n * PHA]),
        ...Array.from({ length: VAULTS }, (_, v): [string, bigint] => [vault(v), 5_000n * PHA]),
      ],
    });
    run(rt, addRegistrar());
    run(rt, setIdentities(owner, OWNERS, vault, VAULTS));
    run(rt, requestJudgements(owner, OWNERS));
    run(rt, provideJudgements(owner, OWNERS));

    expect(rt.query('Identity.Registrars')).toEqual([
      { account: accountId(DEMO_REGISTRAR), fee: REGISTRAR_FEE, fields: 0n },
    ]);
    let judged = 0n;
    for (let i = 0; i < OWNERS; i++) {
      const reg = rt.query('Identity.IdentityOf', accountId(owner(i))) as {
        judgements: Array<[bigint, { type: string }]>;
        info: unknown;
      };
      expect(reg.info).toEqual(ownerIdentity(i));
      const plan = plannedJudgement(i);
      const expected =
        plan === null
          ? []
          : [
              [
                0n,
                plan === 'pending' ? { type: 'FeePaid', value: REGISTRAR_FEE } : { type: plan, value: null },
              ],
            ];
      expect(reg.judgements).toEqual(expected);
      if (plan === 'KnownGood' || plan === 'Reasonable') judged++;
    }
    expect(judged).toBe(4n);
    for (const member of DEMO_COUNCIL) {
      const reg = rt.query('Identity.IdentityOf', accountId(member)) as {
        judgements: Array<[bigint, { type: string }]>;
        info: unknown;
      };
      expect(reg.info).toEqual(councilIdentity(member));
      expect(reg.judgements).toEqual([[0n, { type: 'KnownGood', value: null }]]);
      judged++;
    }
    const registrar = rt.query('System.Account', accountId(DEMO_REGISTRAR)) as { data: { free: bigint } };
    expect(registrar.data.free).toBe(REGISTRAR_FUNDS + judged * REGISTRAR_FEE);
    expect(rt.query('Identity.IdentityOf', accountId(vault(1)))).toBeDefined();
  });
});
