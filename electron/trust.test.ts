import { describe, expect, it } from 'vitest';
import { FORBIDDEN_REPLY, isAppUrl, isTrustedSender } from './trust.ts';

describe('isTrustedSender', () => {
  it('accepts our pages', () => {
    expect(isTrustedSender('app://renderer/index.html')).toBe(true);
    expect(isTrustedSender('app://renderer/index.html#/residents')).toBe(true);
    expect(isTrustedSender('app://renderer/print.html#token=&session=abc&request=%7B%7D')).toBe(true);
  });

  it('refuses everything else', () => {
    for (const url of [
      undefined,
      null,
      '',
      'about:blank',
      'file:///C:/app/index.html',
      'http://127.0.0.1:5173/index.html',
      'https://renderer/index.html',
      'app://renderer',
      'app://renderer.evil.example/index.html',
      'app://evil/index.html',
      'app://renderer@evil/index.html',
      'app://user:pw@renderer/index.html',
      'APP://other/x',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(isTrustedSender(url), String(url)).toBe(false);
    }
  });

  it('the refusal is a normal API error in words a person can read', () => {
    expect(FORBIDDEN_REPLY).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '拒绝访问' } });
  });

  it('navigation uses the same rule', () => {
    expect(isAppUrl('app://renderer/index.html')).toBe(true);
    expect(isAppUrl('https://example.com/')).toBe(false);
  });
});
