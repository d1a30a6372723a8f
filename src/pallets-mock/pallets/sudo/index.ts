/**
 * pallet_sudo, only in the dev profile (Khala has none): one key account may dispatch any call as Root.
 * Placed at index 200, which Khala leaves free. Sudo calls pay no fee when the key signs them.
 */
import { ensureSigned, type Origin } from '../../frame/origin.js';
import { call, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { isDevLike } from '../../frame/profile.js';
import { option } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, MultiAddress, RuntimeCall, Weight } from '../../frame/types.js';
import { accountId } from '../../primitives/account.js';
import { lookup } from '../balances/index.js';
import { DispatchResult, encodeDispatchError, tryDispatch } from '../utility/index.js';
import { SudoDocs } from './docs.js';

const S = storage('Sudo');
export const Key = S.value('Key', AccountId);

export const SudoEvents = events('Sudo', 'pallet_sudo', {
  Sudid: { sudo_result: DispatchResult },
  KeyChanged: { old_sudoer: option(AccountId) },
  SudoAsDone: { sudo_result: DispatchResult },
});
export const SudoErrors = errors('Sudo', 'pallet_sudo', ['RequireSudo'] as const);

function ensureSudo(origin: Origin): void {
  const who = ensureSigned(origin);
  if (Key.tryGet() !== who) throw SudoErrors.fail('RequireSudo');
}

function dispatchAs(as: Origin, inner: unknown): never {
  const error = tryDispatch(as, inner);
  return (error ? { type: 'Err', value: encodeDispatchError(error) } : { type: 'Ok', value: null }) as never;
}

export const Sudo: PalletDecl = {
  docs: SudoDocs,
  name: 'Sudo',
  crate: 'pallet_sudo',
  index: 200,
  profiles: ['dev', 'demo'],
  storage: S.items,
  events: SudoEvents,
  errors: SudoErrors,
  calls: {
    sudo: call(
      0,
      { call: RuntimeCall },
      (origin, args) => {
        ensureSudo(origin);
        SudoEvents.emit('Sudid', { sudo_result: dispatchAs({ kind: 'root' }, args.call) });
      },
      { refTime: 10_000_000n },
      { paysFee: false },
    ),
    sudo_unchecked_weight: call(
      1,
      { call: RuntimeCall, weight: Weight },
      (origin, args) => {
        ensureSudo(origin);
        SudoEvents.emit('Sudid', { sudo_result: dispatchAs({ kind: 'root' }, args.call) });
      },
      { refTime: 10_000_000n },
      { paysFee: false },
    ),
    set_key: call(
      2,
      { new: MultiAddress },
      (origin, args) => {
        ensureSudo(origin);
        const old = Key.tryGet() ?? null;
        Key.set(lookup(args.new));
        SudoEvents.emit('KeyChanged', { old_sudoer: old });
      },
      { refTime: 10_000_000n },
      { paysFee: false },
    ),
    sudo_as: call(
      3,
      { who: MultiAddress, call: RuntimeCall },
      (origin, args) => {
        ensureSudo(origin);
        SudoEvents.emit('SudoAsDone', {
          sudo_result: dispatchAs({ kind: 'signed', who: lookup(args.who) }, args.call),
        });
      },
      { refTime: 10_000_000n },
      { paysFee: false },
    ),
  },
  genesis(config) {
    if (isDevLike(config.profile)) Key.set(accountId('//Alice'));
  },
};
