/**
 * `rpc.discover`'s answer: an OpenRPC 1.2 document (https://spec.open-rpc.org) generated from the method
 * table, listing the methods whose name starts with one of `info.prefixes` (pha_, dev_, sim_ on every
 * server) with their parameters (name, required, schema) and result schema, as each `MethodSpec`
 * declares them. A plain handler (no spec) is listed without params and with the empty (any) schema.
 */
import type { JsonSchema } from './schema.js';
import type { MethodSpec, MethodTable, ParamSpec } from './server-core.js';

export const OPENRPC_VERSION = '1.2.6';

/** The prefixes of the methods every server documents. */
export const DOCUMENTED_PREFIXES = ['pha_', 'dev_', 'sim_'] as const;

export interface OpenRpcInfo {
  title: string;
  version: string;
  /** Methods documented: those whose name starts with one of these (default DOCUMENTED_PREFIXES). */
  prefixes?: readonly string[];
}

export interface OpenRpcMethod {
  name: string;
  summary: string;
  params: Array<{ name: string; required: boolean; schema: JsonSchema }>;
  result: { name: string; schema: JsonSchema };
}

export interface OpenRpcDocument {
  openrpc: string;
  info: { title: string; version: string };
  methods: OpenRpcMethod[];
}

/** The spec a table entry declares (server-core.ts `declare`), if any. */
export const specOf = (handler: unknown): MethodSpec | undefined =>
  typeof handler === 'function' && 'spec' in handler ? (handler as { spec: MethodSpec }).spec : undefined;

const descriptor = (p: ParamSpec) => ({ name: p.name, required: p.required === true, schema: p.schema });

/** Any context fits (`never`): the document calls no handler, it reads only their specs. */
export function openRpcDocument(table: MethodTable<never>, info: OpenRpcInfo): OpenRpcDocument {
  const prefixes = info.prefixes ?? DOCUMENTED_PREFIXES;
  const methods: OpenRpcMethod[] = [];
  for (const name of Object.keys(table).sort()) {
    if (!prefixes.some((p) => name.startsWith(p))) continue;
    const spec = specOf(table[name]);
    methods.push({
      name,
      summary: spec?.summary ?? '',
      params: spec ? spec.params.map(descriptor) : [],
      result: { name: `${name}Result`, schema: spec ? spec.result : {} },
    });
  }
  return { openrpc: OPENRPC_VERSION, info: { title: info.title, version: info.version }, methods };
}
