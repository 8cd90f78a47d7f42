/**
 * A print page in a process of its own (as the browser is): fetches one filing's data again and again from the
 * app's HTTP server and prints how long each took, until it is killed. `node bench/printPageLoad.ts <json>`
 * with { url, token, session, request }.
 */
const { url, token, session, request } = JSON.parse(process.argv[2] ?? '{}') as { url: string; token: string; session: string; request: unknown };
for (;;) {
  const t = performance.now();
  const res = await fetch(`${url}/api/filings.data`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-session': session, 'content-type': 'application/json' },
    body: JSON.stringify({ input: request }),
  });
  if (!res.ok) throw new Error(`filings.data 失败：${res.status}`);
  await res.arrayBuffer();
  process.stdout.write(`${(performance.now() - t).toFixed(2)}\n`);
}
