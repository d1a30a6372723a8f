/**
 * A horizontal scroller that shows it goes on: the wrapper marks the sides with more content
 * (`data-more-start`, `data-more-end`: measured on every render, scroll and window resize) and the CSS
 * (`.scroll-cue` in src/app/styles.css) shades those edges, so on a phone a tab bar or a wide table
 * visibly continues. Its one child is the scrolling element (it has `overflow-x: auto`). `keepInView`, a
 * selector inside it (the selected tab), is scrolled into view when first shown, whenever the selector
 * changes and when the window is resized (a phone turned, a window narrowed); a scroll of the user's own
 * is left alone until then.
 */
import { type ReactElement, useEffect, useLayoutEffect, useRef } from 'react';

/** Room left beside the kept element, so the cue's shade does not cover it. */
const MARGIN_PX = 24;

function measure(wrapper: HTMLElement, keepInView: string | undefined): void {
  const scroller = wrapper.firstElementChild;
  if (!(scroller instanceof HTMLElement)) return;
  const kept = keepInView ? scroller.querySelector(keepInView) : null;
  if (kept) {
    const s = scroller.getBoundingClientRect();
    const k = kept.getBoundingClientRect();
    if (k.left < s.left) scroller.scrollLeft -= s.left - k.left + MARGIN_PX;
    else if (k.right > s.right) scroller.scrollLeft += k.right - s.right + MARGIN_PX;
  }
  const max = scroller.scrollWidth - scroller.clientWidth;
  wrapper.dataset.moreStart = String(scroller.scrollLeft > 1);
  wrapper.dataset.moreEnd = String(scroller.scrollLeft < max - 1);
}

export function ScrollCue({
  children,
  keepInView,
  className,
}: {
  children: ReactElement;
  keepInView?: string;
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const kept = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (!ref.current) return;
    measure(ref.current, keepInView === kept.current ? undefined : keepInView);
    kept.current = keepInView;
  });
  useEffect(() => {
    const wrapper = ref.current;
    const scroller = wrapper?.firstElementChild;
    if (!wrapper || !scroller) return;
    const onScroll = () => measure(wrapper, undefined);
    const onResize = () => measure(wrapper, kept.current);
    scroller.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onResize);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onResize);
    };
  }, []);
  return (
    <div ref={ref} className={className ? `scroll-cue ${className}` : 'scroll-cue'} data-testid="scroll-cue">
      {children}
    </div>
  );
}
