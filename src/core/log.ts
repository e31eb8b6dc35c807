// Logs go to stderr (stdout is kept for results and --json); every line passes the secret mask.
import type { Secrets } from './secrets';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** A step of a long operation, e.g. "build: Step 3/8 : COPY src ./src". */
  progress(message: string): void;
  /** Times a named stage and logs its duration when it ends. */
  stage<T>(name: string, work: () => Promise<T>): Promise<T>;
}

export function createLogger(secrets: Secrets, opts: { quiet?: boolean; stream?: NodeJS.WritableStream } = {}): Logger {
  const stream = opts.stream ?? process.stderr;
  const write = (prefix: string, message: string) => {
    if (opts.quiet) return;
    stream.write(`${prefix}${secrets.mask(message)}\n`);
  };
  return {
    info: (m) => write('', m),
    warn: (m) => write('warning: ', m),
    progress: (m) => write('  · ', m),
    async stage(name, work) {
      const started = Date.now();
      write('▶ ', name);
      try {
        const result = await work();
        write('✔ ', `${name} (${formatMs(Date.now() - started)})`);
        return result;
      } catch (err) {
        write('✘ ', `${name} (${formatMs(Date.now() - started)})`);
        throw err;
      }
    },
  };
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
