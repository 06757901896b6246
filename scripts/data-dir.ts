import { existsSync } from 'node:fs';

/** The shared data folder, or a plain message and exit 2 when it is not there (no stack trace). */
export function requireDataDir(dir: string): string {
  if (!existsSync(dir)) {
    console.error(
      `The development data folder ${dir} is not there. Put the shared data beside this project (../shared/data) or pass its path.`,
    );
    process.exit(2);
  }
  return dir;
}
