/**
 * Tooltips (Radix Tooltip): `<Tip content>` explains a label on hover and on keyboard focus, announced to
 * screen readers; `<TipProvider>` (once, in the shell) sets the shared delay.
 */
import * as Tooltip from '@radix-ui/react-tooltip';
import type { ReactNode } from 'react';

export function TipProvider({ children }: { children: ReactNode }) {
  return <Tooltip.Provider delayDuration={250}>{children}</Tooltip.Provider>;
}

export function Tip({ content, children }: { content: ReactNode; children: ReactNode }) {
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the label must be focusable to show its tooltip */}
        <span className="tip-trigger" tabIndex={0}>
          {children}
        </span>
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="tip" sideOffset={6} collisionPadding={8}>
          {content}
          <Tooltip.Arrow className="tip-arrow" />
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}
