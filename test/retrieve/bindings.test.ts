import { describe, expect, it } from "vitest";
import { bindingsOf, heldStems } from "../../src/retrieve/bindings.js";
import { stemsOf } from "../../src/retrieve/query.js";

const numberBindings = (question: string) => bindingsOf(stemsOf(question));

describe("numbers bound to their word", () => {
  it("holds 'section 47' only where 47 stands beside 'section'", () => {
    const bindings = numberBindings("what is the threshold for a section 47 enquiry?");
    expect(heldStems("A section 47 enquiry is made when...", bindings).has("~47")).toBe(true);
    expect(heldStems("The NEET rate is 47%, compared to 44% nearby.", bindings).has("~47")).toBe(false);
  });
  it("leaves years and unbound numbers alone", () => {
    const bindings = numberBindings("what happened in 2016?");
    expect(bindings.size).toBe(0);
    expect(heldStems("In 2016 the board met.", bindings).has("~2016")).toBe(true);
  });
});
