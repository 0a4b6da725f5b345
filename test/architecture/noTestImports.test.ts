import { describe, expect, it } from "vitest";
import { sourceImports, specifiersOf } from "./importGraph.js";

/** DESIGN.md: nothing in src/ imports test/; the bench (and the fakes it shares with the tests) is not product code either. */

const OUTSIDE_PRODUCT = /^(test|bench|testkit)\//;

describe("the product's imports", () => {
  it("never reach test/, bench/ or testkit/ from src/", () => {
    const offending = sourceImports("src").filter((i) => OUTSIDE_PRODUCT.test(i.target));
    expect(offending.map((i) => `${i.file} imports ${i.target}`)).toEqual([]);
  });

  it("reads every kind of import statement", () => {
    const text = [
      `import { a } from "../../test/x.js";`,
      `import type {\n  B,\n} from "../bench/y.js";`,
      `export { c } from "./z.js";`,
      `import "./side.js";`,
      `const d = await import("../testkit/w.js");`,
    ].join("\n");
    expect(
      specifiersOf(text)
        .map((s) => s.specifier)
        .sort(),
    ).toEqual(["../../test/x.js", "../bench/y.js", "../testkit/w.js", "./side.js", "./z.js"]);
    expect(specifiersOf(text).find((s) => s.specifier === "../bench/y.js")?.typeOnly).toBe(true);
  });
});
