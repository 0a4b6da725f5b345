/**
 * Phrasings that lower the risk a question describes (urgentFeatures.ts): a question about policy,
 * procedure or numbers, a hypothetical or general case, training, reassurance, the past. Each entry is
 * one way of saying something, with its synonyms, matched as whole words on text without apostrophes.
 */
export const LOWERING = {
  /** A question about rules, documents, roles or process. */
  framing: [
    "polic(?:y|ies)|procedures?|guidance|protocols?|thresholds?|criteria|definitions?|define[ds]?|stand for|mean",
    "mandatory|statutory|dut(?:y|ies)|obligations?|legal(?:ly)?|the law|legislation|(?:\\w+ )?act (?:19|20)\\d\\d|offences act|children act|which (?:section|part|law)|\\w+s law|regulations?|section \\d+|(?:^|[.?!] )can (?:a|an) |" +
      "(?:does|do|would|will) (?:it|this|that) (?:now )?(?:count|apply|cover|include)|counts? as|classed as|what age",
    "(?:what (?:is|are|was|were|does|did|do)|whats) (?:the|a|an|our|their)|difference between|(?:can|could) you explain|explain (?:the|what|how|why|in|to me)|what happens (?:when|if|after|next|at|in)|" +
      "what should (?:happen|a|an|the|schools?|staff|we|practitioners|agencies|they)|how (?:should|do|does|are|is|quickly|long|soon)",
    "who (?:should|do|does|can|would|must) (?:they|you|he|she|we|i|staff|a|an|the) (?:tell|contact|inform|call|report|speak|refer|ring)|" +
      "who (?:is|are) responsible|which (?:agenc\\w+|team|service|form)|roles?|responsibilit\\w+",
    "process|flowchart|record(?:ed|ing)?|consent|escalation|link (?:with|between)|connection between|(?:impact|effect) of",
    "recommendations?|findings|inspections?|inspectors?|ofsted|audit|partnership|panel|according to",
    "conferences?|reviews?|learning (?:from|points)|lessons learned|what went wrong|write (?:it )?up|summari[sz]e|strategy (?:discussion|meeting)s?|101 or 999|999 or 101",
    "(?:can|could|may|should|do|must) (?:i|we|they) (?:tell|keep|promise|share|say|write|record|note|log|inform|report|refer)|make a note|(?:is there )?anything (?:i|we) (?:need|have|should)|is it (?:ok|okay|right|true|necessary|mandatory)|do (?:we|i|they) (?:have to|need to)|(?:am i|are we|are they) (?:allowed|required|expected)",
  ],
  /** A case that is not happening to anyone now: hypothetical, general, suspected. */
  hypothetical: [
    "hypothetical(?:ly)?|in theory|what if|suppose|supposing|imagine|scenarios?|made[- ]up|case stud(?:y|ies)|for example|for instance",
    "in general|generally|typically|usually|in practice",
    "(?:if|when|where) (?:a|an|any)|if (?!(?:he|she|they|you) )(?:\\w+ ){0,2}ever|(?:if|when) (?:the|their) (?:child|young person|pupil|parent|carer|foster carer)|" +
      "(?:a|any) (?:child|young person|pupil|parent|carer|professional) (?:who|that)|children who|young people who|if (?:they|a child|a pupil) disclose[sd]?|" +
      "in (?:children|babies|infants|young people|teenagers|families|schools|boys|girls)|under (?:\\w+ )?(?:months|years)|under \\d+s",
    // "I suspect": not known to be happening; "the suspect left with the baby" is a person, not a doubt.
    "thinks? (?:that )?(?:a|their|the|his|her) (?:child|pupil|young person)|(?:i|we|they|she|he|staff|school|mum|dad) suspects?|" +
      "(?:might|may|could) be|signs (?:of|that)|indicators?|risk factors?",
  ],
  /** Training, learning, writing, teaching. */
  training: [
    "training|courses?|modules?|e-?learning|workshop|induction|refresher|awareness",
    "quiz|exam|assignment|essay|presentation|lessons?|lesson plans?|ideas for|role ?play|teach(?:ing)? (?:about|children about|pupils about)",
    "(?:parents|staff|training|awareness|information) sessions?|sessions? (?:for|on|about)|cpd|briefing|drill|(?:school|class|uni|university) project|slides|talk (?:to (?:\\w+ )?)?(?:them|children|pupils|kids|parents|staff) about|" +
      "(?:evening|session|event) for parents|parents evening|resources (?:for|pitched at|on)",
  ],
  /** Numbers about many children. */
  statistics: [
    "statistics|stats|data|figures|numbers|percentage|per ?cent|proportion|rates?|trends?|prevalence",
    "how many|number of|increase|decrease|crime|incidents",
  ],
  /** Asking where to find help or material rather than what to do now. */
  seeking: [
    "settings|parental controls?|(?:what|which) (?:age|apps?|games?|settings)|is (?:it|this|that) (?:safe|suitable|appropriate) for|is there (?:a|an|any)|are there (?:any)?|where (?:can|do|would) (?:i|we|they|you) (?:find|get)",
    "what (?:training|support|help|resources|services|advice) (?:is|are) (?:there|available)|asked (?:me )?about|leaflets?|toolkit|resources?|funding|tell me about|support (?:for|available|is there)|services? (?:for|available)",
  ],
  /** The child is safe now, or the matter is closed. */
  reassured: [
    "no (?:immediate )?(?:danger|risk)|not in (?:any |immediate )?danger|not at (?:immediate )?risk|not urgent",
    "(?:is|are|was|were|hes|shes|theyre) (?:now |all )?safe|safe now|plan (?:is )?agreed|now safe|(?:is|are) (?:doing )?(?:fine|well)|well cared for|and (?:fine|well|safe|happy)",
    "(?:case|matter) (?:was |is |has been )?clos(?:ed|ing)|closed the case|dealt with|resolved|already (?:been )?(?:referred|reported)",
    // Over already: the child found, back, down, home, or the scare a false one.
    "(?:has|have|had|hes|shes|theyve) been found|found (?:within|after|straight ?away|quickly)|(?:walked|came|turned up|wandered) (?:back|home|into the station|in)|" +
      "(?:hes|shes|theyre|is|are) (?:down|back|home|found) now|false alarm|(?:it|that) was (?:a|an|just|only) (?:water pistol|toy|test|drill|joke|dream)",
    "no (?:current |ongoing |immediate |other |further )?(?:concerns?|worries|injur(?:y|ies))|not (?:immediate|an emergency)|(?:was|were|been|has been) found (?:safe|well|and (?:is|are) (?:safe|home|fine|well|ok)|at (?:a |her |his |their )?(?:friends?|nans?|grans?|mates?|aunties?|dads?|mums?|home|school))|" +
      "(?:safe(?:ly)?|back) home|home (?:now|safe(?:ly)?)|discharged|(?:has been|was|were) explained|(?:shes|hes|theyve|she has|he has|they have) stopped|" +
      "(?:joking|laughing|banter|messing about|a joke|didnt mean it|hilarious|running joke|grinning)|" +
      "(?:just|normal|standard|typical) (?:sibling|kids?|teenage|teen|toddler) (?:stuff|things|behaviou?r|drama|talk)|(?:kids|boys|girls|teens) being (?:kids|boys|girls|teens)|sibling rivalry|(?:is|are|hes|shes|theyre) (?:fine|ok|okay|settled) (?:otherwise|now|at|with)|settled (?:at|with|in)|" +
      "(?:and )?it fits|that was it|no sign of|no contact with|" +
      "(?:under|seeing|sees|supported by|known to|open to|working with) (?:the )?(?:camhs|midwife|health visitor|gp|counsellor|early help|social worker|social care|school nurse)",
    "first aid (?:done|given)|(?:mum|dad|parents?|carers?) (?:informed|told|aware|rang|called)(?! (?:her|him|them|me|us|my|our|the|that|to say|saying|and said|screaming|crying)\\b)|calm now|(?:is|are|hes|shes|theyre) calm|happily|(?:is|are|hes|shes|theyre) (?:home|back) with (?:me|us|mum|dad)|" +
      "(?:took|taken) (?:him|her|them) in|nothing (?:has )?(?:ever )?happened|hasnt happened|no marks|clarified|(?:she|he|they) meant|turns out|giggl\\w*|family joke|" +
      "investigated|convicted|charged|bailed|therapy|support network|discharged home",
    // No child in it at all, or a child glad of what is planned.
    "(?:theyve|they have|have|has|with) no (?:kids|children)|no (?:kids|children) (?:involved|in the (?:house|home|flat)|present|there)|" +
      "(?:is|are|hes|shes|theyre) (?:really |so |very )?(?:excited|over the moon)|found (?:her|him|them) (?:\\w+ ){0,4}(?:within|after|straight ?away|quickly)",
    // Sorted, or found nothing to worry about: "all fine", "it's sorted", "the GP says it's common".
    "all (?:fine|good|ok|okay|sorted|well)|(?:its|it is|been|all|now) sorted|sorted (?:with|by|out)|" +
      "(?:gp|hv|doctor|nurse|midwife|health visitor|paediatrician|hospital)s? (?:said|says) (?:its|it is|thats) (?:common|normal)|nothing (?:else )?(?:of note|of concern|concerning|untoward)",
    // Harm said not to have happened: "nobody hurt", "no weapon".
    "no weapons?|(?:nobody|no one) (?:was |got |is )?(?:hurt|injured|harmed)|unharmed|uninjured|(?:is|are|hes|shes|theyre) (?:now )?settled",
    "accident (?:form|book|report)|(?:what|which) (?:paperwork|form)|incident form|confiscated|(?:police|parents?|mum|dad|the dsl) (?:were |was |been )?(?:informed|came in|told|aware)|" +
      "minor injuries|cold compress|first aid|(?:no|without) (?:threats?|harm) to anyone|(?:scar|bruise|injury) (?:has )?healed|healed|(?:i know|we know) where (?:she|he|they) (?:is|are)",
  ],
  /** Play, pictures, stories and dreams: harm imagined, not done. */
  play: [
    "drew|drawing|draws|(?:a |his |her |their )?pictures?|dream(?:t|ed|s)?|nightmares?|pretend\\w*|make-?believe|imagin\\w+|(?:his|her|their|a) story|" +
      "superheroes|villains?|cops and robbers|role-?play\\w*|playing|(?:a|the|video|computer) games?|toys?|nerf|airsoft|lego",
    // Dressing up, and stories told as stories.
    "halloween|costumes?|fancy dress|decorations?|props?|dress(?:ed|ing)? up",
    "horror|poems?|poetry|creative writing|fiction(?:al)?|creepypasta",
  ],
  /** Dealt with by others already: the harm-doer held, the police or a plan in place, the file closing. */
  handled: [
    "arrested|remanded|in (?:custody|prison|jail)|police (?:are |were )?(?:aware|involved|informed)|supervised|handed over|handover|" +
      "clos(?:ing|ed) the (?:file|case)|granted|(?:moved|gone|living) (?:to|in with|with) (?:his|her|their) (?:nans?|grans?|dads?|aunties?|sisters?|grandparents)|" +
      "(?:are|is|were|hes|shes|theyre|staying|sleeping|stopping) at (?:her|his|their) (?:sisters|mums|nans|grans|aunts|aunties|uncles|grandparents|grandmas|grandads)",
    // Seen to by the emergency services or a clinician already: "police attended", "GP saw her", "concluded accidental".
    "(?:police|paramedics|ambulance|officers) (?:came|attended|spoke to|took)|(?:gp|doctor|nurse|hospital|paramedics) (?:saw|checked|examined|did)|" +
      "concluded|dressed (?:it|the (?:wound|cut|burn)s?)|(?:wounds?|cuts?|burns?) (?:were |was )?dressed",
  ],
  /** The asker wonders whether it matters: whether to log or report it, or whether it is nothing. */
  doubt: [
    "(?:do|does|should|would|will|must) (?:i|we|they|it|that|this|the school|school) (?:need to |have to |still )?(?:log|record|note|write (?:it |this |that )?up|report|refer|flag|pass (?:it |this |that )?on|mention|go (?:anywhere|to the lado)|tell (?:anyone|someone|school|the school))|" +
      "(?:has|have|need) to (?:be )?report(?:ed)?|something (?:the school|school|we|i) (?:has|have|need|should) to|" +
      "(?:log|record|note|report|flag|refer) (?:it|this|that)\\?|log it|worth (?:logging|reporting|flagging|mentioning|a referral|recording)|anything (?:i|we) should (?:log|record|pass on|report)",
    "(?:am i|are we) (?:overthinking|overreacting|being (?:paranoid|silly|daft))|overreact\\w*|i assume (?:thats|that is|its|it is)|i reckon|(?:is|was) (?:that|it|this) (?:nothing|normal|just)|" +
      "(?:just|normal) (?:sibling stuff|kids stuff|gaming talk|banter|play ?fighting)|should i (?:be worried|worry)|(?:an actual|a real) worry|anything to worry about|(?:does|would) (?:that|this|it) (?:warrant|count|need)|(?:grounds|enough) to",
  ],
  /**
   * Laughter typed into the message. Weighed by the model, never a reason to set a danger aside: a frightened
   * teenager types "lol" too.
   */
  laughter: ["lol|lmao|haha\\w*"],
  /** Hurt in sport or a game, not by anyone: a ball to the face, a tackle, a fall at training. */
  mishap: [
    "tackle|header|ball (?:to|in|into) the (?:face|head|nose)|(?:took|got|caught) a (?:\\w+ )?ball|(?:at|during) (?:nets|pe|the match|a match|football|rugby|cricket|netball)",
  ],
  /** A time in the past: a report of what was, not what is. */
  past: [
    "in (?:19|20)\\d\\d|(?:19|20)\\d\\d(?:-\\d\\d)?|since (?:19|20)\\d\\d",
    "last week|(?:a|one|two|three|a few|\\d+) weeks ago|came back on|" +
      "last (?:year|term|month|summer|winter|spring|autumn)|(?:months|years) ago|(?:a|one|two|three|several|some) (?:months|years) (?:ago|back)|" +
      "last (?:christmas|easter|halloween|bonfire night|new year|half ?term|holidays?|birthday)|histor(?:ic|ical)|previously|in the past|back then|at the time",
    "when (?:she|he|they|i) (?:was|were) (?:little|young|younger|a child|a baby|small|\\d+)|as a child|growing up|used to|had been|" +
      "(?:was|were) (?:abused|hurt|hit|harmed|assaulted|exploited|groomed|beaten|neglected|missing)",
  ],
};
