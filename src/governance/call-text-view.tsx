/**
 * A proposal's call, rendered as a text node (on-chain data, never HTML), or its hash when the preimage
 * is missing.
 */
import type { BoundedCall } from './chain/decode.js';
import { useCallText } from './chain/hooks.js';
import { useGovT } from './use-gov-t.js';

export function CallText({ call }: { call: BoundedCall }) {
  const t = useGovT();
  const q = useCallText(call);
  if (!q.data) return <code className="mono">…</code>;
  return (
    <code
      className="mono call-text"
      data-testid="call-text"
      title={q.data.missing ? t('call.missing') : undefined}
    >
      {q.data.missing ? t('call.hashOnly', { hash: q.data.text }) : q.data.text}
    </code>
  );
}
