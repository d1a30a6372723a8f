/**
 * pallet_proxy (polkadot-sdk release-polkadot-v1.2.0) with Khala's ProxyType and constants: an account
 * lets delegates act for it (`add_proxy`, deposit ProxyDepositBase + ProxyDepositFactor × n reserved from
 * the delegator), optionally after announcing the call and waiting `delay` blocks (`announce`, deposit
 * AnnouncementDepositBase + AnnouncementDepositFactor × n from the delegate; `proxy_announced` once the
 * delay has passed; `remove_announcement` / `reject_announcement`). `proxy` dispatches the wrapped call
 * through the kernel's normal dispatch with the real account's signed origin carrying the proxy type's
 * call filter, so nested calls (Utility batches) are filtered too; a refused or failing call is reported
 * in ProxyExecuted's result, as in Rust. Pure proxies (`create_pure`/`kill_pure`) derive their account
 * from `modlpy/proxy____`, the spawner, the block height, the extrinsic index, the type and the index.
 *
 * Final Khala runtime: calls, events, errors and storage are those of Khala's Aug-2023 metadata (checked by
 * metadata-reference.test.ts); no deviation known.
 */
import { ext } from '../../frame/context.js';
import type { CallFilter, Origin } from '../../frame/origin.js';
import { ensureSigned } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { compact, encode, option, struct, tuple, u16, u32, u128, type ValueOf } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, boundedVec, H256, MultiAddress, RuntimeCall } from '../../frame/types.js';
import { type AccountId as Account, accountFromKey, publicKey } from '../../primitives/account.js';
import { compareBytes, concatBytes, toHex, utf8 } from '../../primitives/bytes.js';
import { blake2_256 } from '../../primitives/hashing.js';
import { CENTS, lookup, reserve, unreserve } from '../balances/index.js';
import { ExecutionPhase, Number_ } from '../system/index.js';
import { DispatchResult, encodeDispatchError, tryDispatch } from '../utility/index.js';
import { ProxyDocs } from './docs.js';
import {
  isSuperset,
  ProxyType,
  type ProxyTypeName,
  type ProxyTypeValue,
  proxyTypeAllows,
} from './proxy-type.js';

/** Khala's `deposit(items, bytes)`: 15 CENTS per storage item and 1 CENT per byte. */
export const storageDeposit = (items: bigint, bytes: bigint): bigint => items * 15n * CENTS + bytes * CENTS;

export const ProxyDefinition = struct(
  {
    path: ['pallet_proxy', 'ProxyDefinition'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'ProxyType', type: ProxyType },
      { name: 'BlockNumber', type: u32 },
    ],
  },
  { delegate: AccountId, proxy_type: ProxyType, delay: u32 },
);
export type ProxyDefinitionValue = ValueOf<typeof ProxyDefinition>;
export const Announcement = struct(
  {
    path: ['pallet_proxy', 'Announcement'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'Hash', type: H256 },
      { name: 'BlockNumber', type: u32 },
    ],
  },
  { real: AccountId, call_hash: H256, height: u32 },
);
export type AnnouncementValue = ValueOf<typeof Announcement>;

const S = storage('Proxy');
export const Proxies = S.map(
  'Proxies',
  [['Twox64Concat', AccountId]],
  tuple(boundedVec(ProxyDefinition), u128),
  {
    default: [[], 0n],
  },
);
export const Announcements = S.map(
  'Announcements',
  [['Twox64Concat', AccountId]],
  tuple(boundedVec(Announcement), u128),
  { default: [[], 0n] },
);

export const ProxyEvents = events('Proxy', 'pallet_proxy', {
  ProxyExecuted: { result: DispatchResult },
  PureCreated: { pure: AccountId, who: AccountId, proxy_type: ProxyType, disambiguation_index: u16 },
  Announced: { real: AccountId, proxy: AccountId, call_hash: H256 },
  ProxyAdded: { delegator: AccountId, delegatee: AccountId, proxy_type: ProxyType, delay: u32 },
  ProxyRemoved: { delegator: AccountId, delegatee: AccountId, proxy_type: ProxyType, delay: u32 },
});
export const ProxyErrors = errors('Proxy', 'pallet_proxy', [
  'TooMany',
  'NotFound',
  'NotProxy',
  'Unproxyable',
  'Duplicate',
  'NoPermission',
  'Unannounced',
  'NoSelfProxy',
] as const);
export const ProxyConstants = constants('Proxy', {
  ProxyDepositBase: { codec: u128, value: storageDeposit(1n, 40n) },
  ProxyDepositFactor: { codec: u128, value: storageDeposit(0n, 33n) },
  MaxProxies: { codec: u32, value: 32n },
  MaxPending: { codec: u32, value: 32n },
  AnnouncementDepositBase: { codec: u128, value: storageDeposit(1n, 48n) },
  AnnouncementDepositFactor: { codec: u128, value: storageDeposit(0n, 66n) },
});

const typeIndex = (t: ProxyTypeName): number =>
  ProxyType.info.def.tag === 'variant'
    ? (ProxyType.info.def.variants.find((v) => v.name === t)?.index ?? 0)
    : 0;
const nameOf = (t: ProxyTypeValue | string): ProxyTypeName =>
  (typeof t === 'string' ? t : t.type) as ProxyTypeName;

/** `Ord` of ProxyDefinition (derived): delegate bytes, then proxy type index, then delay. */
function compareDefinitions(a: ProxyDefinitionValue, b: ProxyDefinitionValue): number {
  const byDelegate = compareBytes(publicKey(a.delegate), publicKey(b.delegate));
  if (byDelegate !== 0) return byDelegate;
  const byType = typeIndex(nameOf(a.proxyType)) - typeIndex(nameOf(b.proxyType));
  if (byType !== 0) return byType;
  return a.delay < b.delay ? -1 : a.delay > b.delay ? 1 : 0;
}

/** Deposit held for `n` items: 0 for none, else base + factor × n. */
function depositFor(base: bigint, factor: bigint, n: number): bigint {
  return n === 0 ? 0n : base + factor * BigInt(n);
}
const proxyDeposit = (n: number) =>
  depositFor(ProxyConstants.get('ProxyDepositBase'), ProxyConstants.get('ProxyDepositFactor'), n);
const announcementDeposit = (n: number) =>
  depositFor(
    ProxyConstants.get('AnnouncementDepositBase'),
    ProxyConstants.get('AnnouncementDepositFactor'),
    n,
  );

/** Reserves or unreserves the difference between the old and the new deposit of `who`. */
function rejig(who: Account, oldDeposit: bigint, newDeposit: bigint): void {
  if (newDeposit > oldDeposit) reserve(who, newDeposit - oldDeposit);
  else if (newDeposit < oldDeposit) unreserve(who, oldDeposit - newDeposit);
}

/** blake2_256 of the SCALE-encoded RuntimeCall (Khala's CallHasher). */
export const callHash = (c: unknown): string => toHex(blake2_256(encode(ext().callCodec, c)));

const blockNumber = (): bigint => Number_.get();
/** `frame_system::extrinsic_index()`, 0 outside an extrinsic. */
export function extrinsicIndex(): bigint {
  const phase = ExecutionPhase.tryGet() as { type: string; value: unknown } | undefined;
  return phase?.type === 'ApplyExtrinsic' ? (phase.value as bigint) : 0n;
}

/** `pure_account(who, proxy_type, index, maybe_when)`. */
export function pureAccount(
  who: Account,
  proxyType: ProxyTypeName,
  index: bigint,
  when: [bigint, bigint] = [blockNumber(), extrinsicIndex()],
): Account {
  const entropy = concatBytes(
    utf8('modlpy/proxy____'),
    publicKey(who),
    encode(u32, when[0]),
    encode(u32, when[1]),
    encode(ProxyType, { type: proxyType, value: null }),
    encode(u16, index),
  );
  return accountFromKey(blake2_256(entropy));
}

/** Inserts a proxy definition in order and reserves the deposit difference (`add_proxy_delegate`). */
export function addProxyDelegate(
  delegator: Account,
  delegatee: Account,
  proxyType: ProxyTypeName,
  delay: bigint,
): void {
  if (delegator === delegatee) throw ProxyErrors.fail('NoSelfProxy');
  const [proxies, deposit] = Proxies.get(delegator);
  const def: ProxyDefinitionValue = {
    delegate: delegatee,
    proxyType: { type: proxyType, value: null },
    delay,
  };
  if (proxies.some((p) => compareDefinitions(p, def) === 0)) throw ProxyErrors.fail('Duplicate');
  if (BigInt(proxies.length) >= ProxyConstants.get('MaxProxies')) throw ProxyErrors.fail('TooMany');
  const at = proxies.findIndex((p) => compareDefinitions(p, def) > 0);
  const next = at < 0 ? [...proxies, def] : [...proxies.slice(0, at), def, ...proxies.slice(at)];
  const newDeposit = proxyDeposit(next.length);
  rejig(delegator, deposit, newDeposit);
  Proxies.set(delegator, [next, newDeposit]);
  ProxyEvents.emit('ProxyAdded', { delegator, delegatee, proxy_type: def.proxyType, delay });
}

function removeProxyDelegate(
  delegator: Account,
  delegatee: Account,
  proxyType: ProxyTypeName,
  delay: bigint,
): void {
  if (!Proxies.contains(delegator)) throw ProxyErrors.fail('NotFound');
  const [proxies, deposit] = Proxies.get(delegator);
  const def: ProxyDefinitionValue = {
    delegate: delegatee,
    proxyType: { type: proxyType, value: null },
    delay,
  };
  const i = proxies.findIndex((p) => compareDefinitions(p, def) === 0);
  if (i < 0) throw ProxyErrors.fail('NotFound');
  const rest = [...proxies.slice(0, i), ...proxies.slice(i + 1)];
  const newDeposit = proxyDeposit(rest.length);
  rejig(delegator, deposit, newDeposit);
  if (rest.length) Proxies.set(delegator, [rest, newDeposit]);
  else Proxies.remove(delegator);
  ProxyEvents.emit('ProxyRemoved', { delegator, delegatee, proxy_type: def.proxyType, delay });
}

/** `find_proxy`: the first definition of `delegate` for `real` (of the forced type when given). */
function findProxy(real: Account, delegate: Account, force: ProxyTypeValue | null): ProxyDefinitionValue {
  const def = Proxies.get(real)[0].find(
    (p) => p.delegate === delegate && (force === null || nameOf(p.proxyType) === nameOf(force)),
  );
  if (!def) throw ProxyErrors.fail('NotProxy');
  return def;
}

/** `edit_announcements`: keeps the announcements `keep` accepts; NotFound when none is dropped. */
function editAnnouncements(delegate: Account, keep: (a: AnnouncementValue) => boolean): void {
  if (!Announcements.contains(delegate)) throw ProxyErrors.fail('NotFound');
  const [pending, deposit] = Announcements.get(delegate);
  const rest = pending.filter(keep);
  if (rest.length === pending.length) throw ProxyErrors.fail('NotFound');
  const newDeposit = announcementDeposit(rest.length);
  rejig(delegate, deposit, newDeposit);
  if (rest.length) Announcements.set(delegate, [rest, newDeposit]);
  else Announcements.remove(delegate);
}

/** The filter `do_proxy` adds to the real account's origin. */
function proxyFilter(type: ProxyTypeName): CallFilter {
  return (c) => {
    if (c.type === 'Proxy') {
      const name = c.value.type;
      const inner = c.value.value as { proxy_type?: ProxyTypeValue };
      if (
        (name === 'add_proxy' || name === 'remove_proxy') &&
        inner.proxy_type &&
        !isSuperset(type, nameOf(inner.proxy_type))
      )
        return false;
      if ((name === 'remove_proxies' || name === 'kill_pure') && type !== 'Any') return false;
    }
    return proxyTypeAllows(type, c);
  };
}

/** `do_proxy`: dispatches as `real` with the proxy type's filter and reports the result. */
function doProxy(def: ProxyDefinitionValue, real: Account, inner: unknown): void {
  const origin: Origin = { kind: 'signed', who: real, filter: proxyFilter(nameOf(def.proxyType)) };
  const error = tryDispatch(origin, inner);
  ProxyEvents.emit('ProxyExecuted', {
    result: (error
      ? { type: 'Err', value: encodeDispatchError(error) }
      : { type: 'Ok', value: null }) as never,
  });
}

const W = { refTime: 40_000_000n };

export const ProxyPallet: PalletDecl = {
  docs: ProxyDocs,
  name: 'Proxy',
  crate: 'pallet_proxy',
  index: 5,
  storage: S.items,
  events: ProxyEvents,
  errors: ProxyErrors,
  constants: ProxyConstants,
  calls: {
    proxy: call(
      0,
      { real: MultiAddress, force_proxy_type: option(ProxyType), call: RuntimeCall },
      (origin, a) => {
        const who = ensureSigned(origin);
        const real = lookup(a.real);
        const def = findProxy(real, who, a.force_proxy_type);
        if (def.delay !== 0n) throw ProxyErrors.fail('Unannounced');
        doProxy(def, real, a.call);
      },
      W,
    ),
    add_proxy: call(1, { delegate: MultiAddress, proxy_type: ProxyType, delay: u32 }, (origin, a) => {
      const who = ensureSigned(origin);
      addProxyDelegate(who, lookup(a.delegate), nameOf(a.proxy_type), a.delay);
    }),
    remove_proxy: call(2, { delegate: MultiAddress, proxy_type: ProxyType, delay: u32 }, (origin, a) => {
      const who = ensureSigned(origin);
      removeProxyDelegate(who, lookup(a.delegate), nameOf(a.proxy_type), a.delay);
    }),
    remove_proxies: call(3, {}, (origin) => {
      const who = ensureSigned(origin);
      const [, deposit] = Proxies.get(who);
      Proxies.remove(who);
      unreserve(who, deposit);
    }),
    create_pure: call(4, { proxy_type: ProxyType, delay: u32, index: u16 }, (origin, a) => {
      const who = ensureSigned(origin);
      const type = nameOf(a.proxy_type);
      const pure = pureAccount(who, type, a.index);
      if (Proxies.contains(pure)) throw ProxyErrors.fail('Duplicate');
      const def: ProxyDefinitionValue = { delegate: who, proxyType: { type, value: null }, delay: a.delay };
      const deposit = ProxyConstants.get('ProxyDepositBase') + ProxyConstants.get('ProxyDepositFactor');
      reserve(who, deposit);
      Proxies.set(pure, [[def], deposit]);
      ProxyEvents.emit('PureCreated', {
        pure,
        who,
        proxy_type: def.proxyType,
        disambiguation_index: a.index,
      });
    }),
    kill_pure: call(
      5,
      {
        spawner: MultiAddress,
        proxy_type: ProxyType,
        index: u16,
        height: compact(u32),
        ext_index: compact(u32),
      },
      (origin, a) => {
        const who = ensureSigned(origin);
        const spawner = lookup(a.spawner);
        const pure = pureAccount(spawner, nameOf(a.proxy_type), a.index, [a.height, a.ext_index]);
        if (pure !== who) throw ProxyErrors.fail('NoPermission');
        const [, deposit] = Proxies.get(who);
        Proxies.remove(who);
        unreserve(spawner, deposit);
      },
    ),
    announce: call(6, { real: MultiAddress, call_hash: H256 }, (origin, a) => {
      const who = ensureSigned(origin);
      const real = lookup(a.real);
      if (!Proxies.get(real)[0].some((p) => p.delegate === who)) throw ProxyErrors.fail('NotProxy');
      const [pending, deposit] = Announcements.get(who);
      if (BigInt(pending.length) >= ProxyConstants.get('MaxPending')) throw ProxyErrors.fail('TooMany');
      const next = [...pending, { real, callHash: a.call_hash, height: blockNumber() }];
      const newDeposit = announcementDeposit(next.length);
      rejig(who, deposit, newDeposit);
      Announcements.set(who, [next, newDeposit]);
      ProxyEvents.emit('Announced', { real, proxy: who, call_hash: a.call_hash });
    }),
    remove_announcement: call(7, { real: MultiAddress, call_hash: H256 }, (origin, a) => {
      const who = ensureSigned(origin);
      const real = lookup(a.real);
      editAnnouncements(who, (x) => x.real !== real || x.callHash !== a.call_hash);
    }),
    reject_announcement: call(8, { delegate: MultiAddress, call_hash: H256 }, (origin, a) => {
      const who = ensureSigned(origin);
      const delegate = lookup(a.delegate);
      editAnnouncements(delegate, (x) => x.real !== who || x.callHash !== a.call_hash);
    }),
    proxy_announced: call(
      9,
      { delegate: MultiAddress, real: MultiAddress, force_proxy_type: option(ProxyType), call: RuntimeCall },
      (origin, a) => {
        ensureSigned(origin);
        const delegate = lookup(a.delegate);
        const real = lookup(a.real);
        const def = findProxy(real, delegate, a.force_proxy_type);
        const hash = callHash(a.call);
        const now = blockNumber();
        try {
          editAnnouncements(
            delegate,
            (x) =>
              x.real !== real || x.callHash !== hash || (now > x.height ? now - x.height : 0n) < def.delay,
          );
        } catch {
          throw ProxyErrors.fail('Unannounced');
        }
        doProxy(def, real, a.call);
      },
      W,
    ),
  },
  invariants: {
    proxiesSortedBoundedAndDeposited() {
      for (const [[who], [proxies, deposit]] of Proxies.entries()) {
        if (proxies.length === 0) throw new Error(`${who} has an empty Proxies entry`);
        if (BigInt(proxies.length) > ProxyConstants.get('MaxProxies'))
          throw new Error(`${who} has too many proxies`);
        for (let i = 1; i < proxies.length; i++)
          if (
            compareDefinitions(proxies[i - 1] as ProxyDefinitionValue, proxies[i] as ProxyDefinitionValue) >=
            0
          )
            throw new Error(`${who}'s proxies are not strictly ordered`);
        if (deposit !== proxyDeposit(proxies.length))
          throw new Error(`${who}'s proxy deposit ${deposit} ≠ ${proxyDeposit(proxies.length)}`);
      }
    },
    announcementsBoundedAndDeposited() {
      for (const [[who], [pending, deposit]] of Announcements.entries()) {
        if (pending.length === 0) throw new Error(`${who} has an empty Announcements entry`);
        if (BigInt(pending.length) > ProxyConstants.get('MaxPending'))
          throw new Error(`${who} has too many announcements`);
        if (deposit !== announcementDeposit(pending.length))
          throw new Error(
            `${who}'s announcement deposit ${deposit} ≠ ${announcementDeposit(pending.length)}`,
          );
      }
    },
  },
};
