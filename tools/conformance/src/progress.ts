// A progress bar on stderr while the matrix runs (only on a TTY; CI logs get
// one line per fixture group instead of bar redraws).
import cliProgress from "cli-progress";

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { tick: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: "conform [{bar}] {value}/{total} {label}", stream, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: "" });
  return {
    tick: (label) => bar.increment(1, { label }),
    stop: () => bar.stop(),
  };
}
