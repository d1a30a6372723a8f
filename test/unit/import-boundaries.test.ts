/**
 * The layer rules of ../shared/DESIGN.md hold for every file under src/ (test/unit/import-rules.ts reads
 * the import graph), and the checker is shown to catch each kind of boundary break on a bad example:
 * a feature importing the simulator or another feature, `frame/` importing a pallet, a `node:` import
 * in the simulator, the math leaf importing outside itself, a page loading the embedded chain.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, type RuleId, violations } from './import-rules.js';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const rulesOf = (path: string, source: string) => violations([{ path, source }]).map((v) => v.rule);

describe('import boundaries', () => {
  it('reads static, multi-line, side-effect, re-export and dynamic imports, and type-only ones', () => {
    const refs = importsOf({
      path: 'src/api/x.ts',
      source: [
        "/** import { no } from '../not-an-import.js'; */",
        "import { a,\n  b } from './a.js';",
        "import type { T } from '../embedded/client.js';",
        "import { type U, type V } from '../embedded/protocol.js';",
        "import './side-effect.js';",
        "export { c } from '../ui/c.js';",
        "const m = await import('../embedded/client.js');",
        "const url = 'ws://127.0.0.1'; // import x from 'nope'",
      ].join('\n'),
    });
    expect(refs).toEqual([
      { specifier: './a.js', target: 'src/api/a', typeOnly: false },
      { specifier: '../embedded/client.js', target: 'src/embedded/client', typeOnly: true },
      { specifier: '../embedded/protocol.js', target: 'src/embedded/protocol', typeOnly: true },
      { specifier: './side-effect.js', target: 'src/api/side-effect', typeOnly: false },
      { specifier: '../ui/c.js', target: 'src/ui/c', typeOnly: false },
      { specifier: '../embedded/client.js', target: 'src/embedded/client', typeOnly: false },
    ]);
  });

  /** [file, import line, the rule it breaks (or undefined: none)]. */
  const EXAMPLES: ReadonlyArray<readonly [string, string, RuleId | undefined]> = [
    [
      'src/vault/vault-page.tsx',
      "import { fmul } from '../pallets-mock/primitives/fixed.js';",
      'feature-isolation',
    ],
    [
      'src/vault/x.ts',
      "import type { DevChain } from '../pallets-mock/devchain/chain.js';",
      'feature-isolation',
    ],
    ['src/vault/x.ts', "import { PoolCard } from '../stakepool/pool-card.js';", 'feature-isolation'],
    ['src/delegation/x.tsx', "import { VaultPage } from '../vault/vault-page.js';", 'feature-isolation'],
    [
      'src/delegation/x.tsx',
      "import { Pools } from '../pallets-mock/pallets/phala-base-pool/types.js';",
      'feature-isolation',
    ],
    ['src/vault/x.ts', "import { WithdrawForm } from '../delegation/withdraw-form.js';", undefined],
    ['src/governance/x.ts', "const c = await import('../embedded/client.js');", 'feature-isolation'],
    [
      'src/pallets-mock/frame/dispatch.ts',
      "import { x } from '../pallets/democracy/index.js';",
      'frame-no-pallet',
    ],
    [
      'src/pallets-mock/devchain/chain.ts',
      "import { readFile } from 'node:fs/promises';",
      'platform-neutral',
    ],
    ['src/pallets-mock/devchain/chain.ts', "import { createHash } from 'crypto';", 'platform-neutral'],
    ['src/pallets-mock/rpc/x.ts', "import { createRoot } from 'react-dom/client';", 'platform-neutral'],
    ['src/pallets-mock/rpc/x.ts', "import { formatPha } from '../../ui/format.js';", 'platform-neutral'],
    ['src/primitives/fixed.ts', "import { u8aToHex } from '@polkadot/util';", 'math-leaf'],
    ['src/primitives/fixed.ts', "import { PHA } from '../ui/format.js';", 'math-leaf'],
    ['src/ui/page.tsx', "import { builtInChain } from '../embedded/client.js';", 'embedded-loader'],
    ['src/app/app.tsx', "import { createRuntime } from '../pallets-mock/index.js';", 'embedded-loader'],
    // Imports that follow the rules.
    ['src/vault/x.ts', "import { fmul } from '../primitives/fixed.js';", undefined],
    ['src/vault/x.ts', "import { useApi } from '../api/api-context.js';", undefined],
    ['src/vault/x.ts', "import { formatPha } from '../ui/format.js';", undefined],
    ['src/vault/x.ts', "import { ApiPromise } from '@polkadot/api';", undefined],
    ['src/api/endpoints.ts', "const m = await import('../embedded/client.js');", undefined],
    ['src/api/connection.ts', "import type { BuiltInChain } from '../embedded/client.js';", undefined],
    ['src/primitives/fixed.ts', "import { isqrt } from './isqrt.js';", undefined],
  ];

  it.each(EXAMPLES)('%s: %s → %s', (file, line, rule) => {
    expect(rulesOf(file, line)).toEqual(rule === undefined ? [] : [rule]);
  });

  it('every file under src/ keeps the layer rules', () => {
    const files = sources(join(ROOT, 'src')).map((f) => ({
      path: relative(ROOT, f).split('\\').join('/'),
      source: readFileSync(f, 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(300);
    expect(violations(files)).toEqual([]);
  });
});
