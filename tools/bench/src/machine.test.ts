import { describe, expect, it } from "vitest";
import { describeMachine, parseCpuInfo, readMachineInfo } from "./machine.js";

const CPUINFO = `processor\t: 0
vendor_id\t: AuthenticAMD
model name\t: AMD EPYC 7B13
cpu MHz\t\t: 2449.998

processor\t: 1
vendor_id\t: AuthenticAMD
model name\t: AMD EPYC 7B13
cpu MHz\t\t: 2450.100
`;

describe("machine", () => {
  it("parses-model-count-and-clock-from-proc-cpuinfo", () => {
    expect(parseCpuInfo(CPUINFO)).toEqual({ model: "AMD EPYC 7B13", processors: 2, mhz: 2449.998 });
  });

  it("an-empty-cpuinfo-gives-nothing", () => {
    expect(parseCpuInfo("")).toEqual({ model: undefined, processors: 0, mhz: undefined });
  });

  it("describes-this-machine-with-its-load-average", () => {
    const m = readMachineInfo();
    expect(m.nproc).toBeGreaterThanOrEqual(1);
    expect(m.loadAverageStart).toHaveLength(3);
    const lines = describeMachine(m);
    expect(lines[0]).toContain(`nproc ${m.nproc}`);
    expect(lines[1]).toContain("at the start, ? at the end");
    expect(lines[2]).toContain(`node ${process.version}`);
  });
});
