/**
 * Defect 9 (issue 20): a transaction cut off by an outage is worded as disconnected / not sent /
 * included-but-failed in both languages — never as a rejection — and the reconnect backoff doubles up to
 * its cap.
 */
import { describe, expect, it } from 'vitest';
import { RETRY_FIRST_MS, RETRY_MAX_MS, retryDelayMs } from '../../src/api/reconnect.js';
import { isTxDone, type TxRecord } from '../../src/api/tx/tx-store.js';
import { translator } from '../../src/ui/i18n/i18n.js';
import { txStatusText } from '../../src/ui/tx-status.js';

const rec = (patch: Partial<TxRecord>): TxRecord => ({
  id: 1,
  label: { key: 'x', params: {} },
  status: 'signing',
  ...patch,
});

describe('defect 9: the outage in words', () => {
  it('says disconnected, then not sent or included in block #N, in English and Bahasa Indonesia', () => {
    const en = translator('en');
    const id = translator('id');
    expect(txStatusText(en, 'en', rec({ status: 'disconnected' }))).toBe(
      'Disconnected — checking when the node is back',
    );
    expect(txStatusText(id, 'id', rec({ status: 'disconnected' }))).toBe(
      'Terputus — diperiksa saat node kembali',
    );
    expect(txStatusText(en, 'en', rec({ status: 'notSent' }))).toBe('Not sent — you can send it again');
    expect(txStatusText(id, 'id', rec({ status: 'notSent' }))).toMatch(/^Tidak terkirim/);
    expect(txStatusText(en, 'en', rec({ status: 'finalized', blockNumber: 7 }))).toBe(
      'Finalized in block #7',
    );
    expect(txStatusText(id, 'id', rec({ status: 'finalized', blockNumber: 7 }))).toBe('Final di blok #7');
    const late = rec({ status: 'finalized', blockNumber: 1_234_567 });
    expect(txStatusText(en, 'en', late)).toBe('Finalized in block #1,234,567');
    expect(txStatusText(id, 'id', late)).toBe('Final di blok #1.234.567');
    const failedIn = rec({ status: 'failed', blockNumber: 7, error: { code: 'BadOrigin', docs: '' } });
    expect(txStatusText(en, 'en', failedIn)).toMatch(/^Included in block #7, but failed: /);
    for (const s of ['disconnected', 'notSent'] as const) {
      expect(txStatusText(en, 'en', rec({ status: s }))).not.toMatch(/reject/i);
    }
  });

  it('a disconnected transaction is still busy (no second send); not sent is done', () => {
    expect(isTxDone('disconnected')).toBe(false);
    expect(isTxDone('notSent')).toBe(true);
  });

  it('reconnects with a doubling delay up to its cap', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([1, 2, 4, 8].map((n) => n * RETRY_FIRST_MS));
    expect(retryDelayMs(50)).toBe(RETRY_MAX_MS);
  });
});
