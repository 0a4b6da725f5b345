/**
 * Places in the UK a question may name beside the guidance: the cities and towns of West Yorkshire, where
 * the corpus comes from, and the UK's cities, counties and larger towns and boroughs. A capitalised place
 * name is not a person's name, so it does not start one (a surname that is a place, "Jamie Bradford", is
 * still taken in with the first name it follows). The region's hospitals known by a place's name ("Pinderfields",
 * "Airedale") are places too, and so are the counties' shortened names ("West Yorks", "Lancs"). Written from general
 * knowledge, lower case.
 */
const PLACES = `
bradford leeds wakefield kirklees calderdale huddersfield halifax dewsbury batley keighley castleford pontefract ossett
mirfield brighouse todmorden hebden bridge elland sowerby spen heckmondwike cleckheaton birstall holmfirth marsden slaithwaite
shipley bingley ilkley otley wetherby morley pudsey horsforth garforth rothwell normanton featherstone knottingley hemsworth
south elmsall wetherby guiseley yeadon baildon queensbury thornton denholme haworth silsden steeton
sheffield rotherham doncaster barnsley york harrogate scarborough selby hull grimsby scunthorpe
manchester salford bolton bury oldham rochdale stockport tameside trafford wigan liverpool knowsley sefton wirral st helens
lancaster preston blackburn blackpool burnley chester warrington crewe
newcastle gateshead sunderland durham middlesbrough darlington hartlepool stockton redcar carlisle
birmingham coventry wolverhampton walsall dudley sandwell solihull stoke telford shrewsbury hereford worcester
leicester nottingham derby lincoln northampton peterborough cambridge norwich ipswich colchester chelmsford luton bedford
oxford reading slough swindon bristol bath gloucester cheltenham exeter plymouth torquay taunton bournemouth poole
southampton portsmouth brighton hove eastbourne hastings canterbury maidstone dover crawley guildford woking milton keynes
london westminster camden islington hackney haringey enfield barnet brent ealing harrow hillingdon hounslow richmond kingston
merton sutton croydon bromley lewisham greenwich bexley southwark lambeth wandsworth hammersmith fulham kensington chelsea
tower hamlets newham barking dagenham redbridge havering waltham forest
cardiff swansea newport wrexham bangor edinburgh glasgow aberdeen dundee inverness stirling perth belfast derry londonderry
pinderfields airedale jimmys
yorkshire lancashire cumbria northumberland cheshire merseyside derbyshire nottinghamshire lincolnshire leicestershire
staffordshire shropshire warwickshire worcestershire herefordshire gloucestershire oxfordshire buckinghamshire
bedfordshire hertfordshire cambridgeshire norfolk suffolk essex kent surrey sussex hampshire berkshire wiltshire dorset
somerset devon cornwall northamptonshire rutland humberside cleveland teesside tyneside wales scotland england ireland
yorks lancs notts lincs leics derbys staffs warks worcs glos oxon bucks beds herts cambs northants hants berks wilts
`;

export const UK_PLACES: ReadonlySet<string> = new Set(PLACES.split(/\s+/).filter(Boolean));

/** A word, as typed ("Bradford's", "Leeds,"), that names one of these places. */
export const isPlace = (word: string) => UK_PLACES.has(word.replace(/['’]s\b|[^\p{L}'’-]/gu, "").toLowerCase());
