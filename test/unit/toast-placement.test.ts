/**
 * Where the transaction toasts go (src/ui/toast-placement.ts): bottom right unless that covers the form the
 * user is acting on; beside a form in the right-hand column, bottom left; on a phone (the stack as wide as
 * the screen) with the form low on the screen, the top; when every corner covers part of it, the corner
 * covering least. Property: the chosen corner never covers more of the form than any other corner.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, overlap, placeToasts, stackBox, TOAST_CORNERS } from '../../src/ui/toast-placement.js';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('toast placement', () => {
  it('bottom right when nothing is in the way', () => {
    expect(placeToasts(null, DESKTOP, { width: 384, height: 120 })).toBe('bottom-right');
    // a form in the left column, high up
    expect(placeToasts(box(16, 100, 700, 300), DESKTOP, { width: 384, height: 120 })).toBe('bottom-right');
  });

  it('bottom left beside a withdraw card low in the right-hand column', () => {
    const card = box(860, 420, 400, 360);
    expect(overlap(stackBox('bottom-right', DESKTOP, { width: 384, height: 120 }), card)).toBeGreaterThan(0);
    expect(placeToasts(card, DESKTOP, { width: 384, height: 120 })).toBe('bottom-left');
  });

  it('on a phone, the top when the form is at the bottom of the screen, the bottom when it is high', () => {
    const stack = { width: 390, height: 110 };
    expect(placeToasts(box(16, 400, 358, 440), PHONE, stack)).toBe('top-right');
    expect(placeToasts(box(16, 60, 358, 500), PHONE, stack)).toBe('bottom-right');
  });

  it('a form taller than the screen: the corner that covers least of it', () => {
    const stack = { width: 390, height: 110 };
    // the form starts 80 px down and runs past the bottom: the top covers 30 px of it, the bottom 110
    expect(placeToasts(box(0, 80, 390, 2000), PHONE, stack)).toBe('top-right');
  });

  it('never covers more of the form than another corner would', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 1300 }),
        fc.integer({ min: -500, max: 900 }),
        fc.integer({ min: 1, max: 1300 }),
        fc.integer({ min: 1, max: 1500 }),
        fc.integer({ min: 200, max: 1280 }),
        fc.integer({ min: 40, max: 600 }),
        (left, top, width, height, stackWidth, stackHeight) => {
          const form = box(left, top, width, height);
          const stack = { width: stackWidth, height: stackHeight };
          const chosen = overlap(stackBox(placeToasts(form, DESKTOP, stack), DESKTOP, stack), form);
          for (const c of TOAST_CORNERS)
            expect(chosen).toBeLessThanOrEqual(overlap(stackBox(c, DESKTOP, stack), form));
        },
      ),
    );
  });
});
