import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answeredWithTwoCitations } from "../slack/fakeService.js";
import { backends, unique } from "./backends.js";

/**
 * The AnswerMemory contract (src/slack/memory/answerMemory.ts), one suite run against the in-process memory
 * and the PostgreSQL tables: a click minutes later, on whichever handle (replica) Slack sends it to, finds
 * the answer and its passages; what was never remembered is null.
 */

for (const backend of await backends("AnswerMemory contract on PostgreSQL (test/contracts/answerMemory.contract.test.ts)")) {
  describe.skipIf(!backend.available)(`AnswerMemory contract: ${backend.name}`, () => {
    beforeAll(() => backend.setup());
    afterAll(() => backend.teardown());

    it("finds a remembered answer, with its team, channel type, text and citations, from another handle", async () => {
      const qid = unique("qid");
      const answer = answeredWithTwoCitations("What should a GP do?");
      await backend.memory().remember(qid, { answer, team: "T1", channelType: "im" });
      expect(await backend.memory().answer(qid)).toMatchObject({
        team: "T1",
        channelType: "im",
        answer: { text: answer.text, citations: JSON.parse(JSON.stringify(answer.citations)) },
      });
    });

    it("shows each cited passage by its chunk id, with its source and full text", async () => {
      const answer = answeredWithTwoCitations("What should a GP do?");
      await backend.memory().remember(unique("qid"), { answer, team: null, channelType: "channel" });
      const elsewhere = backend.memory();
      for (const citation of answer.citations) {
        const passage = answer.passages.find((p) => p.id === citation.chunkId);
        expect(passage).toBeDefined();
        expect(await elsewhere.passage(citation.chunkId)).toMatchObject({ source: citation.source, text: passage?.text });
      }
    });

    it("answers null for an answer or a passage it never saw", async () => {
      expect(await backend.memory().answer(unique("qid-unknown"))).toBeNull();
      expect(await backend.memory().passage(unique("chunk-unknown"))).toBeNull();
    });
  });
}
