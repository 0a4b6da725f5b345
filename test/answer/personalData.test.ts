import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPersonalData, redactPersonalData } from "../../src/answer/guards/personalData.js";

/** Append the NHS mod-11 check digit to nine digits; null when no valid check digit exists. */
function withCheckDigit(nine: string): string | null {
  const sum = [...nine].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return null;
  return nine + String(check === 11 ? 0 : check);
}

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe("NHS numbers", () => {
  const valid = ["943476591", "401023213", "123456788"].map(withCheckDigit).filter((n): n is string => n !== null);

  it("has valid fixtures", () => {
    expect(valid.length).toBe(3);
    expect(valid[0]).toBe("9434765919");
  });

  it.each(valid)("finds and redacts %s in every layout", (nhs) => {
    const layouts = [nhs, `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}`, `${nhs.slice(0, 3)}-${nhs.slice(3, 6)}-${nhs.slice(6)}`];
    for (const layout of layouts) {
      const text = `Her NHS number is ${layout}, what should I do?`;
      expect(kinds(text)).toEqual(["nhs-number"]);
      const redacted = redactPersonalData(text);
      expect(redacted.text).toBe("Her NHS number is [NHS number], what should I do?");
      expect(redacted.kinds).toEqual(["nhs-number"]);
    }
  });

  it("does not flag ten bare digits with a failing checksum", () => {
    const bad = "943476591" + "8";
    expect(kinds(`number ${bad}`)).not.toContain("nhs-number");
  });

  it("flags a mistyped NHS number written as the NHS writes it, or named as one", () => {
    expect(kinds(`number 943 476 5918`)).toEqual(["nhs-number"]);
    expect(kinds(`his NHS no is ${"943476591" + "8"}`)).toEqual(["nhs-number"]);
    expect(kinds(`call +44 (0)113 222 4444`)).toEqual(["phone"]);
  });
});

describe("organisations' numbers", () => {
  it.each(["0808 800 5000", "0800 1111", "0300 123 4567", "0845 600 0000"])("leaves %s, a service's line, in", (number) => {
    expect(kinds(`is the helpline ${number} ok to give to parents?`)).toEqual([]);
  });
});

describe("NI numbers", () => {
  it.each(["AB123456C", "AB 12 34 56 C", "JG 103759 A", "ab123456c"])("finds %s", (ni) => {
    const redacted = redactPersonalData(`His NI number is ${ni}.`);
    expect(redacted.text).toBe("His NI number is [NI number].");
    expect(redacted.kinds).toEqual(["ni-number"]);
  });

  // A prefix HMRC never issues (QQ is its specimen) is still someone's number as typed.
  it.each(["QQ123456C", "QQ 12 34 56 C", "GB123456A", "DA123456A", "AO123456B"])("finds %s, whatever its prefix", (ni) => {
    expect(kinds(`ref ${ni}`)).toEqual(["ni-number"]);
  });

  it.each(["AB123456E", "on 12 34 56 a"])("does not read %s as an NI number", (ni) => {
    expect(kinds(`ref ${ni}`)).not.toContain("ni-number");
  });
});

describe("dates of birth", () => {
  const childYear = new Date().getFullYear() - 6;

  it.each([
    "born on 3 March 2015",
    "DOB 03/03/2015",
    "d.o.b. 3-3-15",
    "her date of birth is 3rd March 2015",
    "birthday: March 3rd 2015",
    "3 March 2015 (DOB)",
    `she was seen with a sibling, 12/03/${childYear}, at school`,
  ])("flags %s", (text) => {
    expect(kinds(text)).toContain("date-of-birth");
    expect(redactPersonalData(text).text).not.toMatch(/\d{4}|\d+[/-]\d+/);
  });

  it("leaves ordinary dates alone", () => {
    expect(kinds("what did the 2022 inspection say")).toEqual([]);
    expect(kinds("what has changed since April 2016")).toEqual([]);
    expect(kinds("how many children were on a plan at 31 March 2016")).toEqual([]);
    expect(kinds("how many children were on a plan as at 31/03/2016")).toEqual([]);
    expect(kinds("the inspection on 12/03/1998 found")).toEqual([]);
  });
});

describe("phones, emails, postcodes", () => {
  it.each(["0113 222 4444", "01484 414960", "07700 900123", "+44 7700 900123", "+44 (0)113 222 4444", "(0113) 222-4444"])(
    "finds phone %s",
    (phone) => {
      expect(redactPersonalData(`call mum on ${phone} tonight`).text).toBe("call mum on [phone number] tonight");
    },
  );

  it.each(["is 999 the number to call", "should I ring 111 or 101?", "under section 47 of the Children Act 1989"])(
    "leaves %s alone",
    (text) => expect(kinds(text)).toEqual([]),
  );

  it("finds emails", () => {
    expect(redactPersonalData("her email is jane.smith+school@example.org.uk ok").text).toBe("her email is [email address] ok");
  });

  it.each(["HD1 2TT", "SW1A 1AA", "M1 1AE", "hd1 2tt", "LS27RF"])("finds postcode %s", (postcode) => {
    expect(redactPersonalData(`they live at ${postcode} now`).text).toBe("they live at [postcode] now");
  });

  it("does not read ordinals as postcodes", () => {
    expect(kinds("pupils in y9 2nd term")).toEqual([]);
  });
});

describe("names with an age", () => {
  it.each([
    ["Jane Smith, aged 7, told her teacher", "[name], [age], told her teacher"],
    ["Jane Smith, age 12", "[name], [age]"],
    ["Tom (8) said his dad hits him", "[name] [age] said his dad hits him"],
    ["Jane Smith, 14, is missing", "[name], [age], is missing"],
    ["Jane Smith, a 14-year-old, disclosed", "[name], [age], disclosed"],
    ["Jane Smith who is 9 said", "[name] [age] said"],
    ["Mohammed Khan, aged twelve, said", "[name], [age], said"],
    ["Mary-Jane O'Brien DOB 01/01/2016", "[name] DOB [date of birth]"],
  ])("redacts %s", (text, expected) => {
    expect(redactPersonalData(text).text).toBe(expected);
  });

  it.each(["Children aged 7 to 11 in Year 7", "Key Stage (2) pupils", "Working Together (2023) says", "Section 47 (2)"])(
    "leaves %s alone",
    (text) => expect(kinds(text)).toEqual([]),
  );
});

describe("ordinary questions about documents", () => {
  it.each([
    "what did the 2016 Ofsted inspection say",
    "how many children were on a plan at 31 March 2016",
    "what does CCE stand for",
    "is 999 the number to call",
    "What is the threshold for a strategy discussion under Working Together 2018?",
    "How did the partnership respond to the JTAI in 2019, paragraph 3.2?",
  ])("%s has no findings", (text) => {
    expect(findPersonalData(text)).toEqual([]);
    expect(redactPersonalData(text)).toEqual({ text, kinds: [] });
  });
});

describe("property: identifiers never survive redaction", () => {
  const words = fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 8 });
  const wrap = fc.tuple(fc.constantFrom("", "(", '"', ": "), fc.constantFrom("", ".", ",", ")", "?", "!"));

  const nhs = fc
    .tuple(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }), fc.constantFrom("", " ", "-"))
    .map(([digits, sep]) => {
      const n = withCheckDigit(digits.join(""));
      return n && `${n.slice(0, 3)}${sep}${n.slice(3, 6)}${sep}${n.slice(6)}`;
    })
    .filter((n): n is string => n !== null);

  const ni = fc
    .tuple(
      fc.constantFrom(..."ABCEGHJKLMNOPRSTWXYZ"),
      fc.constantFrom(..."ABCEGHJKLMNPRSTWXYZ"),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }),
      fc.constantFrom(..."ABCD"),
      fc.boolean(),
    )
    .filter(([a, b]) => !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(a + b))
    .map(([a, b, d, s, spaced]) => {
      const digits = d.join("");
      return spaced ? `${a}${b} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ${s}` : `${a}${b}${digits}${s}`;
    });

  for (const [name, identifier] of [
    ["NHS", nhs],
    ["NI", ni],
  ] as const) {
    it(`${name} numbers embedded in sentences`, () => {
      fc.assert(
        fc.property(words, words, identifier, wrap, (before, after, id, [open, close]) => {
          const text = [...before, `${open}${id}${close}`, ...after].join(" ");
          const redacted = redactPersonalData(text);
          expect(redacted.text).not.toMatch(/\d/);
          expect(redacted.kinds.length).toBeGreaterThan(0);
        }),
        { numRuns: 500 },
      );
    });
  }
});

describe("ages and places said in passing", () => {
  it.each([
    ["does the 4-month-old, Oskar Lindqvist, need a CP medical?", "age"],
    ["Daniel, 15yo, lives with his uncle, is that private fostering?", "age"],
    ["a chronology for the family at flat 3, 17 Kirkgate please", "street-address"],
    ["Ngozi's school (Holy Trinity C of E) asked for the minutes", "school"],
  ])("%s gives a finding of kind %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

/** Every letter and digit of `part` lies inside a finding. */
const covered = (text: string, part: string) => {
  const found = findPersonalData(text);
  const at = text.indexOf(part);
  return [...part].every((c, i) => !/[\p{L}\p{N}]/u.test(c) || found.some((f) => f.start <= at + i && f.end > at + i));
};

describe("ages in a question that names someone", () => {
  it.each([
    ["Sarah Ahmed says she's 16 but the Home Office think 19", "19"],
    ["nurse here, kid goes by 'Tiny' (real name Tyrese Campbell), eight years old", "eight years old"],
    ["Tiago and his sister Beatriz (ages 7 and 10) are both at the same school", "ages 7 and 10"],
    ["Amina (9), Yusuf (6), Khadija (18 months) - surname Ahmed", "18 months"],
    ["NI number for the 17yo care leaver is QQ 12 34 56 C", "17yo"],
    ["Sean McDonagh, 16, from the site off Bradley Road", "16"],
  ])("%s: '%s' is taken out", (text, age) => {
    expect(covered(text, age)).toBe(true);
  });

  it("leaves ages alone in a question that names nobody", () => {
    expect(findPersonalData("how many 16 year olds were on plans in 2022, ages 7 and 10 in particular?")).toEqual([]);
  });

  it("leaves amounts and times alone beside a name", () => {
    const text = "Ayesha Khan missed 3 of 10 sessions, is 40% attendance a concern?";
    expect(covered(text, "3 of 10")).toBe(false);
    expect(covered(text, "40%")).toBe(false);
  });
});

describe("places and people in any shape", () => {
  it.each([
    ["Li Na's foster carer at Rose Cottage, Hall Lane, Shelley has asked about a sleepover", "Rose Cottage, Hall Lane, Shelley"],
    ["MUHAMMAD ZUBAIR - ADDRESS 19 MILL FOLD, OSSETT - SCHOOL OSSETT ACADEMY - his sister is 9", "19 MILL FOLD, OSSETT"],
    ["MUHAMMAD ZUBAIR - ADDRESS 19 MILL FOLD, OSSETT - SCHOOL OSSETT ACADEMY - his sister is 9", "OSSETT ACADEMY"],
    ["a letter to Mr and Mrs Gonçalves at 9 The Folly, Mirfield WF14 8JP about their son", "9 The Folly, Mirfield WF14 8JP"],
    ["a letter to Mr and Mrs Gonçalves at 9 The Folly, Mirfield WF14 8JP about their son", "Mr and Mrs Gonçalves"],
    ["Temporary accommodation: Room 4, Brunswick Hotel, Halifax HX1 2JF, baby 5 weeks old", "Room 4, Brunswick Hotel, Halifax HX1 2JF"],
    ["12-year-old Callum from the Dalton estate - is this exploitation?", "Dalton estate"],
    ["the handle @ayesha_k_2009 is the girl being targeted in the group chat", "@ayesha_k_2009"],
    ["Do I just put 'R. O'N' in the minutes for the child?", "R. O'N"],
    ["the boy goes to Deighton J I & N School", "Deighton J I & N School"],
    ["she's 4 and at Sunshine Pre-School", "Sunshine Pre-School"],
    ["her school is Crow Lane Primary & Nursery", "Crow Lane Primary & Nursery"],
  ])("%s: '%s' is taken out", (text, part) => {
    expect(covered(text, part)).toBe(true);
  });

  it("does not take the next sentence for a town, nor an email address for a handle", () => {
    const text = "She lives at 4 Mill Lane, Can you tell me about jo@example.org";
    expect(covered(text, "Can")).toBe(false);
    expect(findPersonalData(text).map((f) => f.kind)).toEqual(["street-address", "email"]);
  });
});

describe("numbers, dates and places in more shapes", () => {
  it.each([
    ["his dad's car is FD68 ZHM, parked outside the school", "FD68 ZHM"],
    ["her uncle in Lahore is on +92 300 1234567", "+92 300 1234567"],
    ["DOB 14-Feb-2007 for the referral", "14-Feb-2007"],
    ["the family at 41 Cross Lane, Batley WF17 have no heating", "41 Cross Lane, Batley WF17"],
    ["mum says they live at 3 cobden street keighley bd21 now", "3 cobden street keighley bd21"],
    ["they are on plot 12, Sunnyvale Caravan Park, Hebden Bridge", "plot 12, Sunnyvale Caravan Park, Hebden Bridge"],
    ["WIKTORIA LEWANDOWSKA, Yr 9, Castleford Academy, 42% attendance", "Castleford Academy"],
    ["MR AND MRS KOWALSKI have asked for the minutes", "MR AND MRS KOWALSKI"],
  ])("%s: '%s' is taken out", (text, part) => {
    expect(covered(text, part)).toBe(true);
  });

  it("reads a place as a place, not a name, but keeps a surname that is a place", () => {
    expect(
      findPersonalData("Does Operation Encompass cover Bradford and Calderdale schools, and where is the Halifax Early Help hub?"),
    ).toEqual([]);
    expect(covered("Jamie Bradford (9) lives with his nan", "Jamie Bradford")).toBe(true);
  });
});

describe("places told by what is there, handles without '@', and dates beside a name", () => {
  it.each([
    ["Ella stays at the house on Beck Lane with the red door, near the Co-op", "the house on Beck Lane with the red door, near the Co-op"],
    ["Tomas was last seen at the hand car wash on Kirkstall Road", "the hand car wash on Kirkstall Road"],
    ["mum and baby are in room 4 at the Crescent Guest House on Harrogate Road", "room 4 at the Crescent Guest House on Harrogate Road"],
    ["the family are on Pitch 7 at Cottingley Springs", "Pitch 7 at Cottingley Springs"],
    ["he was placed at Northfield Children's Home last week", "Northfield Children's Home"],
    ["they moved to 33 bramble way keighley bd21 4hn in May", "33 bramble way keighley bd21 4hn"],
    ["she's at st. mary's rc primary in year 4", "st. mary's rc primary"],
    ["her tiktok is kayleigh_b_2010 and her insta is chxrlie.rose.x", "kayleigh_b_2010"],
    ["her tiktok is kayleigh_b_2010 and her insta is chxrlie.rose.x", "chxrlie.rose.x"],
    ["he messages from t.me/stevo_leeds81", "t.me/stevo_leeds81"],
    ["dad's number in Poland is 0048 601 234 567", "0048 601 234 567"],
    ["Amir Khan, born 2012-07-19, has moved schools", "2012-07-19"],
    ["a letter for Mr and Mrs van der Berg about their son", "Mr and Mrs van der Berg"],
  ])("%s: '%s' is taken out", (text, part) => {
    expect(covered(text, part)).toBe(true);
  });

  it.each([
    "Our training is on 12 June at the Town Hall - is attendance mandatory for all DSLs?",
    "What does the Sexual Offences Act 2003 say about the age of consent and positions of trust?",
    "Does an NRM referral under the Modern Slavery Act 2015 need consent for under-18s?",
    "Is the guidance at gov.uk/working-together or in the plan.pdf, e.g. section 4.2?",
    "Hypothetically, if a foster carer thinks their child is being exploited, who should they tell?",
  ])("finds nothing personal in: %s", (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe("places joined, numbers of records, and dates without a year", () => {
  it.each([
    ["Maisie goes to Little Acorns Day Nursery on Bradford Road, Keighley", "Little Acorns Day Nursery on Bradford Road, Keighley"],
    ["he is at Meadowbank children's home, Wetherby, since May", "Meadowbank children's home, Wetherby"],
    ["she was last seen near the mosque on Leeds Road", "near the mosque on Leeds Road"],
    ["Tom lives in his flat on Cross Flatts Grove in Beeston", "his flat on Cross Flatts Grove in Beeston"],
    ["his hospital number is RAE1234567", "RAE1234567"],
    ["her dad in Leeds is on 0044 7911 123456", "0044 7911 123456"],
    ["Jayden Smith's birthday is 30th November and the baby is due 14/08", "30th November"],
    ["Jayden Smith's birthday is 30th November and the baby is due 14/08", "14/08"],
    ["Ella Price, 14 months, has missed her jabs", "14 months"],
    ["jayden goes to carr manor community school", "carr manor community school"],
  ])("%s: '%s' is taken out", (text, part) => {
    expect(covered(text, part)).toBe(true);
  });

  it.each([
    "Is a good primary school expected to have a DSL deputy?",
    "what does the 24/7 emergency duty team do on 12 June?",
    "the 2 months before a conference, who leads the plan?",
  ])("finds nothing personal in a question that names no one: %s", (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe("a school typed in lower case", () => {
  it("is a name before the school word, not what someone does there", async () => {
    const { findSchoolsWithChild } = await import("../../src/answer/guards/personalSchools.js");
    const text = "jaxon keeps missing school, when do we refer?";
    expect(findSchoolsWithChild(text)).toEqual([]);
    expect(findSchoolsWithChild("jayden goes to carr manor community school").length).toBe(1);
  });
});
