/**
 * Tabs whose selection lives in the URL: Radix Tabs (tablist/tab/tabpanel roles, arrow keys, Home/End)
 * over hash routes, so every tab has a deep link, Back returns to the previous tab and a reload keeps it.
 * Choosing a tab (click, or Enter/Space on the focused one: manual activation, so arrowing through the
 * tabs does not load each panel) sets the hash; the page reads its tab back from the route. Only the
 * selected panel is mounted. On a narrow screen the tab bar scrolls sideways, shaded where it goes on,
 * with the selected tab scrolled into view (ScrollCue).
 */
import * as Tabs from '@radix-ui/react-tabs';
import type { ReactNode } from 'react';
import { ScrollCue } from './scroll-cue.js';

export interface TabSpec<T extends string> {
  value: T;
  label: ReactNode;
  content: ReactNode;
}

export function RouteTabs<T extends string>({
  label,
  value,
  tabs,
  href,
}: {
  /** The tab list's accessible name. */
  label: string;
  value: T;
  tabs: readonly TabSpec<T>[];
  /** The hash of a tab's deep link. */
  href(value: T): string;
}) {
  return (
    <Tabs.Root
      className="tabs-root"
      value={value}
      activationMode="manual"
      onValueChange={(v) => {
        window.location.hash = href(v as T);
      }}
    >
      <ScrollCue className="tabs-bar" keepInView={`[data-tab="${value}"]`}>
        <Tabs.List className="tabs" aria-label={label}>
          {tabs.map((tab) => (
            <Tabs.Trigger
              key={tab.value}
              value={tab.value}
              className="tab"
              data-tab={tab.value}
              data-testid={`tab-${tab.value}`}
            >
              {tab.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </ScrollCue>
      {tabs.map((tab) => (
        <Tabs.Content key={tab.value} value={tab.value} className="tab-panel">
          {tab.content}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
