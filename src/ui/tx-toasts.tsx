/**
 * Transaction progress as Radix toasts. Every transaction goes through the one lifecycle
 * (src/api/tx/submit.ts), which writes each step to the transaction store; this viewport follows that
 * store, so each transaction sent after the shell mounted gets a toast that moves with it — waiting for the
 * signature, sent, in block #n, finalized, failed with the chain's decoded error, disconnected and being
 * checked, not sent — in the active language. Radix announces a new toast; the status line is a polite
 * live region, so later steps are announced too. A finalized toast closes after a few seconds, the others
 * stay until dismissed; one dismissed while still pending comes back when its transaction ends.
 *
 * The stack never covers the form the user is acting on (the card or form last pointed at, focused or
 * submitted): it takes the corner of the window that leaves that form uncovered (toast-placement.ts) and
 * moves again as the page scrolls or the window or the stack changes size — bottom right by default,
 * bottom left beside a form in the right-hand column, top on a phone when the form is low on the screen.
 * At the top it starts below the header and top bar while they are on screen (where the page's main part
 * begins), so it never covers the theme, language or account controls.
 */
import * as Toast from '@radix-ui/react-toast';
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isTxDone, type TxStatus, txStore, useTxRecords } from '../api/tx/tx-store.js';
import { useLocale } from './i18n/i18n.js';
import { placeToasts, type ToastCorner, topInset } from './toast-placement.js';
import { txLabelText, txStatusText } from './tx-status.js';

/** How long a finalized transaction's toast stays (ms); the other end states stay until dismissed. */
const FINALIZED_MS = 6000;

const newestId = (): number => txStore.snapshot().reduce((max, r) => Math.max(max, r.id), 0);

/** The part of the page a toast must not cover: the card around what the user acted on, or its form. */
const actingPart = (el: Element): Element | null => el.closest('.card') ?? el.closest('form');

interface ToastPlace {
  corner: ToastCorner;
  /** How far down a top corner's stack starts (px): below the header while it is on screen. */
  top: number;
}

/**
 * The corner the stack goes to while `open`: the last card or form (outside the toasts) the user pointed
 * at, focused or submitted is kept uncovered, measured again on scroll, on resize and as the stack grows.
 */
function useToastCorner(viewport: RefObject<HTMLOListElement | null>, open: boolean): ToastPlace {
  const [placed, setPlaced] = useState<ToastPlace>({ corner: 'bottom-right', top: 0 });
  const acting = useRef<Element | null>(null);
  const place = useRef<() => void>(() => {});
  useEffect(() => {
    const note = (e: Event) => {
      const target = e.target;
      if (!(target instanceof Element) || viewport.current?.contains(target)) return;
      const part = actingPart(target);
      if (part) {
        acting.current = part;
        place.current();
      }
    };
    const events = ['pointerdown', 'focusin', 'submit'] as const;
    for (const type of events) document.addEventListener(type, note, true);
    return () => {
      for (const type of events) document.removeEventListener(type, note, true);
    };
  }, [viewport]);
  useLayoutEffect(() => {
    const stack = viewport.current;
    if (!open || !stack) {
      place.current = () => {};
      return;
    }
    const measure = () => {
      const size = stack.getBoundingClientRect();
      const form = acting.current?.isConnected ? acting.current.getBoundingClientRect() : null;
      const root = document.documentElement;
      const view = { width: root.clientWidth, height: root.clientHeight };
      const stackSize = { width: size.width, height: size.height };
      // the header, top bar and chain bar end where the page's main part begins
      const top = topInset(document.querySelector('main')?.getBoundingClientRect().top ?? 0, view, stackSize);
      const corner = placeToasts(form, view, stackSize, top);
      setPlaced((p) => (p.corner === corner && p.top === top ? p : { corner, top }));
    };
    let frame = 0;
    const later = () => {
      if (typeof requestAnimationFrame !== 'function') return measure();
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          measure();
        });
    };
    place.current = later;
    measure();
    window.addEventListener('scroll', later, { passive: true, capture: true });
    window.addEventListener('resize', later);
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(later) : undefined;
    resized?.observe(stack);
    return () => {
      place.current = () => {};
      if (frame !== 0) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', later, { capture: true });
      window.removeEventListener('resize', later);
      resized?.disconnect();
    };
  }, [viewport, open]);
  return placed;
}

export function TxToasts() {
  const { t, locale } = useLocale();
  const records = useTxRecords();
  // records of an earlier mount (the list keeps them) are not news
  const [since] = useState(newestId);
  /** Toasts the user closed, with the status their transaction had then. */
  const [closed, setClosed] = useState<ReadonlyMap<number, TxStatus>>(new Map());
  const shown = records.filter((r) => r.id > since).reverse();
  const isOpen = (id: number, status: TxStatus) => {
    const closedAt = closed.get(id);
    return closedAt === undefined || (!isTxDone(closedAt) && isTxDone(status));
  };
  const viewport = useRef<HTMLOListElement>(null);
  const { corner, top } = useToastCorner(
    viewport,
    shown.some((r) => isOpen(r.id, r.status)),
  );
  return (
    <Toast.Provider
      label={t('toast.label')}
      duration={Number.POSITIVE_INFINITY}
      swipeDirection={corner.endsWith('left') ? 'left' : 'right'}
    >
      {shown.map((r) => {
        const open = isOpen(r.id, r.status);
        return (
          <Toast.Root
            key={r.id}
            type="foreground"
            open={open}
            onOpenChange={(o) => {
              if (!o) setClosed((m) => new Map(m).set(r.id, r.status));
            }}
            duration={r.status === 'finalized' ? FINALIZED_MS : Number.POSITIVE_INFINITY}
            className={`toast tx-${r.status}`}
            data-testid="tx-toast"
            data-status={r.status}
          >
            <Toast.Title className="toast-title">{txLabelText(t, locale, r.label)}</Toast.Title>
            <Toast.Description className="toast-status" aria-live="polite">
              {txStatusText(t, locale, r)}
            </Toast.Description>
            <Toast.Close className="toast-close" aria-label={t('tx.dismiss')}>
              ×
            </Toast.Close>
          </Toast.Root>
        );
      })}
      <Toast.Viewport
        ref={viewport}
        className="toast-viewport"
        data-corner={corner}
        style={corner.startsWith('top') ? { top, maxHeight: `calc(100vh - ${top}px)` } : undefined}
        data-testid="toast-viewport"
        label={t('toast.viewport')}
      />
    </Toast.Provider>
  );
}
