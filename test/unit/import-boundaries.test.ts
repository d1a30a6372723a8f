/**
 * The layer rules of ../shared/DESIGN.md hold for every file under src/ (test/unit/import-rules.ts reads
 * the import graph), and the checker is shown to catch each kind of boundary break on a bad example:
 * a feature importing the simulator or another feature, `frame/` importing a pallet, a `node:` import
 * in the simulator, the math leaf importing outside itself, a page loading the embedded chain.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBoundaries, importsOf, KNOWN_VIOLATIONS, violations } from './import-rules.js';

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

  it('catches a boundary break on bad examples', () => {
    const feature = 'src/vault/vault-page.tsx';
    expect(rulesOf(feature, "import { fmul } from '../pallets-mock/primitives/fixed.js';")).toEqual([
      'feature-isolation',
    ]);
    expect(rulesOf(feature, "import type { DevChain } from '../pallets-mock/devchain/chain.js';")).toEqual([
      'feature-isolation',
    ]);
    expect(rulesOf(feature, "import { PoolCard } from '../stakepool/pool-card.js';")).toEqual([
      'feature-isolation',
    ]);
    expect(rulesOf('src/governance/x.ts', "const c = await import('../embedded/client.js');")).toEqual([
      'feature-isolation',
    ]);
    expect(
      rulesOf('src/pallets-mock/frame/dispatch.ts', "import { x } from '../pallets/democracy/index.js';"),
    ).toEqual(['frame-no-pallet']);
    expect(
      rulesOf('src/pallets-mock/devchain/chain.ts', "import { readFile } from 'node:fs/promises';"),
    ).toEqual(['platform-neutral']);
    expect(rulesOf('src/pallets-mock/devchain/chain.ts', "import { createHash } from 'crypto';")).toEqual([
      'platform-neutral',
    ]);
    expect(rulesOf('src/pallets-mock/rpc/x.ts', "import { createRoot } from 'react-dom/client';")).toEqual([
      'platform-neutral',
    ]);
    expect(rulesOf('src/pallets-mock/rpc/x.ts', "import { formatPha } from '../../ui/format.js';")).toEqual([
      'platform-neutral',
    ]);
    expect(rulesOf('src/primitives/fixed.ts', "import { u8aToHex } from '@polkadot/util';")).toEqual([
      'math-leaf',
    ]);
    expect(rulesOf('src/primitives/fixed.ts', "import { PHA } from '../ui/format.js';")).toEqual([
      'math-leaf',
    ]);
    expect(rulesOf('src/ui/page.tsx', "import { builtInChain } from '../embedded/client.js';")).toEqual([
      'embedded-loader',
    ]);
    expect(rulesOf('src/app/app.tsx', "import { createRuntime } from '../pallets-mock/index.js';")).toEqual([
      'embedded-loader',
    ]);
    // A file that follows the rules breaks none.
    const good = [
      "import { fmul } from '../primitives/fixed.js';",
      "import { useApi } from '../api/api-context.js';",
      "import { formatPha } from '../ui/format.js';",
      "import { ApiPromise } from '@polkadot/api';",
    ].join('\n');
    expect(rulesOf(feature, good)).toEqual([]);
    expect(rulesOf('src/api/endpoints.ts', "const m = await import('../embedded/client.js');")).toEqual([]);
    expect(
      rulesOf('src/api/connection.ts', "import type { BuiltInChain } from '../embedded/client.js';"),
    ).toEqual([]);
    expect(rulesOf('src/primitives/fixed.ts', "import { isqrt } from './isqrt.js';")).toEqual([]);
  });

  it('a new break fails the check even next to the known violations', () => {
    const bad = {
      path: 'src/stakepool/x.ts',
      source: "import { isqrt } from '../pallets-mock/primitives/isqrt.js';",
    };
    expect(checkBoundaries([bad]).fresh).toEqual([
      {
        rule: 'feature-isolation',
        file: 'src/stakepool/x.ts',
        specifier: '../pallets-mock/primitives/isqrt.js',
      },
    ]);
  });

  it('every file under src/ keeps the layer rules (known violations: issue 18 item 3)', () => {
    const files = sources(join(ROOT, 'src')).map((f) => ({
      path: relative(ROOT, f).split('\\').join('/'),
      source: readFileSync(f, 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(300);
    const { fresh, stale } = checkBoundaries(files);
    expect(fresh).toEqual([]);
    // The allow-list only shrinks: an entry that no longer occurs must be deleted.
    expect(stale).toEqual([]);
    expect(KNOWN_VIOLATIONS.every((v) => v.rule === 'frame-no-pallet')).toBe(true);
  });
});
