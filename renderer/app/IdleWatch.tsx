import { useEffect } from 'react';

const EVENTS = ['pointerdown', 'keydown', 'wheel', 'pointermove'] as const;

/** Calls onIdle after `minutes` without a key, click or mouse move; the core drops the session at the same time. */
export function IdleWatch({ minutes, onIdle }: { minutes: number; onIdle(): void }) {
  useEffect(() => {
    let timer = setTimeout(onIdle, minutes * 60_000);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(onIdle, minutes * 60_000);
    };
    for (const e of EVENTS) window.addEventListener(e, reset, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of EVENTS) window.removeEventListener(e, reset);
    };
  }, [minutes, onIdle]);
  return null;
}
