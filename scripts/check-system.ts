import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChromium } from '../server/chromium.ts';

/**
 * `pretest`: the end-to-end tests and filings need Chromium, Chinese fonts and poppler. Finds them,
 * installs them with apt-get where it can (Debian/Ubuntu as root), otherwise says exactly what to install.
 */
interface Need {
  what: string;
  apt: string;
  present(): boolean;
  elsewhere: string;
}

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const fontDirs = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype/noto', '/usr/share/fonts/noto-cjk', '/usr/share/fonts/google-noto-cjk'];
const hasCjkFont = () =>
  fontDirs.some((d) => existsSync(d) && spawnSync('sh', ['-c', `ls ${d} | grep -qi cjk`]).status === 0) ||
  (has('fc-list') && (spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout ?? '').trim() !== '');

const NEEDS: Need[] = [
  { what: 'Chromium（打印 PDF、端到端测试）', apt: 'chromium', present: () => findChromium() !== null, elsewhere: '安装 Chromium、Chrome 或 Edge，或设置环境变量 YLYWT_CHROMIUM 指向浏览器程序' },
  { what: '中文字体 Noto CJK', apt: 'fonts-noto-cjk', present: hasCjkFont, elsewhere: '安装“思源黑体/Noto Sans CJK SC”字体' },
  { what: 'poppler（pdftotext、pdftoppm，用于检查 PDF）', apt: 'poppler-utils', present: () => has('pdftotext') && has('pdftoppm') && has('pdfinfo'), elsewhere: '安装 poppler（macOS：brew install poppler）' },
];

const missing = () => NEEDS.filter((n) => !n.present());
let lacking = missing();
if (lacking.length > 0 && process.platform === 'linux' && has('apt-get') && process.getuid?.() === 0) {
  const pkgs = lacking.map((n) => n.apt);
  console.log(`正在安装测试所需的系统软件：${pkgs.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // A fresh machine may have no package lists yet: update once, then try again. Success is judged below.
  if (spawnSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env }).status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env });
  }
  lacking = missing();
}
if (lacking.length > 0) {
  console.error('测试需要以下系统软件，本机缺少：');
  for (const n of lacking) console.error(`  - ${n.what}`);
  if (process.platform === 'linux') console.error(`\n请运行：sudo apt-get install -y ${lacking.map((n) => n.apt).join(' ')}`);
  else for (const n of lacking) console.error(`  ${n.what}：${n.elsewhere}`);
  process.exit(1);
}
console.log('系统软件齐全：Chromium、中文字体、poppler。');
