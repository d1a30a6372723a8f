/**
 * The layer rules of ../shared/DESIGN.md as an import-graph check: reads the import specifiers of each
 * source file with a regex (static `import`/`export … from`, side-effect imports, dynamic `import()`;
 * comments stripped), resolves relative ones to repository paths, and reports each import a rule
 * forbids. Pure (files in, violations out) so a test can feed it bad examples; known violations would be
 * listed, not hidden, and must stay real (the list is empty).
 */
import { builtinModules } from 'node:module';
import { posix } from 'node:path';

export interface SourceFile {
  /** Repository-relative path with forward slashes, e.g. `src/vault/vault-page.tsx`. */
  path: string;
  source: string;
}

export interface ImportRef {
  /** As written. */
  specifier: string;
  /** Repository path without extension for relative imports (`src/pallets-mock/frame/types`), else the specifier. */
  target: string;
  /** `import type …` / every specifier `type`: erased at build time, loads nothing. */
  typeOnly: boolean;
}

export interface Violation {
  rule: RuleId;
  file: string;
  specifier: string;
}

export type RuleId =
  | 'platform-neutral'
  | 'feature-isolation'
  | 'embedded-loader'
  | 'math-leaf'
  | 'frame-no-pallet';

export const FEATURES = ['src/stakepool', 'src/vault', 'src/governance'] as const;
/** The delegator's pool page, forms and charts: a feature StakePool and Vault pages both build on. */
export const DELEGATION = 'src/delegation';
const BROWSER_LAYERS = ['src/app', 'src/ui', 'src/wallet', 'src/api', DELEGATION, ...FEATURES];
const NODE_BUILTINS = new Set(builtinModules);

const under = (path: string, dir: string): boolean => path === dir || path.startsWith(`${dir}/`);
const underAny = (path: string, dirs: readonly string[]): boolean => dirs.some((d) => under(path, d));

/** Block and line comments removed (a `//` after a `:`, as in `ws://`, is kept). */
const stripComments = (source: string): string =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');

const STATIC_IMPORT = /\b(import|export)\s+(type\s+)?(?:([^'";]*?)\bfrom\s*)?['"]([^'"\n]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

function resolve(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return posix.join(posix.dirname(file), specifier).replace(/\.(js|ts|tsx|jsx)$/, '');
}

/** Every import of a file. */
export function importsOf(file: SourceFile): ImportRef[] {
  const text = stripComments(file.source);
  const out: ImportRef[] = [];
  for (const m of text.matchAll(STATIC_IMPORT)) {
    const [, , typeKw, clause, specifier = ''] = m;
    const names = /\{([^}]*)\}/.exec(clause ?? '')?.[1];
    const allTypes =
      names !== undefined &&
      !/^\s*[\w$]+\s*,/.test(clause ?? '') &&
      names
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .every((s) => s.startsWith('type '));
    out.push({
      specifier,
      target: resolve(file.path, specifier),
      typeOnly: typeKw !== undefined || allTypes,
    });
  }
  for (const m of text.matchAll(DYNAMIC_IMPORT)) {
    const specifier = m[1] ?? '';
    out.push({ specifier, target: resolve(file.path, specifier), typeOnly: false });
  }
  return out;
}

const isNodeBuiltin = (target: string): boolean =>
  target.startsWith('node:') || NODE_BUILTINS.has(target.split('/')[0] ?? '');
const isDomPackage = (target: string): boolean => /^(react|react-dom|@testing-library)(\/|$)/.test(target);

/** The rule `imp` of `file` breaks, if any (the first that applies). */
function broken(file: string, imp: ImportRef): RuleId | undefined {
  const t = imp.target;
  // The leaf of pure domain math imports nothing outside itself.
  if (under(file, 'src/primitives') && !under(t, 'src/primitives')) return 'math-leaf';
  // The simulator runs in the browser and in Node: no `node:`, no DOM, nothing of the dApp's layers.
  if (
    under(file, 'src/pallets-mock') &&
    (isNodeBuiltin(t) || isDomPackage(t) || underAny(t, [...BROWSER_LAYERS, 'src/embedded']))
  )
    return 'platform-neutral';
  // frame/ is the kernel: it knows no concrete pallet.
  if (under(file, 'src/pallets-mock/frame') && under(t, 'src/pallets-mock/pallets')) return 'frame-no-pallet';
  // Features never import each other, the simulator or the embedded chain (not even its types).
  const feature = FEATURES.find((f) => under(file, f));
  if (feature !== undefined) {
    if (FEATURES.some((f) => f !== feature && under(t, f))) return 'feature-isolation';
    if (underAny(t, ['src/pallets-mock', 'src/embedded'])) return 'feature-isolation';
  }
  // The delegation feature is shared by StakePool and Vault: it imports neither, nor the simulator.
  if (under(file, DELEGATION) && underAny(t, [...FEATURES, 'src/pallets-mock', 'src/embedded']))
    return 'feature-isolation';
  // Only the endpoint registry loads the embedded chain; the rest of the dApp never loads the simulator.
  if (underAny(file, BROWSER_LAYERS)) {
    if (under(t, 'src/pallets-mock')) return 'embedded-loader';
    if (under(t, 'src/embedded') && !imp.typeOnly && file !== 'src/api/endpoints.ts')
      return 'embedded-loader';
  }
  return undefined;
}

/** Every import of `files` that breaks a layer rule. */
export function violations(files: readonly SourceFile[]): Violation[] {
  return files.flatMap((f) =>
    importsOf(f).flatMap((imp) => {
      const rule = broken(f.path, imp);
      return rule === undefined ? [] : [{ rule, file: f.path, specifier: imp.specifier }];
    }),
  );
}
