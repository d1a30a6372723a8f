/**
 * The main navigation: a bar of links on wide screens and, on a phone (≤ 640 px), a "Menu" button that
 * opens a Radix dropdown reaching every section — the same links, so nothing falls off screen.
 */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ComponentProps, ReactNode } from 'react';
import { GovernanceNavLink } from '../governance/governance-nav-link.js';
import { OperatorNavLink } from '../stakepool/operator/operator-nav-link.js';
import { useT } from '../ui/i18n/i18n.js';
import { ManagerNavLink } from '../vault/manager/manager-nav-link.js';
import { DevToolsNavLink } from './dev-tools/dev-tools-nav-link.js';
import type { Route } from './router.js';

type LinkProps = ComponentProps<'a'>;

function links(route: Route, t: ReturnType<typeof useT>): Array<(p: LinkProps) => ReactNode> {
  const plain = (href: string, page: Route['page'], label: string) => (p: LinkProps) => (
    <a href={href} {...p} aria-current={route.page === page ? 'page' : undefined}>
      {label}
    </a>
  );
  return [
    plain('#/', 'explorer', t('nav.pools')),
    plain('#/portfolio', 'portfolio', t('nav.portfolio')),
    (p) => <GovernanceNavLink current={route.page === 'governance'} {...p} />,
    (p) => <OperatorNavLink current={route.page === 'operator'} {...p} />,
    (p) => <ManagerNavLink current={route.page === 'manager'} {...p} />,
    plain('#/glossary', 'glossary', t('nav.glossary')),
    (p) => <DevToolsNavLink current={route.page === 'dev'} {...p} />,
  ];
}

export function MainNav({ route }: { route: Route }) {
  const t = useT();
  const items = links(route, t);
  return (
    <>
      <nav aria-label={t('nav.main')} className="nav">
        {items.map((render, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          <span key={i}>{render({})}</span>
        ))}
      </nav>
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger className="menu-button" data-testid="menu-button">
          ☰ {t('nav.menu')}
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="start" sideOffset={6} aria-label={t('nav.main')}>
            {items.map((render, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
              <DropdownMenu.Item key={i} asChild className="menu-item">
                {render({})}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </>
  );
}
