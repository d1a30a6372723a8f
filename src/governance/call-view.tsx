/**
 * A proposal's call in words, the one view every governance page uses: pallet and call, each argument
 * by name — accounts with the address view, amounts in PHA, text as text, nested calls expanded — and
 * the raw bytes behind a toggle. A call whose preimage is missing shows its hash. Calls and argument
 * names the catalogue knows read in the active locale; others read as words from their code names in
 * English, and by the code name alone in another locale (the call's code name is always shown).
 */
import { useMemo } from 'react';
import { useConnection } from '../api/api-context.js';
import { AddressView } from '../ui/address-view.js';
import { formatPha } from '../ui/format.js';
import { type Locale, useLocale } from '../ui/i18n/i18n.js';
import { type ArgValue, type CallArg, type CallNode, decodeCall } from './chain/call-tree.js';
import type { BoundedCall } from './chain/decode.js';
import { useCallBytes } from './chain/hooks.js';
import { en, type GovKey } from './i18n/en.js';
import { type GovT, useGovT } from './use-gov-t.js';

/** `technicalCommittee` / `remark_with_event` → "Technical committee" / "Remark with event". */
function words(id: string): string {
  const s = id
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const isGovKey = (key: string): key is GovKey => Object.hasOwn(en, key);

/** A catalogue label for `key`, else words from the code name in English, else null (the code name). */
function label(t: GovT, locale: Locale, key: string, english: () => string): string | null {
  if (isGovKey(key)) return t(key);
  return locale === 'en' ? english() : null;
}

function ValueView({ value }: { value: ArgValue }) {
  const { locale } = useLocale();
  const t = useGovT();
  switch (value.kind) {
    case 'account':
      return <AddressView address={value.address} />;
    case 'balance':
      return <span data-testid="call-pha">{formatPha(value.planck, locale)} PHA</span>;
    case 'text':
      return <span className="call-arg-text">{value.text}</span>;
    case 'call':
      return <CallNodeView node={value.call} />;
    case 'list':
      return value.items.length === 0 ? (
        <span>{t('call.none')}</span>
      ) : (
        <ol className="call-list">
          {value.items.map((v, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: decoded items have no identity but their place
            <li key={i}>
              <ValueView value={v} />
            </li>
          ))}
        </ol>
      );
    case 'fields':
      return <NamedValues args={value.fields} />;
    case 'variant':
      return (
        <span>
          {words(value.name)}
          {value.value && (
            <>
              {': '}
              <ValueView value={value.value} />
            </>
          )}
        </span>
      );
    case 'plain':
      return <code className="mono call-text">{value.text}</code>;
  }
}

/** A call's arguments or a struct's fields: each by name, in words, with its value. */
function NamedValues({ args }: { args: readonly CallArg[] }) {
  const t = useGovT();
  const { locale } = useLocale();
  return (
    <dl className="call-args">
      {args.map((a) => (
        <div key={a.name} data-arg={a.name}>
          <dt>{label(t, locale, `call.arg.${a.name}`, () => words(a.name)) ?? a.name}</dt>
          <dd>
            <ValueView value={a.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function CallNodeView({ node }: { node: CallNode }) {
  const t = useGovT();
  const { locale } = useLocale();
  const name = `${node.section}.${node.method}`;
  const title = label(t, locale, `call.name.${name}`, () => `${words(node.section)}: ${words(node.method)}`);
  return (
    <div className="call" data-testid="call" data-call={name}>
      {title !== null && (
        <>
          <strong>{title}</strong>{' '}
        </>
      )}
      <code className="mono" title={node.doc || undefined}>
        {name}
      </code>
      {node.args.length > 0 && <NamedValues args={node.args} />}
    </div>
  );
}

/** A call from its SCALE bytes (a Council motion holds them directly). */
export function CallHexView({ hex }: { hex: string }) {
  const t = useGovT();
  const { api } = useConnection();
  const node = useMemo(() => decodeCall(api, hex), [api, hex]);
  return (
    <div className="call-view" data-testid="call-text">
      {node ? <CallNodeView node={node} /> : <p>{t('call.undecodable')}</p>}
      <details data-testid="call-raw">
        <summary>{t('call.raw')}</summary>
        <code className="mono call-text">{hex}</code>
      </details>
    </div>
  );
}

/** A referendum's or proposal's call: inline, or its preimage fetched from chain. */
export function CallView({ call }: { call: BoundedCall }) {
  const t = useGovT();
  const q = useCallBytes(call);
  if (!q.data) return <code className="mono">…</code>;
  if ('missing' in q.data)
    return (
      <code className="mono call-text" data-testid="call-text" title={t('call.missing')}>
        {t('call.hashOnly', { hash: q.data.hash })}
      </code>
    );
  return <CallHexView hex={q.data.hex} />;
}
