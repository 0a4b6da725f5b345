import type { IndexStatus, PassageSet } from "../../src/service.js";
import type { Answer, AskOptions, Citation } from "../../src/answer/types.js";
import type { Excerpt, ExcerptSet } from "../../src/excerpts/types.js";
import type { Passage } from "../../src/retrieve/types.js";
import type { SlackService } from "../../src/slack/deps.js";

/** A SafeguideService that returns canned answers, chosen by a word in the question. */

export const JTAI = "2022-08-jtai-letter-criminal-exploitation.txt";
export const OFSTED = "2016-11-ofsted-inspection-and-lscb-review.txt";

export function citation(overrides: Partial<Citation> = {}): Citation {
  return {
    chunkId: "chunk-jtai-1",
    source: JTAI,
    title: "Joint targeted area inspection of Kirklees: the multi-agency response to the criminal exploitation of children",
    date: "2022-08-18",
    url: "https://example.org/jtai.pdf",
    locator: { page: 3, paragraph: "12", section: "Areas for improvement" },
    quote: "The exercise of professional curiosity from some health practitioners, including GPs and emergency department staff.",
    ...overrides,
  };
}

export function passageFor(c: Citation, text = `${c.quote} A longer passage around the quote.`): Passage {
  return {
    id: c.chunkId,
    text,
    score: 0.9,
    source: c.source,
    title: c.title,
    date: c.date,
    type: "inspection-letter",
    url: c.url,
    locator: c.locator,
    headingPath: [],
    alsoIn: [],
    start: 0,
    end: text.length,
  };
}

const base = (question: string): Answer => ({
  question,
  standaloneQuestion: question,
  answered: true,
  text: "",
  citations: [],
  notices: [],
  passages: [],
  closestDocuments: [],
  answeredBy: "extractive",
  assessment: {
    redacted: question,
    kind: "finding",
    focus: ["inspectors"],
    concepts: [],
    topic: "inspectors",
    confidence: 0.9,
    confident: true,
    urgent: false,
  },
});

export function answeredWithTwoCitations(question: string): Answer {
  const first = citation();
  const second = citation({
    chunkId: "chunk-ofsted-7",
    source: OFSTED,
    date: "2016-11-25",
    url: undefined,
    title: "Kirklees: inspection of services for children in need of help and protection",
    locator: { page: 41, paragraph: "88", section: null },
    quote: "Thresholds are not consistently understood & applied <across> partner agencies.",
  });
  return {
    ...base(question),
    text: "Inspectors asked GPs and emergency department staff to show more professional curiosity [1]. Thresholds were not consistently applied [2].",
    citations: [first, second],
    passages: [passageFor(first), passageFor(second)],
    notices: [{ kind: "old-document", text: "Source 2 is from 2016; check whether it still applies." }],
  };
}

export function notAnswered(question: string): Answer {
  return {
    ...base(question),
    answered: false,
    answeredBy: "none",
    text: "The local guidance doesn't say. For this, contact: the safeguarding partnership business unit.",
    notices: [{ kind: "not-covered", text: "The indexed local guidance does not answer this." }],
    closestDocuments: [{ source: JTAI, title: "Joint targeted area inspection of Kirklees", date: "2022-08-18" }],
  };
}

export function withNotices(question: string): Answer {
  return {
    ...answeredWithTwoCitations(question),
    notices: [
      { kind: "urgent", text: "If a child is in immediate danger, call 999." },
      { kind: "personal-data", text: "Your question looked like it held personal data; it was removed before searching." },
    ],
  };
}

export const STATUS: IndexStatus = {
  version: "v-20240101-abc",
  builtAt: "2024-01-01T10:00:00Z",
  embeddingModel: "local-lsa-256",
  chunkCount: 420,
  documents: [
    { source: JTAI, title: "Joint targeted area inspection of Kirklees", date: "2022-08-18", type: "inspection-letter" },
    { source: OFSTED, title: "Kirklees: inspection of services", date: "2016-11-25", type: "inspection-report" },
  ],
};

export const EXCERPT_TEXT =
  "The exercise of professional curiosity from some health practitioners, including GPs and emergency department staff.";
export const OLD_EXCERPT_TEXT = "Thresholds are not consistently understood & applied <across> partner agencies.";

function excerpt(text: string, overrides: Partial<Excerpt> & { citation: Excerpt["citation"] }): Excerpt {
  return {
    text,
    leadingEllipsis: false,
    trailingEllipsis: false,
    score: 0.5,
    chunkId: "chunk-1",
    start: 0,
    end: text.length,
    ...overrides,
  };
}

/** A small ExcerptSet as findExcerpts returns it: two documents, one excerpt each. */
export function excerptSet(topic: string): ExcerptSet {
  const jtai = excerpt(EXCERPT_TEXT, {
    score: 0.9,
    chunkId: "chunk-jtai-1",
    trailingEllipsis: true,
    citation: {
      title: "Joint targeted area inspection of Kirklees",
      publisher: "Ofsted, CQC, HMICFRS and HMI Probation",
      date: "2022-08-18",
      source: JTAI,
      section: "Areas for improvement",
      paragraph: "12",
      page: 3,
      alsoIn: [],
    },
  });
  const ofsted = excerpt(OLD_EXCERPT_TEXT, {
    score: 0.4,
    chunkId: "chunk-ofsted-7",
    leadingEllipsis: true,
    citation: {
      title: "Kirklees: inspection of services",
      publisher: "Ofsted",
      date: "2016-11-25",
      source: OFSTED,
      section: null,
      paragraph: "88",
      page: 41,
      alsoIn: [],
    },
  });
  return {
    topic,
    madeAt: "2024-05-01T09:30:00.000Z",
    indexVersion: STATUS.version,
    filters: {},
    sort: "relevance",
    total: 2,
    notices: [],
    groups: [
      {
        source: OFSTED,
        title: ofsted.citation.title,
        publisher: ofsted.citation.publisher,
        date: ofsted.citation.date,
        excerpts: [ofsted],
      },
      { source: JTAI, title: jtai.citation.title, publisher: jtai.citation.publisher, date: jtai.citation.date, excerpts: [jtai] },
    ],
  };
}

export function emptyExcerptSet(topic: string): ExcerptSet {
  return {
    topic,
    madeAt: "2024-05-01T09:30:00.000Z",
    indexVersion: STATUS.version,
    filters: {},
    sort: "relevance",
    total: 0,
    groups: [],
    notices: [],
  };
}

export class FakeService implements SlackService {
  readonly asked: { question: string; options?: AskOptions }[] = [];
  excerpts: SlackService["excerpts"] = async (topic) => emptyExcerptSet(topic);
  /** Delay every answer, to keep answer work in flight while acks are measured. */
  delayMs = 0;

  async answer(question: string, options?: AskOptions): Promise<Answer> {
    this.asked.push({ question, options });
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    if (/boom/i.test(question)) throw new Error("the index exploded");
    if (/unknown/i.test(question)) return notAnswered(question);
    if (/personal|danger/i.test(question)) return withNotices(question);
    return answeredWithTwoCitations(question);
  }

  async passages(question: string): Promise<PassageSet> {
    return { searched: question, passages: [], notices: [] };
  }

  async status(): Promise<IndexStatus> {
    return STATUS;
  }
}
