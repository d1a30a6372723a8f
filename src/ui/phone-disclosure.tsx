/**
 * A part of the page that folds behind a button on a phone (≤ 640 px, styles.css): the header's settings,
 * the account's details and watch field, the explorer's filters. On a wider screen the button is hidden
 * and the panel shows as the page lays it out; on a phone the panel shows only while the button is
 * pressed — a real disclosure (aria-expanded, aria-controls), so a screen reader says what it opens.
 */
import { type ReactNode, useId, useState } from 'react';

export function PhoneDisclosure({
  label,
  buttonClass,
  panelClass,
  testId,
  children,
}: {
  /** The button's text (its accessible name). */
  label: ReactNode;
  buttonClass: string;
  /** The panel's class: its layout on a wide screen. */
  panelClass: string;
  /** The button's data-testid; the panel's is `${testId}-panel`. */
  testId: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className={`phone-disclosure ${buttonClass}`}
        aria-expanded={open}
        aria-controls={id}
        data-testid={testId}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div
        className={`phone-disclosure-panel ${panelClass}`}
        id={id}
        data-open={open || undefined}
        data-testid={`${testId}-panel`}
      >
        {children}
      </div>
    </>
  );
}
