import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openAppDatabase } from '../db/app-database.ts';
import { DB_FILE_NAME } from '../core/system/runtime.ts';
import { resolveDataLocation } from '../core/system/paths.ts';
import { listUsers } from '../core/users/queries.ts';
import { ROLE_LABELS } from '../core/shared/roles.ts';
import { resetPasswordAtConsole } from '../core/users/consoleReset.ts';

/**
 * `npm run reset-password -- --user 登录名 [--data-dir DIR]`: 忘记密码 at the office PC. Sets a temporary
 * password for that account in the real data folder (not the demo), prints it, and writes it in the audit log.
 * Without --user it lists the accounts.
 */
const { values } = parseArgs({ options: { user: { type: 'string' }, 'data-dir': { type: 'string' } } });
const { dataDir } = resolveDataLocation({ dataDir: values['data-dir'], demo: false });
const file = join(dataDir, DB_FILE_NAME);
if (!existsSync(file)) {
  console.error(`这里没有“养老医务通”的数据：${file}\n请用 --data-dir 指明数据文件夹。`);
  process.exit(2);
}
const db = openAppDatabase(file);
try {
  if (!values.user) {
    console.log(`数据文件夹：${dataDir}\n账号：`);
    for (const u of listUsers(db)) console.log(`  ${u.username}　${u.displayName}（${ROLE_LABELS[u.role]}）${u.active ? '' : '　已停用'}`);
    console.log('\n重设某个账号的密码：npm run reset-password -- --user 登录名');
  } else {
    const { user, password } = resetPasswordAtConsole(db, values.user, new Date());
    console.log(`已为“${user.displayName}”（${user.username}）设置临时密码：${password}`);
    console.log('请用它登录，程序会请您立即换成只有自己知道的密码。此次重设已记入审计日志。');
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  db.close();
}
