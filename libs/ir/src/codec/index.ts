// The shape-compiled JSON codecs (DESIGN §6, docs/codec.md): from a Shape, IR
// that parses JSON text straight into the arena layout and writes a value back
// as canonical JSON text. Everything here is IR, so every target runs it.
export { emitDecodeJson, emitDecodeMainArgs, emitEncodeResult } from "./api.js";
export type { JsonInput, MainArgHooks, MainArgTrap, MainParam } from "./api.js";
export { decodeRefusal, encodeRefusal } from "./support.js";
export type { CodecRefusal } from "./support.js";
export { decoderFor } from "./decode.js";
export { encoderFor } from "./encode.js";
export { useCodecFn, CODEC_FNS } from "./codec-fns.js";
export { decodeEntryModule, encodeEntryModule, encodeEntryInput, mainArgsEntryModule } from "./entry.js";
export { DEC_FAIL } from "./decode-util.js";
export { OUT_NONFINITE, OUT_OVERFLOW } from "./write-fns.js";
