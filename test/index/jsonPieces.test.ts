import { describe, expect, it } from "vitest";
import { jsonPieces } from "../../src/index/version.js";

describe("jsonPieces", () => {
  it("joins to exactly JSON.stringify of the value", () => {
    const values: unknown[] = [
      [],
      [1, "two", { three: [3] }, null],
      Array.from({ length: 1234 }, (_, i) => ({ id: `c${i}`, text: `t "${i}"\n`, n: i / 3, list: [i, [i]] })),
      { a: 1, b: undefined, c: [1, 2, 3], d: { e: [4] }, f: [], g: "x", h: () => 1 },
      { index: Array.from({ length: 1001 }, (_, i) => [`term${i}`, { 0: { [i]: 1 } }]), n: 5 },
      { toJSON: () => ({ wrapped: true }) },
      "plain",
      42,
      null,
    ];
    for (const value of values) {
      for (const batch of [1, 7, 500]) expect([...jsonPieces(value, batch)].join("")).toBe(JSON.stringify(value));
    }
  });
});
