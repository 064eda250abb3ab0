// Stages log through this interface so only the entry layer (main.ts / cli.ts) decides whether
// lines go to the Actions log (with groups) or to a terminal.
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export const nullLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  group: (_name, fn) => fn(),
};

/** A logger for terminals: warnings to stderr, debug only when SHIPSHAPE_DEBUG is set. */
export function consoleLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  return {
    debug: (m) => {
      if (process.env.SHIPSHAPE_DEBUG) stream.write(`debug: ${m}\n`);
    },
    info: (m) => stream.write(`${m}\n`),
    warning: (m) => stream.write(`warning: ${m}\n`),
    group: async (name, fn) => {
      stream.write(`▸ ${name}\n`);
      return fn();
    },
  };
}

/** An error as one line of text, for a reason or a warning; the full error goes to the debug log. */
export function errorText(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const oneLine = message.replace(/\s+/g, ' ').trim();
  return oneLine.length > 500 ? `${oneLine.slice(0, 499)}…` : oneLine;
}

/**
 * A logger that keeps its lines until `replay`, so a stage can run beside another one (the runtime
 * check while the image is measured) without their lines interleaving in the log's groups.
 */
export function deferredLogger(): Logger & { replay(into: Logger): void } {
  const lines: { level: 'debug' | 'info' | 'warning'; message: string }[] = [];
  const self = {
    debug: (message: string) => void lines.push({ level: 'debug', message }),
    info: (message: string) => void lines.push({ level: 'info', message }),
    warning: (message: string) => void lines.push({ level: 'warning', message }),
    group: async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      lines.push({ level: 'info', message: `${name}:` });
      return fn();
    },
    replay(into: Logger): void {
      for (const line of lines.splice(0)) into[line.level](line.message);
    },
  };
  return self;
}
