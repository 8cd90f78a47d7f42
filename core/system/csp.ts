/**
 * The renderer's Content-Security-Policy, one string for both transports (web mode's HTTP server and
 * Electron's app:// protocol) so the two can never drift apart: only our own scripts; inline styles
 * because antd writes its CSS at run time.
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
