/** What the CLI talks to, so transcripts can be tested in-process. */
export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** True when stderr is a terminal (progress lines with timings). */
  readonly isTTY: boolean;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** A usage mistake: exit code 2. */
export class UsageError extends Error {}
