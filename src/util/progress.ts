/**
 * Progress of long work (issue 16 point 6): a phase reports each step as one short Indonesian line;
 * the CLI decides whether a person sees it (src/cli/progress.ts). Steps never reach stdout.
 */

/** Receives one step of long work, e.g. "Membangun perbup-slrt (1/3)…". */
export type Progress = (step: string) => void;

/** One step line: what is being done, with its place in the whole when counted ("(2/5)"), ending in "…". */
export function stepLine(what: string, index?: number, total?: number): string {
  return index !== undefined && total !== undefined ? `${what} (${index}/${total})…` : `${what}…`;
}
