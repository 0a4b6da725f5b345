/**
 * The world's countries and larger regions, and the peoples and nationalities named after them, as a question about a
 * family's origin or an asylum route names them ("fled Eritrea through Libya", "a Roma family"): never one person.
 * Written from general knowledge, lower case. Countries that are also given names in the UK (Georgia, India, Jordan,
 * Chad, Kenya, Israel, Lucia) are left out: alone and capitalised, such a word may be a child's name.
 */
export const WORLD_PLACES = `
afghanistan|albania|algeria|angola|argentina|armenia|australia|austria|azerbaijan|bahrain|bangladesh|barbados|belarus|
belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil|britain|great britain|bulgaria|burkina faso|burundi|cambodia|
cameroon|canada|chile|colombia|congo|costa rica|croatia|cuba|cyprus|czechia|czech republic|denmark|djibouti|
dominica|ecuador|egypt|el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|germany|ghana|
greece|grenada|guatemala|guinea|guyana|haiti|honduras|hong kong|hungary|iceland|indonesia|iran|iraq|ireland|italy|
ivory coast|jamaica|japan|kazakhstan|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|lithuania|
luxembourg|macedonia|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|moldova|mongolia|
montenegro|morocco|mozambique|myanmar|burma|namibia|nepal|netherlands|new zealand|nicaragua|niger|nigeria|
north korea|south korea|korea|norway|oman|pakistan|palestine|gaza|west bank|panama|paraguay|peru|philippines|poland|
portugal|qatar|romania|russia|rwanda|saudi arabia|senegal|serbia|sierra leone|singapore|slovakia|slovenia|somalia|
somaliland|south africa|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|
tanzania|thailand|togo|trinidad|tobago|tunisia|turkey|türkiye|turkmenistan|uganda|ukraine|united kingdom|
united states|usa|uae|united arab emirates|dubai|uruguay|uzbekistan|venezuela|vietnam|viet nam|yemen|zambia|zimbabwe|
europe|african|africa|middle east|caribbean|balkans|scandinavia|kurdistan|kashmir|punjab|sylhet|mirpur|
tigray|darfur|chechnya|crimea|donbas|calais|
afghan|albanian|algerian|american|angolan|arab|arabic|australian|bangladeshi|bengali|brazilian|british|bulgarian|
burmese|cameroonian|canadian|chinese|congolese|croatian|cuban|czech|dutch|egyptian|english|eritrean|ethiopian|
european|filipino|french|gambian|german|ghanaian|greek|guinean|hungarian|indian|iranian|iraqi|irish|italian|
jamaican|japanese|kenyan|korean|kosovan|kurdish|kurd|kurds|latvian|lebanese|liberian|libyan|lithuanian|malawian|
malaysian|moroccan|nepalese|nepali|nigerian|pakistani|palestinian|persian|polish|portuguese|romanian|russian|
rwandan|saudi|scottish|senegalese|serbian|sierra leonean|slovak|somali|spanish|sri lankan|sudanese|syrian|tamil|
turkish|ugandan|ukrainian|vietnamese|welsh|yemeni|zambian|zimbabwean|
roma|romany|romani|gypsy|gypsies|traveller|travellers|irish traveller|gypsy roma traveller|grt|pashtun|pathan|
punjabi|gujarati|urdu|hindi|farsi|dari|pashto|tigrinya|amharic|oromo|swahili|yoruba|igbo|hausa|twi|lingala|
cantonese|mandarin|hokkien|tagalog|sinhala|sylheti|mirpuri|pahari|patois
`;
