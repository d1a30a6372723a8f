/**
 * The voters of a finished referendum: account (address view), direction, conviction, balance, votes
 * delegated to the voter and the votes counted; every column sorts (ascending, then descending), most
 * votes first by default. On a phone the table scrolls sideways, shaded on the side it continues.
 */
import { useMemo, useState } from 'react';
import type { ReferendumVote } from '../indexer/types.js';
import { type Conviction, multiplierLabel } from '../primitives/conviction.js';
import { AddressView } from '../ui/address-view.js';
import { formatCount, formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { ScrollCue } from '../ui/scroll-cue.js';
import { SortLabel } from '../ui/table-head.js';
import { DEFAULT_SORT, type SortOrder, sortVoters, type VoterColumn, voterRow } from './model/voter-list.js';
import { useGovT } from './use-gov-t.js';

const COLUMNS: ReadonlyArray<{ col: VoterColumn; numeric: boolean }> = [
  { col: 'voter', numeric: false },
  { col: 'direction', numeric: false },
  { col: 'conviction', numeric: true },
  { col: 'balance', numeric: true },
  { col: 'delegated', numeric: true },
  { col: 'votes', numeric: true },
];

export function VoterTable({ voters }: { voters: readonly ReferendumVote[] }) {
  const t = useGovT();
  const { locale } = useLocale();
  const [sort, setSort] = useState(DEFAULT_SORT);
  const rows = useMemo(
    () => sortVoters(voters.map(voterRow), sort.column, sort.order),
    [voters, sort.column, sort.order],
  );
  const onSort = (column: VoterColumn) =>
    setSort((s) => ({
      column,
      order: (s.column === column ? (s.order === 'asc' ? 'desc' : 'asc') : 'desc') as SortOrder,
    }));
  const pha = (v: bigint) => formatPha(v, locale);
  if (voters.length === 0) return <p data-testid="voters-empty">{t('story.noVoters')}</p>;
  return (
    <ScrollCue>
      <div className="table-wrap">
        <table className="voters" data-testid="voters">
          <caption>{t('story.voters', { count: formatCount(voters.length, locale) })}</caption>
          <thead>
            <tr>
              {COLUMNS.map(({ col, numeric }) => {
                const active = sort.column === col;
                const dir = active ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none';
                return (
                  <th key={col} scope="col" aria-sort={dir} className={numeric ? 'num' : undefined}>
                    <button
                      type="button"
                      className="sort"
                      data-testid={`voters-sort-${col}`}
                      onClick={() => onSort(col)}
                    >
                      <SortLabel
                        label={t(`story.col.${col}`)}
                        arrow={active ? (sort.order === 'asc' ? '▲' : '▼') : '↕'}
                      />
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.voter} data-testid="voter-row" data-voter={r.voter} data-direction={r.direction}>
                <td>
                  <AddressView address={r.voter} />
                </td>
                <td>
                  {r.direction === 'split'
                    ? t('story.split', { aye: pha(r.ayeBalance), nay: pha(r.nayBalance) })
                    : t(r.direction === 'aye' ? 'vote.side.aye' : 'vote.side.nay')}
                </td>
                <td className="num">{multiplierLabel(r.conviction as Conviction)}</td>
                <td className="num" data-testid="voter-balance">
                  {pha(r.balance)}
                </td>
                <td className="num" data-testid="voter-delegated">
                  {r.delegatedVotes > 0n
                    ? t('story.delegatedValue', {
                        votes: pha(r.delegatedVotes),
                        capital: pha(r.delegatedCapital),
                      })
                    : '–'}
                </td>
                <td className="num" data-testid="voter-votes">
                  {pha(r.votes)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ScrollCue>
  );
}
