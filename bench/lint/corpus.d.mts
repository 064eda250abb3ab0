export function generateDockerfile(i: number): string;
export const ODD: readonly string[];
export function writeCorpus(
  dir: string,
  options: { generated?: number; copies?: number; repoRoot: string },
): string[][];
