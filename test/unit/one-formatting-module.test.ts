/**
 * Numbers and dates on screen come from one module, src/ui/format.ts (exact bigint → decimal, Intl for the
 * locale): no component formats on its own with toFixed, toLocaleString, toLocale{Date,Time}String or
 * toISOString (those ignore the chosen language or show raw ISO), nor hands a block number to a message
 * raw. The scan reads every component and
 * is shown to catch a stray call on a bad example. Nor does a message hold a number with its percent sign
 * ("20 %", "20%"): a percentage is a parameter that format.ts fills, so its digits and the spacing before
 * the sign are the locale's and the same as every other percentage's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from './catalogues.js';

const ROOT = join(import.meta.dirname, '../../src');
/** Formatting of its own outside format.ts; `.toFixed(` etc. on any receiver. */
const OWN_FORMATTING = /\.(toFixed|toLocaleString|toLocaleDateString|toLocaleTimeString|toISOString)\(/;
/**
 * A block number handed to a message raw (`block: end.toString()`, `block: String(n)`, `block: s.end`,
 * `end: m.end`): no group separators. A message parameter named block, best, start or end takes a
 * format.ts call (`formatCount(n, locale)`); type annotations (`block: bigint`) and comments are not
 * parameters.
 */
const RAW_BLOCK = /\b(block|best|start|end): (?!format[A-Z]\w*\()(?!(bigint|number|string)\b)/;
const COMMENT = /^\s*(\*|\/\/|\/\*)/;

function components(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? components(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  );
}

/** `file:line` of each line that formats on its own. */
function ownFormatting(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      OWN_FORMATTING.test(line) || (RAW_BLOCK.test(line) && !COMMENT.test(line))
        ? [`${file}:${i + 1}: ${line.trim()}`]
        : [],
    );
}

describe('one formatting module', () => {
  it('finds a component that formats a number itself', () => {
    expect(ownFormatting('bad.tsx', 'const a = 1;\n<dd>{share.toFixed(2)}%</dd>')).toEqual([
      'bad.tsx:2: <dd>{share.toFixed(2)}%</dd>',
    ]);
    expect(ownFormatting('bad.tsx', '{new Date(ms).toLocaleString()}')).toHaveLength(1);
    expect(ownFormatting('good.tsx', '{formatPercent(share, locale)}')).toEqual([]);
    expect(ownFormatting('bad.tsx', "t('ref.approved', { block: r.end.toString() })")).toHaveLength(1);
    expect(ownFormatting('bad.tsx', "t('story.enactedOk', { block: String(n) })")).toHaveLength(1);
    expect(ownFormatting('good.tsx', "t('ref.approved', { block: formatCount(r.end, locale) })")).toEqual([]);
    // a record's value or a number passed on as it is (the story's end, a council motion's end)
    expect(ownFormatting('bad.tsx', "<dd>{t('story.block', { block: s.end })}</dd>")).toHaveLength(1);
    expect(ownFormatting('bad.tsx', '  end: m.end,')).toHaveLength(1);
    expect(ownFormatting('bad.tsx', "t('tx.status.inBlock', { block: r.blockNumber ?? '…' })")).toHaveLength(
      1,
    );
    expect(ownFormatting('good.tsx', '  end: formatCount(m.end, locale),')).toEqual([]);
    expect(ownFormatting('good.tsx', 'const dateOf = (block: bigint) =>')).toEqual([]);
    expect(ownFormatting('good.tsx', ' * follows the best block: one subscription')).toEqual([]);
  });

  it('no component of the dApp formats numbers or dates outside src/ui/format.ts', () => {
    const files = components(ROOT);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => ownFormatting(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('no message of either language writes a percentage itself', () => {
    const NUMBER_PERCENT = /\d\s*%/;
    expect(NUMBER_PERCENT.test('Treasury (20 %)')).toBe(true);
    expect(NUMBER_PERCENT.test('Kas (20% dari anggaran)')).toBe(true);
    expect(NUMBER_PERCENT.test('Commission in % (now {current})')).toBe(false);
    for (const locale of ['en', 'id'] as const) {
      const all = messages(locale);
      expect(all.length).toBeGreaterThan(500);
      expect(all.filter(([, text]) => NUMBER_PERCENT.test(text))).toEqual([]);
    }
  });
});
