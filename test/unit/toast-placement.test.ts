/**
 * Where the transaction toasts go (src/ui/toast-placement.ts): bottom right unless that covers the form the
 * user is acting on; beside a form in the right-hand column, bottom left; on a phone (the stack as wide as
 * the screen) with the form low on the screen, the top; when every corner covers part of it, the corner
 * covering least; a top corner starts below the header while it is on screen. Property: the chosen corner
 * never covers more of the form than any other corner.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Box,
  overlap,
  placeToasts,
  stackBox,
  TOAST_CORNERS,
  topInset,
} from '../../src/ui/toast-placement.js';

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

  it('at the top, below the header while it is on screen, and never past the window', () => {
    const stack = { width: 390, height: 110 };
    // the page at its top: the header and top bar end 140 px down, the form low on the screen
    expect(topInset(140, PHONE, stack)).toBe(140);
    expect(stackBox('top-right', PHONE, stack, 140)).toEqual(box(0, 140, 390, 110));
    expect(placeToasts(box(16, 600, 358, 240), PHONE, stack, 140)).toBe('top-right');
    // scrolled past the header: the very top; a header taller than the window leaves the stack inside it
    expect(topInset(-300, PHONE, stack)).toBe(0);
    expect(topInset(900, PHONE, stack)).toBe(844 - 110);
    // a wide form from just above the header's end to near the bottom: below the header the stack would
    // cover 120 px of it, at the bottom 40 px
    expect(placeToasts(box(0, 100, 1280, 620), DESKTOP, { width: 384, height: 120 }, 140)).toBe(
      'bottom-right',
    );
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
        fc.integer({ min: -400, max: 900 }),
        (left, top, width, height, stackWidth, stackHeight, header) => {
          const form = box(left, top, width, height);
          const stack = { width: stackWidth, height: stackHeight };
          const inset = topInset(header, DESKTOP, stack);
          const chosen = overlap(
            stackBox(placeToasts(form, DESKTOP, stack, inset), DESKTOP, stack, inset),
            form,
          );
          for (const c of TOAST_CORNERS)
            expect(chosen).toBeLessThanOrEqual(overlap(stackBox(c, DESKTOP, stack, inset), form));
        },
      ),
    );
  });
});
