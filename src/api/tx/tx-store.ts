/**
 * The list of transactions this session sent (the "pending transactions" panel): an external store read
 * with useSyncExternalStore. Records keep their label as a message key + raw params (and the feature's
 * catalogues when the key is a feature's), translated and formatted where they are shown, so they follow
 * the language switch.
 */
import { useSyncExternalStore } from 'react';
import type { MessageParam } from '../../ui/format.js';
import type { Locale } from '../../ui/i18n/i18n.js';
import type { TxError } from './tx-error.js';

/**
 * 'disconnected': the connection dropped before the end, its fate is looked up when the node is back;
 * 'notSent': after that lookup, it is in no block and not in the pool (safe to send again).
 */
export type TxStatus = 'signing' | 'ready' | 'disconnected' | 'inBlock' | 'finalized' | 'failed' | 'notSent';

/** The statuses after which nothing more happens to a transaction. */
export const isTxDone = (s: TxStatus): boolean => s === 'finalized' || s === 'failed' || s === 'notSent';

/**
 * A label's parameter, raw: text (an id, a name) is shown as written, a number is a count, a bigint a PHA
 * amount in planck, `{ permill }` a rate and `{ count, noun }` a count of things, formatted in the locale
 * the label is read in (src/ui/format.ts `MessageParam`, `formatParams`).
 */
export type TxParam = MessageParam;
export type TxParams = Readonly<Record<string, TxParam>>;

/** A feature's messages per locale (its own catalogue, src/ui/i18n/feature-catalogue.ts). */
export type TxMessages = Readonly<Record<Locale, Readonly<Record<string, string>>>>;

export interface TxLabel {
  key: string;
  params: TxParams;
  /** The catalogues `key` belongs to; without them, the shell's catalogue (a key it lacks reads as written). */
  messages?: TxMessages;
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
