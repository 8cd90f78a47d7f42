import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentType, resolveAppFile, resolveExportFile } from './app-files.ts';

const root = resolve('/srv/app/dist/renderer');

describe('resolveAppFile', () => {
  it('maps app://renderer/ addresses to files in the renderer folder', () => {
    expect(resolveAppFile(root, 'app://renderer/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://renderer/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://renderer/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://renderer/print.html#session=1')).toBe(join(root, 'print.html'));
    expect(resolveAppFile(root, 'app://renderer/assets/%E5%AD%97.woff2')).toBe(join(root, 'assets', '字.woff2'));
  });

  it('refuses to leave the folder, however the .. is written', () => {
    for (const url of [
      'app://renderer/..%2f..%2fsecret.txt',
      'app://renderer/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://renderer/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://renderer/..%5c..%5csecret.txt',
      'app://renderer/%2e%2e',
      'app://renderer/%2Fetc%2Fpasswd/..%2F..%2F..',
    ]) {
      const file = resolveAppFile(root, url);
      expect(file === null || file.startsWith(root + '/') || file.startsWith(root + '\\'), `${url} → ${file}`).toBe(true);
    }
    expect(resolveAppFile(root, 'app://renderer/..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://renderer/%2e%2e%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://renderer/..%5c..%5csecret.txt')).toBeNull();
  });

  it('the URL parser folds plain .. so it stays inside too', () => {
    expect(resolveAppFile(root, 'app://renderer/../../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
  });

  it('refuses other hosts and schemes, NUL bytes and broken escapes', () => {
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///srv/app/dist/renderer/index.html')).toBeNull();
    expect(resolveAppFile(root, 'app://renderer/index.html%00.js')).toBeNull();
    expect(resolveAppFile(root, 'app://renderer/%E5%AD')).toBeNull();
    expect(resolveAppFile(root, 'not a url')).toBeNull();
  });
});

describe('contentType', () => {
  it('names the types the renderer build produces', () => {
    expect(contentType('index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentType('a.css')).toBe('text/css; charset=utf-8');
    expect(contentType('a.bin')).toBe('application/octet-stream');
  });
});

describe('resolveExportFile', () => {
  const exports = resolve('/data/exports');
  const id = '0123456789abcdef0123456789abcdef';

  it('maps app://renderer/files/<id> to the PDF or Excel file of that id', () => {
    expect(resolveExportFile(exports, `app://renderer/files/${id}.pdf`)).toBe(join(exports, `${id}.pdf`));
    expect(resolveExportFile(exports, `app://renderer/files/${id}.xlsx`)).toBe(join(exports, `${id}.xlsx`));
  });

  it('refuses anything that is not exactly such an id, and other hosts and schemes', () => {
    for (const url of [
      `app://renderer/files/${id}.sqlite`,
      `app://renderer/files/..%2f${id}.pdf`,
      `app://renderer/files/../ylywt.sqlite`,
      'app://renderer/files/short.pdf',
      `app://other/files/${id}.pdf`,
      `file:///files/${id}.pdf`,
      'app://renderer/index.html',
    ]) {
      expect(resolveExportFile(exports, url), url).toBeNull();
    }
  });
});
