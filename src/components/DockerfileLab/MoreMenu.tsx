import {type FocusEvent, type KeyboardEvent, type ReactNode, useCallback, useEffect, useId, useReducer, useRef, useState} from 'react';
import styles from './styles.module.css';

const focusable = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

const stepKeys: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

interface MoreMenuProps {
  /** The panel's content; `done` closes the menu and puts focus back on its button (after an action). */
  children: (done: () => void) => ReactNode;
}

/**
 * A "More" button that shows and hides a panel of actions under it. Opening puts focus on the first
 * action; arrow keys, Home and End move between actions, and Tab works as anywhere. Escape, a press
 * outside, or focus moving elsewhere closes it; Escape returns focus to the button.
 */
export default function MoreMenu({children}: MoreMenuProps): ReactNode {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement | null>(null);
  const button = useRef<HTMLButtonElement | null>(null);
  const panel = useRef<HTMLDivElement | null>(null);
  const buttonId = useId();
  const panelId = useId();
  const actions = () => [...(panel.current?.querySelectorAll<HTMLElement>(focusable) ?? [])];
  // Focus goes back to the button after the panel closes; a request count keeps refs out of render.
  const [focusRequests, requestButtonFocus] = useReducer((count: number) => count + 1, 0);
  const done = useCallback(() => {
    setOpen(false);
    requestButtonFocus();
  }, []);
  useEffect(() => {
    if (focusRequests > 0) button.current?.focus();
  }, [focusRequests]);

  useEffect(() => {
    if (open) actions()[0]?.focus();
  }, [open]);
  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onPanelKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      done();
      return;
    }
    const step = stepKeys[event.key];
    const list = actions();
    if (step === undefined || list.length === 0) return;
    event.preventDefault();
    const next = step(list.indexOf(document.activeElement as HTMLElement), list.length);
    list[(next + list.length) % list.length]?.focus();
  };
  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && !open) {
      event.preventDefault();
      setOpen(true);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };
  // Only a focus that lands elsewhere closes it: a click on a button that takes no focus (Safari) must still reach it.
  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (open && next !== null && !wrapper.current?.contains(next)) setOpen(false);
  };

  return (
    <div ref={wrapper} className={styles.more} onBlur={onBlur}>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className={`button button--sm button--secondary ${styles.moreButton}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        onKeyDown={onButtonKeyDown}>
        More <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div ref={panel} id={panelId} role="group" aria-labelledby={buttonId} className={styles.morePanel} hidden={!open} onKeyDown={onPanelKeyDown}>
        {children(done)}
      </div>
    </div>
  );
}
