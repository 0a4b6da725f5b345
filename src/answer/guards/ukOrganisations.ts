/**
 * Charities, helplines, youth organisations, universities and national services and bodies in the UK that
 * practitioners signpost to or name beside the guidance ("Papyrus or the Samaritans", "Karma Nirvana's helpline",
 * "Scouts and Brownies", "a student at Leeds Beckett"): bodies, not people. Written from general knowledge, lower case.
 */
export const UK_ORGANISATIONS = `
nspcc|nspcc learning|childline|barnardo's|barnardos|samaritans|kooth|papyrus|brook|young minds|youngminds|mind|
place2be|the mix|shout|hopeline|hopelineuk|calm|campaign against living miserably|beat|mermaids|stonewall|
karma nirvana|freedom charity|forced marriage unit|halo project|jan trust|imkaan|southall black sisters|
refuge|women's aid|respect|respect phoneline|mankind|galop|surviving economic abuse|safelives|
childnet|internet matters|iwf|internet watch foundation|ceop|thinkuknow|lucy faithfull foundation|stop it now|
marie collins foundation|nwg|missing people|the children's society|action for children|catch22|st giles trust|
rescue and response|fearless|crimestoppers|victim support|rape crisis|the survivors trust|napac|nacro|
the prince's trust|princes trust|the king's trust|kings trust|shelter|centrepoint|depaul|crisis|st mungo's|
citizens advice|step change|stepchange|turn2us|family lives|gingerbread|home-start|homestart|family action|
coram|coram beacon|become|the fostering network|kinship|grandparents plus|carers trust|carers uk|
mencap|scope|sense|national autistic society|contact|sendiass|ipsea|
adfam|talk to frank|we are with you|change grow live|cgl|turning point|alateen|al-anon|
cafcass|ofsted|estyn|cqc|dfe|department for education|home office|ministry of justice|nhs england|ukhsa|
dbs|lado|nrm|prevent|channel|mash|camhs|cypmhs|iapt|talking therapies|nhs 111|
childrens commissioner|children's commissioner|anna freud|anna freud centre|red balloon|
kidscape|anti-bullying alliance|ditch the label|bullying uk|diana award|
scouts|scouting|cubs|beavers|squirrels|explorers|girlguiding|guides|brownies|rainbows|rangers|cadets|air cadets|
sea cadets|army cadets|boys' brigade|girls' brigade|st john ambulance|ymca|ywca|duke of edinburgh|dofe|
national citizen service|ncs|woodcraft folk|
uni|university|open university|leeds beckett|leeds trinity|sheffield hallam|manchester met|manchester metropolitan|
liverpool john moores|nottingham trent|oxford brookes|de montfort|anglia ruskin|york st john|edge hill|goldsmiths|birkbeck|
bath spa|canterbury christ church|royal holloway|queen mary|imperial college|king's college london|kings college london|
`;
