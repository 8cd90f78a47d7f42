import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchLocation } from './launch-args.ts';

const userData = join('/home/a/.config', '养老医务通');
const noEnv = {};

describe('launchLocation', () => {
  it('a packaged app started without flags opens the real data', () => {
    expect(launchLocation([], userData, noEnv)).toEqual({ dataDir: join(userData, 'data'), mode: 'real' });
  });

  it('--demo (what npm start passes) opens the separate demo folder; the app path and Chromium switches are ignored', () => {
    expect(launchLocation(['/work/main', '--demo', '--enable-logging'], userData, noEnv)).toEqual({ dataDir: join(userData, 'demo'), mode: 'demo' });
  });

  it('--real wins over --demo', () => {
    expect(launchLocation(['--demo', '--real'], userData, noEnv).mode).toBe('real');
  });

  it('--data-dir, or YLYWT_DATA_DIR, opens real data in that folder', () => {
    expect(launchLocation(['.', '--data-dir', '/data/home1'], userData, noEnv)).toEqual({ dataDir: '/data/home1', mode: 'real' });
    expect(launchLocation(['--data-dir=/data/home2', '--demo'], userData, noEnv)).toEqual({ dataDir: '/data/home2', mode: 'real' });
    expect(launchLocation([], userData, { YLYWT_DATA_DIR: '/data/env' })).toEqual({ dataDir: '/data/env', mode: 'real' });
  });

  it('a --data-dir without a folder does not open some other folder by accident', () => {
    expect(launchLocation(['--data-dir'], userData, noEnv)).toEqual({ dataDir: join(userData, 'data'), mode: 'real' });
  });
});
