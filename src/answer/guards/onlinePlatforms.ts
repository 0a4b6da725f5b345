/**
 * Apps, social networks, games, consoles and online services that children and practitioners name in a question ("on
 * Snapchat", "his Xbox", "selling on Vinted"): products, not people. Written from general knowledge, lower case.
 */
export const ONLINE_PLATFORMS = `
snapchat|snap map|tiktok|tik tok|instagram|insta|facebook|messenger|facebook messenger|whatsapp|telegram|discord|
youtube|youtube kids|youtube shorts|twitch|reddit|tumblr|pinterest|twitter|threads|bluesky|mastodon|linkedin|
wechat|weibo|qq|viber|skype|zoom|facetime|imessage|google meet|microsoft teams|
kik|omegle|ometv|chatroulette|wizz|yubo|houseparty|holla|livu|bigo|bigo live|tango|periscope|
tinder|grindr|hinge|bumble|badoo|plenty of fish|pof|jaumo|feeld|scruff|happn|
onlyfans|only fans|fansly|pornhub|xvideos|xhamster|chaturbate|patreon|cashapp|cash app|
roblox|fortnite|minecraft|among us|call of duty|warzone|gta|grand theft auto|fifa|ea fc|apex legends|valorant|
league of legends|overwatch|rocket league|clash of clans|clash royale|pokemon|pokémon|pokemon go|animal crossing|
genshin|genshin impact|candy crush|habbo|club penguin|moviestarplanet|animal jam|
xbox|xbox live|playstation|playstation network|psn|nintendo|nintendo switch|switch online|steam|epic games|
oculus|meta quest|vrchat|rec room|
google|gmail|chrome|android|iphone|ipad|airdrop|chatgpt|character ai|replika|snapchat my ai|
wikipedia|wiki|mumsnet|netmums|netflix|spotify|amazon|amazon prime|amazon alexa|amazon echo|google home|ring doorbell|ebay|vinted|depop|gumtree|facebook marketplace|etsy|shein|
paypal|monzo|revolut|klarna|venmo|apple pay|google pay|
uber|uber eats|deliveroo|just eat|airbnb|life360|hollie guard|qustodio|
net aware|thinkuknow|report remove|safe search|yoti|
microsoft|microsoft forms|google forms|google classroom|google docs|google drive|outlook|office 365|sharepoint|onedrive|
dropbox|canva|seesaw|class dojo|classdojo|tapestry|padlet|kahoot|sparx|satchel one|show my homework|bromcom|arbor|
`;
