import { describe, expect, it } from "vitest";
import { LsaEmbeddings, tokenize } from "../../src/index/lsaEmbeddings.js";

const TOPICS: Record<string, string[]> = {
  exploitation: [
    "County lines gangs groom children to carry drugs between towns.",
    "Criminal exploitation of children by gangs dealing drugs on county lines.",
    "Missing episodes and unexplained cash can signal exploitation by drugs gangs.",
    "Police disrupt county lines and protect children exploited by gangs.",
  ],
  attendance: [
    "Schools follow up unexplained absence and poor attendance on the first day.",
    "Persistent absence from school triggers an attendance referral.",
    "Attendance officers help families overcome barriers to school attendance.",
    "Low school attendance and absence are reviewed by the education welfare service.",
  ],
  neglect: [
    "Neglect is the persistent failure to meet a child's basic needs for food and hygiene.",
    "Health visitors notice neglect: poor hygiene, no food in the home, missed appointments.",
    "Chronic neglect needs a plan so the child's basic needs for food are met.",
    "The neglect screening tool helps health visitors assess hygiene and home conditions.",
  ],
};

const texts = Object.values(TOPICS).flat();
const topicOf = (i: number) => Math.floor(i / 4);
const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

describe("LsaEmbeddings", () => {
  it("tokenises to lower-case words without stopwords or one-letter tokens", () => {
    expect(tokenize("The Child's NEEDS, in 2023: a café")).toEqual(["child", "needs", "2023", "cafe"]);
  });

  it("puts texts on the same topic closer together than texts on different topics", async () => {
    const model = LsaEmbeddings.fit(texts, 3);
    const vectors = await model.embedDocuments(texts);
    vectors.forEach((v) => expect(Math.hypot(...v)).toBeCloseTo(1, 9));
    let same = 0;
    let different = 0;
    let [sameCount, differentCount] = [0, 0];
    for (let i = 0; i < texts.length; i++) {
      const others = texts.map((_, j) => j).filter((j) => j !== i);
      const nearest = others.reduce((best, j) => (cosine(vectors[i], vectors[j]) > cosine(vectors[i], vectors[best]) ? j : best));
      expect(topicOf(nearest)).toBe(topicOf(i));
      for (const j of others) {
        if (topicOf(i) === topicOf(j)) [same, sameCount] = [same + cosine(vectors[i], vectors[j]), sameCount + 1];
        else [different, differentCount] = [different + cosine(vectors[i], vectors[j]), differentCount + 1];
      }
    }
    expect(same / sameCount).toBeGreaterThan(different / differentCount + 0.3);
  });

  it("embeds a query in the same space as the chunks", async () => {
    const model = LsaEmbeddings.fit(texts, 8);
    const query = await model.embedQuery("children exploited by drugs gangs");
    const scores = (await model.embedDocuments(texts)).map((v) => cosine(query, v));
    const best = scores.indexOf(Math.max(...scores));
    expect(topicOf(best)).toBe(0);
  });

  it("returns a zero vector for a text with no known word", async () => {
    const model = LsaEmbeddings.fit(texts, 8);
    expect(await model.embedQuery("zzzz qqqq")).toEqual(new Array(model.dimension).fill(0));
  });

  it("is deterministic: the same texts give the same model and identity", () => {
    const a = LsaEmbeddings.fit(texts, 8);
    const b = LsaEmbeddings.fit(texts, 8);
    expect(a.identity).toMatch(/^lsa-[0-9a-f]{16}$/);
    expect(b.identity).toBe(a.identity);
    expect(LsaEmbeddings.fit(texts.slice(1), 8).identity).not.toBe(a.identity);
  });

  it("embeds identically after a save and load", async () => {
    const model = LsaEmbeddings.fit(texts, 8);
    const loaded = LsaEmbeddings.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
    expect(loaded.identity).toBe(model.identity);
    expect(await loaded.embedDocuments(texts)).toEqual(await model.embedDocuments(texts));
  });

  it("caps the dimension below the number of chunks and rejects a malformed model", () => {
    expect(LsaEmbeddings.fit(texts.slice(0, 3), 256).dimension).toBe(2);
    expect(LsaEmbeddings.fit(["one lonely chunk of text"], 256).dimension).toBe(1);
    const json = LsaEmbeddings.fit(texts, 8).toJSON();
    expect(() => LsaEmbeddings.fromJSON({ ...json, components: "AAAA" })).toThrow(/malformed/);
    expect(() => LsaEmbeddings.fromJSON(null)).toThrow(/malformed/);
  });
});
