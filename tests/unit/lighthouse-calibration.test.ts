// The bench's calibration follows Lighthouse's calculator: the same phone whatever the machine.
import { describe, expect, it } from "vitest";
import { cpuMultiplierFor, median } from "@/scripts/lighthouse-calibration";

describe("the CPU slowdown for a benchmark index", () => {
  it.each([
    [1533, 4],
    [1300, 3],
    [1766, 5],
    [2000, 6],
    [3630, 13],
    [1050, 2.5],
    [800, 2],
    [475, 1.5],
    [100, 1],
  ])("index %d → %d×", (index, multiplier) => {
    expect(cpuMultiplierFor(index)).toBeCloseTo(multiplier, 1);
  });

  it("refuses an index Lighthouse did not measure", () => {
    expect(() => cpuMultiplierFor(Number.NaN)).toThrow(/Indice invalide/);
  });

  it("takes the median of the indexes measured", () => {
    expect(median([2400, 1600, 2000])).toBe(2000);
    expect(median([1, 3])).toBe(2);
  });
});
