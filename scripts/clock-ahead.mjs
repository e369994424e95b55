// Runs the whole check with the machine's clock moved ahead (45 days by default, or the number
// of days given), to prove that no test depends on the date it runs on. Uses Debian's faketime,
// which moves the clock of every process it starts: Node, the servers and Chromium alike.
import { spawnSync } from 'node:child_process';

const days = Number(process.argv[2] ?? '45');
if (!Number.isInteger(days) || days === 0) {
  process.stderr.write('clock-ahead: give a whole number of days, e.g. `pnpm run check:clock-ahead 60`.\n');
  process.exit(1);
}
const probe = spawnSync('faketime', ['--version'], { stdio: 'ignore' });
if (probe.error) {
  process.stderr.write(
    'clock-ahead: faketime is not installed. On Debian or Ubuntu: `apt-get install -y faketime` (as root).\n',
  );
  process.exit(1);
}
process.stdout.write(`clock-ahead: running the check with the clock ${days} days ahead…\n`);
const result = spawnSync('faketime', ['-f', `${days > 0 ? '+' : ''}${days}d`, 'pnpm', 'run', 'check'], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
