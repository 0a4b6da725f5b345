import { beforeAll, describe, expect, it } from "vitest";
import { documentNameOptions } from "../../src/answer/guards/documentNames.js";
import { findPersonalData } from "../../src/answer/guards/personalData.js";
import type { NameOptions } from "../../src/answer/guards/personalNames.js";
import { withoutPersonalData } from "../../src/answer/guards/withoutPersonalData.js";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/**
 * Shapes of personal data the blind sets left in before (places told by a landmark, rooms, households, names given
 * without quotes, record numbers, gamer tags, lower-case schools), written afresh here, and the public names and
 * bodies a question about the guidance may use, which stay.
 */

let snapshot: PreparedIndex;
let names: NameOptions;
beforeAll(async () => {
  snapshot = await memorySnapshot("corpus");
  names = documentNameOptions(snapshot);
});

describe("personal data of the shapes fresh testers used", () => {
  it.each([
    ["they sleep in a flat behind the Morrisons on Wakefield Road", ["Morrisons", "Wakefield Road"]],
    ["mum and the girls are at the refuge near Greenhead Park now", ["Greenhead Park"]],
    ["the van is parked on a lay-by off the A62 near Milnsbridge", ["A62", "Milnsbridge"]],
    ["he is in a B&B room 14 at the Old Bridge Hotel, Holmfirth", ["14", "Old Bridge", "Holmfirth"]],
    ["she has been placed at Oakwood Lodge, room 6", ["Oakwood", "6"]],
    ["Flat 9, Block B, Stanley Court, Dewsbury WF12 9", ["9", "Stanley Court", "WF12"]],
    ["neighbours say the children at number 23 are always hungry", ["23"]],
    ["the Kowalczyk family have just moved into the area", ["Kowalczyk"]],
    ["an older lad who goes by Big Dee keeps giving him lifts", ["Big Dee"]],
    ["a man called Darren has started collecting her from school", ["Darren"]],
    ["her file is case ref KC-2023-55120 and his is 88123456", ["KC-2023-55120"]],
    ["police log no. 1411 20/11/24 mentions the boy", ["1411 20/11/24"]],
    ["the car had a plate ending in XJF", ["XJF"]],
    ["his Discord is nightwolf_07 and his Xbox gamertag is PixelRaider99", ["nightwolf_07", "PixelRaider99"]],
    ["on Steam he is stormy#2290", ["stormy#2290"]],
    ["Tyler Moss, born 2012, lives with his nan", ["2012"]],
    ["Leah Carr has two brothers (4 and 7) at home", ["4 and 7"]],
    ["Ellis Dunn, maybe 12 or 13, was in the park", ["12 or 13"]],
    ["my pupil goes to little stars nursery on wellhouse lane", ["little stars", "wellhouse lane"]],
    ["Jamal attends Kestrel nursery three days a week", ["Kestrel"]],
    ["a girl from st paul's catholic primary, dewsbury said she was hit", ["st paul", "dewsbury"]],
    ["she stays at her aunt's on holme valley estate, halifax", ["holme valley", "halifax"]],
    ["baby Noor 5wks and her brother 2y 6m, seen at home", ["5wks", "2y 6m"]],
    ["HV notes: Amira Saleh, baby 4/52, mum tearful", ["4/52"]],
    ["her boyfriend (19, called Jordan) drives a silver golf, partial plate 'YK19'", ["19", "Jordan", "YK19"]],
    ["her new partner Mark has moved in with Zofia and the kids", ["Mark", "Zofia"]],
    ["his snap is lil.jay.x and his xbox gamertag GhostRider2K9", ["lil.jay.x", "GhostRider2K9"]],
    ["police ref WY/CID/23/44190 and prisoner no B4521KT", ["44190", "B4521KT"]],
    ["placed at Elmwood supported lodgings, room 2, Dewsbury WF13", ["Elmwood", "room 2", "WF13"]],
    ["the family is in temp accom at the Premier Inn in Bradford city centre room 210", ["Premier Inn", "Bradford city centre", "210"]],
    ["she lives near the big Asda in Batley with her mum", ["Asda", "Batley"]],
    ["Dad lives at 3/21 Moorland Court, Ossett", ["3/21", "Moorland Court", "Ossett"]],
    ["her son goes to Sunflowers Nursery & Pre-school", ["Sunflowers"]],
    ["he lives in the high rise on Fenton Street, Meadow Court block, 9th floor", ["Fenton", "Meadow Court", "9th"]],
    ["she is sleeping round the back of the Lidl on Halifax Road", ["Lidl", "Halifax Road"]],
    ["our foster son J (12) was contacted by his birth mum", ["J (12)"]],
    ["Offender: PNC 21/654321K, NOMIS B1234CD, seen near the school", ["654321", "B1234CD"]],
    ["he drives a white van, first bit of the reg YD21", ["YD21"]],
    ["incident 2231 was logged last night", ["2231"]],
    ["twins Hope and Mercy Okafor are in Y3", ["Hope", "Mercy", "Okafor"]],
    ["her dad Preston was shouting in the car park", ["Preston"]],
    ["Ben Hart brought his son in. Jayden's 5. Is that a concern?", ["Jayden", "5"]],
    ["notes: Kacper ~15, seen at the bus station", ["Kacper", "15"]],
    ["the account logs in from 81.23.144.9 most nights", ["81.23.144.9"]],
    ["police log 0231 of 14/02 records the call", ["0231"]],
    ["Daniel Rees, DOB the twenty-first of March 2011, is in care", ["twenty-first of March"]],
    ["Mrs Edna Platt (b. 1938) lives alone", ["Platt", "b. 1938"]],
    ["she only saw part of the reg - KT5", ["KT5"]],
    ["she stays at 'Rosedene', Moor Lane, Shepley", ["Rosedene", "Moor Lane"]],
    ["the lad lives HD5 way with his dad", ["HD5"]],
    ["Ayesha is in year 10 at Fartown Girls", ["Ayesha", "Fartown Girls"]],
    ["Maryam has moved to the Al-Noor girls' school", ["Al-Noor"]],
    ["her older brother Jun is dealing from the flat", ["Jun"]],
    ["a 10 yr old in placement, known as DJ, says she pinched him", ["DJ"]],
    ["JB, 14, told her tutor about the bruises", ["JB"]],
    ["our student TJ keeps missing PE", ["TJ"]],
    ["the family at the end house - Ruby Carpenter and her brother - they're 8 and 11", ["Ruby Carpenter", "8 and 11"]],
    ["worried about Faith Baker in Y2", ["Faith Baker"]],
    ["new arrivals: Nguyen Thi Lan (Lanny) 13 won't go home", ["Lanny", "13"]],
  ])("%s", (text, personal) => {
    const searched = withoutPersonalData(text, names);
    for (const p of personal) expect(searched.toLowerCase(), searched).not.toContain(p.toLowerCase());
  });

  it.each([
    "What did the Peter Connelly serious case review say about health visitors?",
    "Are the Summer Term and Autumn Term dates on the KSCP training page?",
    "PPU DS - was a CP plan made for the 2nd time or more?",
    "older lads keep picking him up in cars after school, who do I tell?",
    "has the wait for a CAMHS appt gone up since covid?",
    "Is Hope Street family centre still open?",
    "Does a child CIN plan or a pupil CP plan come first?",
    "How does Gillick competence differ from the Fraser guidelines?",
    "What did Lord Laming's inquiry into the death of Victoria Climbié recommend?",
    "Does the Pinderfields Hospital safeguarding team take referrals from schools?",
    "How is the Polish family support service funded?",
    "the house near the school has a new family, how do I welcome them?",
    "what were the hospital 2022/23 figures for child protection medicals?",
    "what is known as Early Help in Kirklees?",
    "Can Leeds Family Court hear care proceedings for Kirklees?",
    "I'm a new DSL, what training do I need?",
    "How do I explain a child protection plan in plain english?",
    "Does the National Referral Mechanism apply to a child found in Huddersfield?",
    "Do Pinderfields and Airedale follow the bruising protocol?",
    "Interpreter here, which training level do I need?",
    "We're a grassroots club, do we need a welfare officer?",
    "Can you explain Kolb's learning cycle and the Lundy model for my essay?",
    "Does the Lullaby Trust advice apply to childminders?",
    "Do Saturday clubs need a safeguarding policy, and who checks them?",
    "Is the MASH open on Fridays and Sats?",
    "Does the procedure cover Kirklees and Calderdale jointly?",
    "Are pupils at a local girls' school covered by the same attendance policy?",
    "Is Operation Makesafe still running with the hotels?",
    "How did West Yorks Police and the council respond?",
    "what changed between Mar and Sept 2019?",
    "can you remind me what the threshold is?",
    "im too embarassed to ask what a strategy discussion is",
    "did the staff regrade change caseloads?",
    "need a before-vs-after figure for my slides",
    "are the drop-ins still on for parents?",
    "when did the minibus start and who drives it?",
    "what do ED staff ask about bruising in babies?",
    "wats the threshold for a strat?",
    "When should an ED nurse at Pinderfields Hospital check the Child Protection Information Sharing system?",
    "Is a baby seen in ED referred by the hospital team?",
    "Should a baby seen in ED, or at the GP, be referred?",
    "What is the role of the designated safeguarding lead in Bradford schools?",
  ])("leaves a question without personal data alone: %s", (text) => {
    expect(withoutPersonalData(text, names)).toBe(text);
  });

  it("takes out a street someone lives on without cutting into the word before it", () => {
    const text = "Gran lives on Pole Moor Road in Scapegoat Hill";
    expect(findPersonalData(text, names).map((f) => text.slice(f.start, f.end))).toEqual(["Pole Moor Road in Scapegoat Hill"]);
  });
});
