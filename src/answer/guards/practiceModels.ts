/**
 * Models, tools, programmes and approaches of safeguarding and social work practice that a question names ("the Toxic
 * Trio", "Circle of Security", "a Barnahus"): practice, not people. Written from general knowledge of the field, lower case.
 */
export const PRACTICE_MODELS = `
signs of safety|graded care profile|gcp2|solihull approach|circle of security|toxic trio|pace|ddp|
dyadic developmental psychotherapy|theraplay|restorative practice|family group conference|fgc|barnahus|
traffic light tool|brook traffic light tool|aim3|aim2|dash|dash checklist|marac|mappa|mash|ace|aces|
hackney model|reclaiming social work|mockingbird|staying put|staying close|lifelong links|bright spots|
mind of my own|momo|safe and together|caring dads|freedom programme|triple p|incredible years|webster-stratton|
strengthening families|motivational interviewing|functional family therapy|multisystemic therapy|mst|no wrong door|
lundy model|team around the family|tac|taf|early help assessment|eha|common assessment framework|caf|
trauma informed|attachment aware|emotion coaching|thrive|elsa|nurture group|boxall profile|zones of regulation|
kolb|schon|schön|maslow|bronfenbrenner|bowlby|vygotsky|piaget|
`;
