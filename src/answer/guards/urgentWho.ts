/**
 * Who is at risk and who is speaking (urgentFeatures.ts): a child, one child in particular, the adult in
 * charge, a child writing in their own voice, a disclosure just made, a message passed on, the asker on
 * the spot. Each entry is one way of saying something, with its synonyms, matched as whole words on text
 * without apostrophes ("mums", "hes", "cant").
 */
export const WHO = {
  /** A child is the person at risk. */
  child: [
    "child(?:ren)?|kids?|boys?|girls?|lads?|young (?:person|people)|teen(?:ager)?s?|adolescents?|pupils?|students?",
    "bab(?:y|ies)|newborn|infant|toddlers?",
    "sons?|daughters?|siblings?|little (?:one|brother|sister)",
    "year \\d{1,2}|\\d{1,2}[- ]?(?:year|yr)s?[- ]old|\\d{1,2} ?yo|aged \\d{1,2}",
    "she|he|her|him|they|them|shes|hes|theyre",
    "\\w+ formers?|y\\d{1,2}|school ?(?:boy|girl)s?|tutee|(?:grand)?(?:son|daughter|child)",
  ],
  /** One child in particular, not children in general. */
  oneChild: [
    "(?:a|the|my|our|this|that|his|her|their) (?:child|kid|boy|girl|baby|newborn|toddler|son|daughter|pupil|student|lad|young person|teenager)",
    "(?:a|the|my|our|this) (?:year \\d{1,2}|\\d{1,2}[- ]?(?:year|yr)s?[- ]old)|aged \\d{1,2}|\\d{1,2} ?yo",
  ],
  /** An adult of the household or in charge of the child. */
  household: [
    "(?:step ?)?(?:dad|mum|mom|father|mother|parents?)",
    "(?:mums|mothers|dads|fathers) (?:new )?(?:partner|boyfriend|girlfriend|mate|friend)|(?:her|his|their) (?:partner|boyfriend|girlfriend)",
    "uncle|aunt(?:ie)?|grand(?:ad|dad|ma|pa)|nan|nana|(?:older )?(?:brother|sister|cousin)|carers?|lodger",
  ],
  /** A child writing in their own voice: about home, about themselves, asking for help. */
  childVoice: [
    "my (?:mum|mom|dad|stepdad|stepmum|nan|brother|sister|uncle)|my (?:mums|dads) (?:boyfriend|partner|mate|friend)|me and my (?:sister|brother|mum)",
    "(?:help|save) me|please (?:help|come)|(?:no one|nobody) (?:will )?(?:believes?|listens?)",
    "i (?:cant|can not|cannot) (?:get out|go home|breathe|move|leave|stop|wake)|im (?:scared|frightened|terrified|hiding|locked|stuck|alone|bleeding|hurt)|" +
      "i (?:am|feel) (?:scared|frightened|terrified|unsafe)|i dont (?:want to|wanna) go (?:home|back)",
    "(?:hes|shes|theyre|hes been|shes been) (?:hitting|hurting|touching|shouting at|screaming at) (?:me|us)|(?:he|she|they) (?:hit|hurt|touched|locked) (?:me|us)",
  ],
  /** A disclosure just made to the asker. */
  disclosure: [
    "told (?:me|us|staff|her teacher|his teacher)|tells? (?:me|us)|says|said (?:that|she|he|they|her|his|it)|(?:has |have )?just (?:told|disclosed|said|rang|called|texted|messaged|come)",
    "(?:has |have )?disclosed|let slip|admitted|confided|came to (?:me|us|see me)|opened up",
  ],
  /** A message from a child, passed on. */
  forwarded: [
    "(?:texted|messaged|snapped|whatsapped|dmd) (?:me|us|her|him)|sent (?:me |us )?(?:a |this )?(?:text|message|snap|dm|voice note)|" +
      "(?:just )?(?:got|received|had) (?:a|this) (?:text|message)",
    "(?:a |this |the )?(?:text|message) (?:from|says|said|reads)|forwarded|screenshot|(?:she|he|they) (?:wrote|writes|put)",
  ],
  /** The asker is with the child, or can hear or see it happen. */
  presence: [
    "in front of me|with me|im with|i am with|in my (?:office|surgery|clinic|class|classroom|room|car)|on the phone",
    "i can (?:hear|see)|next door|neighbours?",
    "(?:im|i am) (?:at|in|outside)|while im (?:here|there)|home visit",
  ],
  /** Fear, distress, a plea or want: the child does not feel safe now. */
  fear: [
    "scared|terrified|afraid|frightened|petrified|(?:doesnt|dont|does not) feel safe|(?:wont|doesnt want to|refuses to|too scared to) go home",
    "hiding|crying|screaming|begging|asking for help",
    "hungry|no food|goodbye",
  ],
};
