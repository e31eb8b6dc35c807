// Reads the Docker build stream: which instruction is running, its output, and — when it fails — where and why.
import type { ProgressMessage } from '../core/docker';

export interface BuildFailure {
  /** "Step 5/9 : RUN npm ci", or undefined when the Dockerfile failed before any step ran. */
  instruction?: string;
  error: string;
  /** The last output lines of the failing instruction. */
  lastLines: string[];
}

export interface BuildTranscript {
  /** Feeds one message; returns the lines worth showing as progress. */
  add(message: ProgressMessage): string[];
  imageId(): string | undefined;
  failure(): BuildFailure | undefined;
}

const TAIL = 15;

export function buildTranscript(): BuildTranscript {
  let instruction: string | undefined;
  let lines: string[] = [];
  let partial = '';
  let id: string | undefined;
  let failed: BuildFailure | undefined;
  return {
    add(m) {
      if (m.aux?.ID) id = m.aux.ID;
      if (m.error || m.errorDetail) {
        failed = { instruction, error: (m.errorDetail?.message ?? m.error ?? 'build failed').trim(), lastLines: lines.slice(-TAIL) };
        return [];
      }
      if (!m.stream) return [];
      const parts = (partial + m.stream).split('\n');
      partial = parts.pop() ?? '';
      const shown: string[] = [];
      for (const raw of parts) {
        const line = raw.replace(/\r/g, '').trimEnd();
        if (!line) continue;
        const step = /^Step \d+\/\d+ : .*/.exec(line);
        if (step) {
          instruction = line;
          lines = [];
          shown.push(line);
          continue;
        }
        const built = /^Successfully built ([0-9a-f]+)/.exec(line);
        if (built && !id) id = built[1];
        // the builder's own bookkeeping is noise in a Jenkins log
        if (/^ ---> /.test(line) || /^Removing intermediate container/.test(line)) continue;
        lines.push(line);
        shown.push(`  ${line}`);
      }
      return shown;
    },
    imageId: () => id,
    failure: () => failed,
  };
}

/** The message a person reads when the build fails: the instruction, the error, the output that led to it. */
export function describeBuildFailure(f: BuildFailure): string {
  const where = f.instruction ? `at ${f.instruction}` : 'before the first instruction (is the Dockerfile valid?)';
  const tail = f.lastLines.length ? `\nlast output of that instruction:\n${f.lastLines.map((l) => `  | ${l}`).join('\n')}` : '';
  return `docker build failed ${where}\n${f.error}${tail}`;
}
