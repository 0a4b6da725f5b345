/**
 * Medicines and drugs a question about a child's care or risk names, by brand or by their common name ("Calpol and
 * Nurofen", "prescribed Ritalin", "found with Xanax"): never anyone's name. Written from general knowledge of UK
 * medicines and the drugs named in safeguarding work, lower case.
 */
export const MEDICINES = `
calpol|nurofen|paracetamol|ibuprofen|aspirin|piriton|piriteze|benadryl|zirtek|sudafed|lemsip|night nurse|gaviscon|
dioralyte|imodium|movicol|lactulose|senna|sudocrem|bonjela|anbesol|e45|epaderm|diprobase|hydrocortisone|canesten|
calpol night|medised|dentinox|infacol|colief|
calprofen|ventolin|salbutamol|clenil|seretide|symbicort|epipen|jext|adrenaline|
ritalin|methylphenidate|concerta|medikinet|equasym|elvanse|lisdexamfetamine|atomoxetine|strattera|guanfacine|intuniv|
melatonin|circadin|sertraline|fluoxetine|prozac|citalopram|escitalopram|mirtazapine|venlafaxine|amitriptyline|
quetiapine|risperidone|aripiprazole|olanzapine|lithium|lamotrigine|sodium valproate|valproate|epilim|keppra|
levetiracetam|carbamazepine|tegretol|buccal midazolam|midazolam|diazepam|valium|xanax|alprazolam|lorazepam|
temazepam|zopiclone|pregabalin|lyrica|gabapentin|codeine|co-codamol|dihydrocodeine|tramadol|oxycodone|morphine|
oramorph|fentanyl|methadone|buprenorphine|subutex|buvidal|naloxone|nyxoid|
insulin|metformin|levothyroxine|omeprazole|lansoprazole|amoxicillin|penicillin|trimethoprim|
microgynon|rigevidon|cerazette|depo-provera|depo|nexplanon|implanon|levonelle|ellaone|
cannabis|skunk|spice|mamba|ketamine|mdma|ecstasy|cocaine|crack|heroin|nitrous oxide|nos|lean|xylazine|nitazenes|vape|
vapes|elf bar|lost mary
`;
