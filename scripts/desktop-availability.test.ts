import { describe, expect, it } from 'vitest';
import { desktopAt } from './desktop-availability.ts';

const now = new Date('2026-11-24T08:00:00Z');

describe('npm start：桌面窗口能不能用', () => {
  it('uses the program when it is there', () => {
    expect(desktopAt({ binary: '/e/electron', remembered: null, now, installerPresent: true })).toEqual({ kind: 'present', binary: '/e/electron' });
  });

  it('tries to fetch it once, then says the remembered reason for a day without trying again', () => {
    expect(desktopAt({ binary: null, remembered: null, now, installerPresent: true })).toEqual({ kind: 'download' });
    const remembered = { at: '2026-11-24T01:00:00Z', reason: '连接不上 Electron 下载服务器（网络不通）' };
    expect(desktopAt({ binary: null, remembered, now, installerPresent: true })).toEqual({ kind: 'unavailable', reason: remembered.reason });
    expect(desktopAt({ binary: null, remembered: { ...remembered, at: '2026-11-23T07:59:00Z' }, now, installerPresent: true })).toEqual({ kind: 'download' });
  });

  it('says so when the Electron package itself is missing', () => {
    expect(desktopAt({ binary: null, remembered: null, now, installerPresent: false })).toMatchObject({ kind: 'unavailable' });
  });
});
