/**
 * People whose names are public because a national inquiry, review or law is known by them: the children whose
 * deaths led to reviews of child protection, and the people who led those reviews. Practitioners name them when
 * asking what the guidance learned ("the Arthur Labinjo-Hughes review"); they identify no child or family in the
 * question. Written from general knowledge of English child protection history, lower case.
 */
const NAMES = `
maria colwell|jasmine beckford|kimberley carlile|tyra henry|victoria climbié|victoria climbie|peter connelly|baby p|
khyra ishaq|daniel pelka|hamzah khan|keanu williams|ellie butler|arthur labinjo-hughes|star hobson|logan mwangi|
finley boden|sara sharif|child q|holly wells|jessica chapman|sarah payne|clare wood|victoria gillick|
lord laming|herbert laming|alexis jay|professor alexis jay|eileen munro|professor eileen munro|josh macalister|
michael bichard|sir michael bichard|louise casey|dame louise casey|ann coffey|lord fraser|gillick|fraser|laming|munro
`;

const PUBLIC = new Set(
  NAMES.split("|")
    .map((n) => n.trim())
    .filter(Boolean),
);

/** True when a found name is one of these public names ("Professor Alexis Jay", "Victoria Climbié"). */
export function isPublicCaseName(name: string): boolean {
  return PUBLIC.has(
    name
      .toLowerCase()
      .replace(/['’]s$/, "")
      .replace(/\s+/g, " ")
      .trim(),
  );
}
