/**
 * Where the transaction toasts go: a corner of the window that leaves the form the user is acting on
 * uncovered. Bottom right by default (bottom on a phone, where the stack is as wide as the screen), else
 * the first corner of bottom left, top right, top left whose stack misses the form; when every corner
 * would cover part of it, the one covering least. A top corner starts `top` pixels down (below the app's
 * header and top bar while they are on screen), so a stack at the top never covers the theme, language or
 * account controls. Pure: boxes in viewport pixels.
 */
export type ToastCorner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/** In order of preference. */
export const TOAST_CORNERS: readonly ToastCorner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Size {
  width: number;
  height: number;
}

/**
 * Where a top corner's stack starts: `below` (the bottom of the header, in viewport pixels; 0 or less once
 * scrolled away), kept inside the window.
 */
export const topInset = (below: number, view: Size, stack: Size): number =>
  Math.max(0, Math.min(below, view.height - stack.height));

/** The box a stack of `stack` size takes in `corner` of a `view`-sized window (a top one `inset` down). */
export function stackBox(corner: ToastCorner, view: Size, stack: Size, inset = 0): Box {
  const left = corner.endsWith('left') ? 0 : view.width - stack.width;
  const top = corner.startsWith('top') ? inset : view.height - stack.height;
  return { left, top, right: left + stack.width, bottom: top + stack.height };
}

/** The area two boxes share (0 when they do not meet). */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The corner for a stack of `stack` size that covers least of `avoid` (the preferred one on a tie), a top
 * corner `inset` down.
 */
export function placeToasts(avoid: Box | null, view: Size, stack: Size, inset = 0): ToastCorner {
  if (!avoid) return 'bottom-right';
  let best: ToastCorner = 'bottom-right';
  let least = Number.POSITIVE_INFINITY;
  for (const corner of TOAST_CORNERS) {
    const covered = overlap(stackBox(corner, view, stack, inset), avoid);
    if (covered < least) {
      best = corner;
      least = covered;
    }
    if (covered === 0) break;
  }
  return best;
}
