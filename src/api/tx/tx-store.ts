/**
 * The list of transactions this session sent (the "pending transactions" panel): an external store read
 * with useSyncExternalStore. Records keep their label as a message key + params so they follow the
 * language switch.
 */
import { useSyncExternalStore } from 'react';
import type { TxError } from './tx-error.js';

/**
 * 'disconnected': the connection dropped before the end, its fate is looked up when the node is back;
 * 'notSent': after that lookup, it is in no block and not in the pool (safe to send again).
 */
export type TxStatus = 'signing' | 'ready' | 'disconnected' | 'inBlock' | 'finalized' | 'failed' | 'notSent';

/** The statuses after which nothing more happens to a transaction. */
export const isTxDone = (s: TxStatus): boolean => s === 'finalized' || s === 'failed' || s === 'notSent';

export interface TxLabel {
  key: string;
  params: Record<string, string>;
}

export interface TxRecord {
  id: number;
  label: TxLabel;
  status: TxStatus;
  blockNumber?: number;
  blockHash?: string;
  txHash?: string;
  /** The nonce it was signed with. */
  nonce?: number;
  error?: TxError;
  /** Fee actually paid or previewed (planck). */
  fee?: bigint;
}

/** Whether a form's transaction went in (in a block or finalized): the form may empty. */
export const isIncluded = (rec: TxRecord | undefined): boolean =>
  rec?.status === 'finalized' || rec?.status === 'inBlock';

type Listener = () => void;

export class TxStore {
  #records: readonly TxRecord[] = [];
  #listeners = new Set<Listener>();
  #nextId = 1;

  subscribe = (l: Listener): (() => void) => {
    this.#listeners.add(l);
    return () => this.#listeners.delete(l);
  };

  snapshot = (): readonly TxRecord[] => this.#records;

  add(label: TxLabel): TxRecord {
    const rec: TxRecord = { id: this.#nextId++, label, status: 'signing' };
    this.#set([rec, ...this.#records]);
    return rec;
  }

  update(id: number, patch: Partial<TxRecord>): TxRecord | undefined {
    let out: TxRecord | undefined;
    this.#set(
      this.#records.map((r) => {
        if (r.id !== id) return r;
        out = { ...r, ...patch };
        return out;
      }),
    );
    return out;
  }

  dismiss(id: number): void {
    this.#set(this.#records.filter((r) => r.id !== id));
  }

  #set(records: readonly TxRecord[]): void {
    this.#records = records;
    for (const l of this.#listeners) l();
  }
}

/** The app's store (tests may create their own). */
export const txStore = new TxStore();

export function useTxRecords(store: TxStore = txStore): readonly TxRecord[] {
  return useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
}

export function useTxRecord(id: number | undefined, store: TxStore = txStore): TxRecord | undefined {
  const records = useTxRecords(store);
  return id === undefined ? undefined : records.find((r) => r.id === id);
}
