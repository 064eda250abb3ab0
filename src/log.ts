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
