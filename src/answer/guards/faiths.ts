/**
 * Faiths, their followers, scriptures, places and dress, and the festivals and holidays of the year, as a question
 * names them ("during Ramadan", "a Sikh pupil's kirpan", "over Christmas"): never anyone's name. Written from general
 * knowledge, lower case.
 */
export const FAITHS = `
islam|muslim|muslims|moslem|sunni|shia|shiite|ahmadiyya|quran|koran|qur'an|hadith|imam|mosque|masjid|madrasa|madrassa|
madrassah|madrasah|maktab|halal|haram|hijab|niqab|burka|burqa|jilbab|abaya|salah|salat|namaz|wudu|hajj|umrah|
zakat|iftar|suhoor|sehri|jummah|jumma|nikah|mahr|talaq|sharia|
sikh|sikhs|sikhism|gurdwara|gurudwara|granth|guru granth sahib|granthi|langar|sewa|seva|sewadar|kirpan|
kangha|kachera|dastar|patka|turban|amritdhari|khalsa|
hindu|hindus|hinduism|mandir|bhagavad gita|
jewish|jew|jews|judaism|torah|talmud|synagogue|shul|rabbi|kosher|orthodox|haredi|charedi|hasidic|yeshiva|cheder|
christian|christians|christianity|catholic|catholics|protestant|anglican|methodist|baptist|pentecostal|evangelical|
jehovah|jehovah's witness|jehovah's witnesses|mormon|quaker|bible|church of england|
buddhist|buddhism|rastafarian|rastafari|pagan|wiccan|atheist|
ramadan|ramzan|eid|eid al-fitr|eid al-adha|eid ul-fitr|eid ul-adha|muharram|ashura|
diwali|deepavali|holi|navratri|vaisakhi|baisakhi|gurpurab|bandi chhor|raksha bandhan|
hanukkah|chanukah|passover|pesach|yom kippur|rosh hashanah|sukkot|purim|shabbat|sabbath|
christmas|xmas|christmas eve|nativity|boxing day|easter|good friday|lent|advent|halloween|bonfire night|new year|
new year's eve|chinese new year|lunar new year|tet|
`;
