/**
 * The dev tools' chain operations, each through the dev RPCs of contracts §5 on the connected endpoint:
 * advance blocks (dev_newBlock), jump the clock (dev_timeTravel, then a block so it shows), fund an
 * account (dev_setStorage of System.Account and Balances.TotalIssuance, then a block); a simulated worker
 * starts through the operator console's `startSimWorker`. Pure functions of the API and provider, so tests
 * call them as the page does.
 */
import type { ApiPromise } from '@polkadot/api';
import type { ProviderInterface } from '@polkadot/rpc-provider/types';
import { u8aToHex } from '@polkadot/util';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

async function newBlock(api: ApiPromise, provider: ProviderInterface, count = 1): Promise<number> {
  const hash = await provider.send<string>('dev_newBlock', [{ count }]);
  return (await api.rpc.chain.getHeader(hash)).number.toNumber();
}

/** Builds `count` blocks; returns the new best block number. */
export const advanceBlocks = newBlock;

/** Moves the chain's clock `ms` forward from its current time; returns the new time and block. */
export async function jumpTime(
  api: ApiPromise,
  provider: ProviderInterface,
  ms: number,
): Promise<{ nowMs: number; best: number }> {
  const now = (await api.query.timestamp.now()).toNumber();
  await provider.send('dev_timeTravel', [now + ms]);
  const best = await newBlock(api, provider);
  return { nowMs: (await api.query.timestamp.now()).toNumber(), best };
}

/** Adds `amount` planck to an account's free balance (and to the total issuance); returns the new free. */
export async function fundAccount(
  api: ApiPromise,
  provider: ProviderInterface,
  address: string,
  amount: bigint,
): Promise<bigint> {
  const [info, issuance] = await Promise.all([
    api.query.system.account(address),
    api.query.balances.totalIssuance(),
  ]);
  const data = info.data;
  const next = api.createType(info.toRawType(), {
    nonce: info.nonce,
    consumers: info.consumers,
    // A new account needs a provider reference to exist.
    providers: info.providers.isZero() ? 1 : info.providers,
    sufficients: info.sufficients,
    data: {
      free: data.free.toBigInt() + amount,
      reserved: data.reserved,
      frozen: data.frozen,
      flags: data.flags,
    },
  });
  const total = api.createType(issuance.toRawType(), issuance.toBigInt() + amount);
  await provider.send('dev_setStorage', [
    [
      [api.query.system.account.key(address), u8aToHex(next.toU8a())],
      // SCALE bytes (a number's toHex() is big-endian)
      [api.query.balances.totalIssuance.key(), u8aToHex(total.toU8a())],
    ],
  ]);
  await newBlock(api, provider);
  return (await api.query.system.account(address)).data.free.toBigInt();
}
