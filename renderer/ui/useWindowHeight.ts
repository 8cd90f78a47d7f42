import { useEffect, useState } from 'react';

/** The virtual table needs its height in pixels; this follows the window. */
export function useWindowHeight(): number {
  const [h, setH] = useState(window.innerHeight);
  useEffect(() => {
    const on = () => setH(window.innerHeight);
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return h;
}
