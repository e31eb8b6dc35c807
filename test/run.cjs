// Runs every test file (unit, then integration, then the Groovy harness) in its own process with a time limit,
// and ends with one line: "tests: N passed, M failed". Usage: node test/run.cjs [substring-of-path ...]
// Unit files touch no engine, Redis or shared port, so they run one per core, each one's output printed whole when it
// ends; the other files use the machine's dockerd and Redis (some restart them, some need images others made) and run
// one at a time.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const groups = ['unit', 'integration', 'groovy'];
const perFileTimeoutMs = Number(process.env.SLIPWAY_TEST_TIMEOUT_MS || 300_000);

function files() {
  const filters = process.argv.slice(2);
  const out = [];
  for (const g of groups) {
    const dir = path.join(__dirname, g);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!f.endsWith('.test.ts')) continue;
      const rel = path.join('test', g, f);
      if (filters.length && !filters.some((x) => rel.includes(x))) continue;
      out.push(rel);
    }
  }
  return out;
}

function runFile(rel, live = true) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['-r', './test/support/register.cjs', rel], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => { output += c; if (live) process.stdout.write(c); });
    child.stderr.on('data', (c) => { output += c; if (live) process.stderr.write(c); });
    const timer = setTimeout(() => {
      output += `\n${rel}: timed out after ${perFileTimeoutMs / 1000} s\n`;
      child.kill('SIGKILL');
    }, perFileTimeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const total = Number(/Total:\s+(\d+)/.exec(output)?.[1] ?? 0);
      const passed = Number(/Passed:\s+(\d+)/.exec(output)?.[1] ?? 0);
      // a file that crashed, hung or ran nothing counts as one failure
      const failed = total - passed + (code !== 0 && total === passed ? 1 : 0) + (total === 0 && code === 0 ? 1 : 0);
      if (!live) process.stdout.write(`\n── ${rel}\n${output}`);
      resolve({ rel, passed, failed, ms: Date.now() - started });
    });
  });
}

(async () => {
  const list = files();
  if (!list.length) {
    console.error('no test files matched');
    process.exit(2);
  }
  const results = [];
  const units = list.filter((rel) => rel.startsWith(path.join('test', 'unit')));
  let next = 0;
  const unitWorker = async () => {
    while (next < units.length) results.push(await runFile(units[next++], false));
  };
  await Promise.all(Array.from({ length: Math.min(os.cpus().length, 4) }, unitWorker));
  results.sort((a, b) => units.indexOf(a.rel) - units.indexOf(b.rel));
  for (const rel of list.filter((r) => !units.includes(r))) {
    console.log(`\n── ${rel}`);
    results.push(await runFile(rel));
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log('\n── summary');
  for (const r of results) console.log(`${r.failed ? 'FAIL' : 'ok  '} ${r.rel} (${r.passed} passed${r.failed ? `, ${r.failed} failed` : ''}, ${(r.ms / 1000).toFixed(1)} s)`);
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
