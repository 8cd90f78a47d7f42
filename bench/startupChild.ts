/**
 * One start of the app in a fresh process, for bench/startup.ts: imports the core, opens the data folder as
 * every entry point does (bootRuntime) and answers the first call the UI makes (auth.status). Prints one line
 * of JSON with the times, then closes cleanly.
 */
const dataDir = process.argv[2];
if (!dataDir) throw new Error('用法：node bench/startupChild.ts <数据文件夹>');
// performance.now() counts from the start of the process: this is Node's own start-up.
const nodeMs = performance.now();
const { bootRuntime } = await import('../core/system/boot.ts');
const { createDispatcher } = await import('../core/api/dispatch.ts');
const t1 = performance.now();
const runtime = bootRuntime({ dataDir, mode: 'real', log: () => undefined });
const t2 = performance.now();
const status = await createDispatcher(runtime)('auth.status', {});
const t3 = performance.now();
if (!status.ok) throw new Error(`auth.status 失败：${status.error.message}`);
await runtime.heavy?.close();
await runtime.maintenance?.close();
runtime.db.close();
process.stdout.write(`${JSON.stringify({ nodeMs, importMs: t1 - nodeMs, bootMs: t2 - t1, statusMs: t3 - t2 })}\n`);
