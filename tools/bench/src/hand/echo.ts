// kernels/echo.relon by hand: parse the argument object, print n.
import { readN } from "./read-n.js";

export function echoJson(args: string): string {
  return String(readN(args));
}
