import { describe, expect, it } from "vitest";
import { shortfall } from "../../src/answer/evidence.js";
import { unknownPhrase, yearsIn } from "../../src/retrieve/query.js";
import { answerKindOf, holdsAnswerKind } from "../../src/retrieve/answerKind.js";

describe("what kind of answer a question wants", () => {
  it.each([
    ["how many children were on a plan?", "number"],
    ["what % of conferences were on time?", "rate"],
    ["what was the overall Ofsted judgement in 2016?", "grade"],
    ["who is the named GP for safeguarding?", "person"],
    ["which service director led the report?", "person"],
    ["when was the JTAI on site?", "date"],
    ["how far were families willing to travel?", "measure"],
    ["what is the timescale for a return home interview?", "measure"],
    ["what % of conferences were held in timescale?", "rate"],
    ["need the dates for a board paper", "date"],
    ["who reviewed our CSE services?", "who"],
    ["which hospital trusts does CDOP cover?", "who"],
    ["where is the launch being held?", "where"],
    ["what's the phone number for the duty team?", "phone"],
    ["what's the out of hours number for children's social care?", "phone"],
    ["who do I call if a child discloses abuse at school?", "phone"],
    ["what is the number of children looked after?", "number"],
    ["from what age should care leavers have a personal adviser?", "number"],
    ["what is their email address?", "email"],
    ["what does CSE stand for?", "acronym"],
    ["for children looked after who cannot go home, what did inspectors say?", "finding"],
    ["when a child goes missing, is a return interview offered?", "finding"],
    ["for kids open to social care where risk goes up, were partners involved?", "finding"],
  ])("%s → %s", (question, kind) => {
    expect(answerKindOf(question)).toBe(kind);
  });
  it("checks a sentence holds that kind of answer", () => {
    expect(holdsAnswerKind("number", "There were 652 children looked after.")).toBe(true);
    expect(holdsAnswerKind("date", "The visit took place on 11 and 12 July 2018.")).toBe(true);
    expect(holdsAnswerKind("phone", "Call the front door on 01484 456848.")).toBe(true);
    expect(holdsAnswerKind("phone", "The front door is open all day.")).toBe(false);
    expect(holdsAnswerKind("email", "Write to kscp@kirklees.gov.uk.")).toBe(true);
    expect(holdsAnswerKind("grade", "Children's services in Kirklees are inadequate.")).toBe(true);
    expect(holdsAnswerKind("grade", "Services are improving.")).toBe(false);
    expect(holdsAnswerKind("rate", "Only 50% of conferences are on time.")).toBe(true);
    expect(holdsAnswerKind("measure", "A site within 30 minutes travel time would help.")).toBe(true);
    expect(holdsAnswerKind("measure", "Children aged 5 to 18 attend.")).toBe(false);
    expect(holdsAnswerKind("rate", "Children aged 11-17 are eligible.")).toBe(false);
    expect(holdsAnswerKind("person", "Service Director responsible Elaine McShane")).toBe(true);
    expect(holdsAnswerKind("person", "Engagement with GP Safeguarding Leads continued.")).toBe(false);
  });
});

describe("evidence checks", () => {
  const evidence = (text: string, date = "2016-11-25") => ({ text, passage: { date, text, title: "A report", headingPath: [] } });
  const none = (_text: string): string[] => [];
  const ask = (question: string, expand = none) => ({ question, kind: answerKindOf(question), expand });
  it("reads years, including 22/23 forms", () => {
    expect(yearsIn("figures for 22/23 and 2016").sort()).toEqual(["2016", "2022", "2023"]);
  });
  it("reads a year written from its first year ('2022/23', '2019-2020') as both its years", () => {
    expect(yearsIn("CDOP figures for 2022/23 please").sort()).toEqual(["2022", "2023"]);
    expect(yearsIn("the 2019-2020 report").sort()).toEqual(["2019", "2020"]);
    expect(yearsIn("between 2016 and 2018").sort()).toEqual(["2016", "2018"]);
    expect(yearsIn("from 2016-2018").sort()).toEqual(["2016", "2018"]);
    const q = ask("how many notifications did CDOP get in 2022/23?");
    expect(shortfall(q, evidence("There have been 49 notifications this year.", "2023-09-01"))).toBeNull();
  });
  it("rejects evidence without the kind of answer asked for", () => {
    expect(shortfall(ask("what is the duty team's phone number?"), evidence("The duty team works out of hours."))).toMatch(/no phone/);
  });
  it("rejects evidence about another year than the one asked", () => {
    const q = ask("how many children were looked after at 31 March 2023?");
    expect(shortfall(q, evidence("At 31 March 2016, 652 children were looked after."))).toMatch(/another year/);
    expect(
      shortfall(ask("how many children were looked after in 2016?"), evidence("At 31 March 2016, 652 children were looked after.")),
    ).toBeNull();
  });
  it("rejects numbers that count something other than what was asked", () => {
    expect(shortfall(ask("how many working days is the timescale?"), evidence("Only 50% of conferences are on time."))).toMatch(
      /counts something else/,
    );
    expect(shortfall(ask("how many taxi drivers were trained?"), evidence("All 3000 taxi drivers attended the training."))).toBeNull();
    const expand = (t: string) => (/LAC/.test(t) ? ["looked after children"] : []);
    expect(shortfall(ask("how many LAC were there?", expand), evidence("652 children were being looked after."))).toBeNull();
  });
  it("reads the thing counted past 'of the' and up to the verb", () => {
    const q = ask("how much of the children's social care workforce was agency staff?");
    expect(shortfall(q, evidence("A quarter of the workforce is of agency staff."))).toBeNull();
    expect(shortfall(q, evidence("A quarter of cases were audited."))).toMatch(/counts something else/);
    expect(shortfall(ask("how many people went on the training?"), evidence("Over 1000 staff attended."))).toBeNull();
    // The verb ends the thing counted, whichever verb: "contacts came in" counts contacts.
    expect(
      shortfall(ask("how many contacts came in to the front door?"), evidence("Number of initial contacts to the Front door 17893")),
    ).toBeNull();
    expect(shortfall(ask("how many contacts came in to the front door?"), evidence("17893 visits were made."))).toMatch(
      /counts something else/,
    );
  });
  it("wants the acronym asked about spelled out, or named, in the sentence itself", () => {
    const q = ask("what does CSPR stand for?", (t) => (/CSPR/.test(t) ? ["child safeguarding practice review"] : []));
    expect(shortfall(q, evidence("National reviews by the NSPCC are considered from a local perspective."))).toMatch(/CSPR/);
    expect(shortfall(q, evidence("The Child Safeguarding Practice Review (CSPR) Subgroup meets monthly."))).toBeNull();
    expect(shortfall(q, evidence("The NSPCC helps each child safeguarding practice review."))).toBeNull();
  });
  it("finds a phrase of words the corpus never uses: a topic the guidance does not cover", () => {
    const corpusWords = new Set(["policy", "children's", "homes", "churn", "staff", "rate", "year"]);
    const known = (w: string) => corpusWords.has(w.toLowerCase());
    expect(unknownPhrase("what is the policy on mobile phones in children's homes?", known)).toBe("mobile phones");
    expect(unknownPhrase("is staff churn bad in children's homes?", known)).toBeNull();
    expect(unknownPhrase("what is the NEET rate for 16 17 year olds?", known)).toBeNull();
  });
  it("counts the head of the phrase: 'Prevent / Channel referrals' are referrals, not anything that prevents", () => {
    const q = ask("how many Prevent / Channel referrals were there in 2022?");
    expect(shortfall(q, evidence("Items 9 - 10 would prevent them from participating in 2022."))).toMatch(/counts something else/);
    expect(shortfall(q, evidence("There were 41 referrals to Channel in 2022."))).toBeNull();
  });
  it("wants the role asked about ('who is the designated doctor') named in the passage", () => {
    const q = ask("who is the designated doctor for safeguarding?");
    expect(shortfall(q, evidence("Designated Safeguarding Leads meet with Jane Smith each term."))).toMatch(/doctor/);
    expect(shortfall(q, evidence("The designated doctor, Dr Jane Smith, chairs the group."))).toBeNull();
    const dcs = ask("who was the interim DCS in 2018?", (t) => (/DCS/.test(t) ? ["director of children's services"] : []));
    expect(shortfall(dcs, evidence("Mr Steve Walker, Interim Director of Children's Services", "2018-08-03"))).toBeNull();
  });
});

describe("names in a question", () => {
  it("finds title-case names and wants most of their words in the evidence", async () => {
    const { namesIn } = await import("../../src/answer/evidence.js");
    expect(namesIn("does Kirklees use Signs of Safety?")).toEqual(["Signs of Safety"]);
    expect(namesIn("What did the 2016 report say?")).toEqual([]);
    const q = { question: "does Kirklees use Signs of Safety?", kind: "finding" as const, expand: (_t: string): string[] => [] };
    const text = "The partnership formally signed up to the arrangements.";
    expect(shortfall(q, { text, passage: { date: "2023-01-01", text, title: "Report", headingPath: [] } })).toMatch(/Signs of Safety/);
    const shortened = { question: "what is CVET in West Yorks Police?", kind: "finding" as const, expand: (_t: string): string[] => [] };
    const police = "The West Yorkshire Police team works with partners.";
    expect(
      shortfall(shortened, { text: police, passage: { date: "2022-01-01", text: police, title: "Letter", headingPath: [] } }),
    ).toBeNull();
  });
});
