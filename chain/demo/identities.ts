/**
 * Identities of the demo network: pool and vault owners set on-chain identities (display name, web),
 * a demo registrar (`//demo/registrar`, added by Sudo as Khala's Root would) charges a 1 PHA fee, and
 * pool owners ask it for judgements — a quarter judged Known good, a quarter Reasonable, a quarter left
 * waiting (fee reserved), a quarter never asking — so the dApp shows every state of an identity. The
 * genesis Council (//Alice, //Bob, //Charlie, PhragmenElection's genesis members) are named too and
 * judged Known good, so the Council page shows names beside its members.
 */
import type { CallValue } from '../../src/pallets-mock/frame/runtime.js';
import { accountOf } from '../../src/pallets-mock/offchain/tx-signer.js';
import { DOLLARS } from '../../src/pallets-mock/pallets/balances/index.js';
import { identityHash } from '../../src/pallets-mock/pallets/identity/index.js';
import { type IdentityInfoValue, identityInfo } from '../../src/pallets-mock/pallets/identity/types.js';

export const DEMO_REGISTRAR = '//demo/registrar';
/** The demo registrar's judgement fee. */
export const REGISTRAR_FEE = DOLLARS;
/** Funds the registrar starts with (it must exist to be paid). */
export const REGISTRAR_FUNDS = 100n * DOLLARS;

export type DemoTx = [suri: string, call: CallValue];
export type DemoJudgement = 'KnownGood' | 'Reasonable' | 'pending' | null;

const call = (pallet: string, name: string, args: Record<string, unknown> = {}): CallValue => ({
  type: pallet,
  value: { type: name, value: args },
});

const OPERATORS = [
  'Aurora',
  'Borneo',
  'Cendana',
  'Dieng',
  'Ebony',
  'Flores',
  'Gede',
  'Halimun',
  'Ijen',
  'Jati',
];

/** The identity of pool owner `i`. */
export const ownerIdentity = (i: number): IdentityInfoValue =>
  identityInfo({
    display: `${OPERATORS[i % OPERATORS.length]} Compute ${Math.floor(i / OPERATORS.length) + 1}`,
    web: `https://pool${i}.pha-stake.example`,
  });
/** The identity of vault owner `v`. */
export const vaultIdentity = (v: number): IdentityInfoValue =>
  identityInfo({ display: `Vault Desk ${v + 1}`, web: `https://vault${v}.pha-stake.example` });

/** The genesis Council members (PhragmenElection's genesis members in the dev and demo profiles). */
export const DEMO_COUNCIL = ['//Alice', '//Bob', '//Charlie'] as const;
/** The identity of a genesis Council member. */
export const councilIdentity = (suri: string): IdentityInfoValue =>
  identityInfo({
    display: `${suri.slice(2)} · Council`,
    web: `https://council.pha-stake.test`,
  });

/** What pool owner `i` gets from the registrar. */
export function plannedJudgement(i: number): DemoJudgement {
  return (['KnownGood', 'Reasonable', 'pending', null] as const)[i % 4] ?? null;
}

/** Block 1: the registrar is added (Sudo, Alice's key). */
export const addRegistrar = (): DemoTx[] => [
  [
    '//Alice',
    call('Sudo', 'sudo', {
      call: call('Identity', 'add_registrar', { account: { type: 'Id', value: accountOf(DEMO_REGISTRAR) } }),
    }),
  ],
];

/** Block 2: the registrar sets its fee; owners set their identities. */
export function setIdentities(
  owner: (i: number) => string,
  owners: number,
  vault: (v: number) => string,
  vaults: number,
): DemoTx[] {
  const txs: DemoTx[] = [[DEMO_REGISTRAR, call('Identity', 'set_fee', { index: 0n, fee: REGISTRAR_FEE })]];
  for (let i = 0; i < owners; i++)
    txs.push([owner(i), call('Identity', 'set_identity', { info: ownerIdentity(i) })]);
  for (let v = 0; v < vaults; v++)
    txs.push([vault(v), call('Identity', 'set_identity', { info: vaultIdentity(v) })]);
  for (const member of DEMO_COUNCIL)
    txs.push([member, call('Identity', 'set_identity', { info: councilIdentity(member) })]);
  return txs;
}

const requestJudgement = (suri: string): DemoTx => [
  suri,
  call('Identity', 'request_judgement', { reg_index: 0n, max_fee: REGISTRAR_FEE }),
];
const provideJudgement = (
  suri: string,
  judgement: 'KnownGood' | 'Reasonable',
  info: IdentityInfoValue,
): DemoTx => [
  DEMO_REGISTRAR,
  call('Identity', 'provide_judgement', {
    reg_index: 0n,
    target: { type: 'Id', value: accountOf(suri) },
    judgement: { type: judgement, value: null },
    identity: identityHash(info),
  }),
];

/** Block 3: owners with a planned judgement, and the Council, ask for one. */
export const requestJudgements = (owner: (i: number) => string, owners: number): DemoTx[] => [
  ...Array.from({ length: owners }, (_, i) => i)
    .filter((i) => plannedJudgement(i) !== null)
    .map((i) => requestJudgement(owner(i))),
  ...DEMO_COUNCIL.map(requestJudgement),
];

/** Block 4: the registrar judges, for the exact identity each owner and Council member set. */
export const provideJudgements = (owner: (i: number) => string, owners: number): DemoTx[] => [
  ...Array.from({ length: owners }, (_, i) => i).flatMap((i): DemoTx[] => {
    const j = plannedJudgement(i);
    return j === 'KnownGood' || j === 'Reasonable' ? [provideJudgement(owner(i), j, ownerIdentity(i))] : [];
  }),
  ...DEMO_COUNCIL.map((member) => provideJudgement(member, 'KnownGood', councilIdentity(member))),
];
