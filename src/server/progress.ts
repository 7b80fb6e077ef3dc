/**
 * Progress of long seeding (`--scenario large`, and `POST /__mock/reset` of
 * such a store) on the CLI's output: on a terminal, one line redrawn with
 * the percentage and the elapsed time; elsewhere (a pipe, a log file), one
 * summary line when it is done. Seeding runs synchronously, so the line is
 * written synchronously too (stdout writes to terminals and pipes are
 * synchronous on POSIX).
 *
 * @example
 * const progress = seedProgress(process.stdout, 'seeding 1,000,000 time entries');
 * createEngine({ scenario: 'large', size: 1_000_000, onSeedProgress: progress });
 */

interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * A callback for `onSeedProgress`: the first run is labelled `label`, every
 * later one (a reset) `reset: <label>`.
 */
export function seedProgress(out: Output, label: string, now: () => number = () => performance.now()): (done: number) => void {
  let started: number | null = null;
  let shown = -1;
  let runs = 0;
  return (done) => {
    if (started === null) {
      started = now();
      shown = -1;
      runs++;
    }
    const name = runs > 1 ? `reset: ${label}` : label;
    const seconds = ((now() - started) / 1000).toFixed(1);
    if (done >= 1) {
      out.write(out.isTTY ? `\r${name}: done in ${seconds} s\x1b[K\n` : `${name}: done in ${seconds} s\n`);
      started = null;
      return;
    }
    const percent = Math.floor(done * 100);
    if (out.isTTY && percent !== shown) {
      shown = percent;
      out.write(`\r${name}: ${String(percent).padStart(3)}%  ${seconds} s\x1b[K`);
    }
  };
}
