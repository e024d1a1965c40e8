// Gazetteer table: homographs. Each line: a state's id, TAB, its forms (names or adjectives, as
// listed or inflected in its own table) that are also an ordinary word, a given name, a language, a
// river or a place elsewhere in English, Spanish or French: "Chad", "Turkey", "china", "Polish",
// "French", "español", "Granada", "Niger" (the river), "European" (the continent).
// A matcher should not take such a form for the state without more evidence: capitalised inside a
// sentence, or next to a word that makes it a state ("the Chad delegation", "la delegación china").

extension GazetteerData {
    static let homographs = #"""
CHN	China|Chinese|chino|chinois
TUR	Turkey|Turkish|turco|turc|Turks
TCD	Chad
JOR	Jordan
GEO	Georgia|Georgian|georgiano|géorgien
GIN	Guinea
CHL	Chile|Chili
GRD	Granada|Grenade
MUS	Maurice|Mauricio
SLV	Salvador
ISR	Israel
ARG	Argentina|Argentine|argentine
IND	India|Indian|Indians|indio|india|indios|indias|indien|Inde|hindú
JAM	Jamaica
CUB	Cuba
PAN	Panama|Panamá
MLT	Malta|Maltese|maltés|maltais
NER	Niger
COG	Congo
SEN	Senegal|Sénégal
GMB	Gambia|Gambie
LCA	Santa Lucía|Sainte-Lucie
DOM	Dominican|dominicano|dominicain
DMA	Dominican|dominicano
FRA	France|French|francés|français
ESP	Spanish|español|espagnol
DEU	German|alemán|allemand
PRT	Portuguese|portugués|portugais
ITA	Italian|italiano|italien
RUS	Russian|ruso|russe
JPN	Japanese|japonés|japonais
GRC	Greek|griego|grec
POL	Polish|Pole|Poles|polaco|polonais
NLD	Dutch|neerlandés|holandés|néerlandais|hollandais
SWE	Swedish|Swede|Swedes|sueco|suédois
DNK	Danish|danés|danois
FIN	Finnish|Finn|Finns|finlandés|finlandais
NOR	Norwegian|noruego|norvégien
CZE	Czech|checo|tchèque
HUN	Hungarian|húngaro|hongrois
KOR	Korean|coreano|coréen
PRK	Korean|coreano|coréen
THA	Thai|tailandés|thaï
VNM	Vietnamese|vietnamita|vietnamien
UKR	Ukrainian|ucraniano|ukrainien
ROU	Romanian|rumano|roumain
BGR	Bulgarian|búlgaro|bulgare
SRB	Serbian|serbio|serbe
HRV	Croatian|croata|croate
SVK	Slovak|eslovaco|slovaque
SVN	Slovenian|Slovene|esloveno|slovène
ALB	Albanian|albanés|albanais
ARM	Armenian|armenio|arménien
EST	Estonian|estonio|estonien
LVA	Latvian|letón|letton
LTU	Lithuanian|lituano|lituanien
ISL	Icelandic|islandés|islandais
MNG	Mongolian|mongol
IDN	Indonesian|indonesio|indonésien
MYS	malayo
MDG	Malagasy|malgache
SOM	Somali|somalí|somalien
NPL	Nepali|nepalí|népalais
LAO	Lao
MMR	Burmese|birmano|birman
KAZ	Kazakh|kazajo|kazakh
UZB	Uzbek|uzbeko|ouzbek
TKM	Turkmen|turcomano|turkmène
KGZ	Kyrgyz|kirguiso|kirghiz
TJK	Tajik|tayiko|tadjik
AZE	Azerbaijani|Azeri|azerí|azéri
FJI	Fijian|fiyiano|fidjien
WSM	Samoan|samoano|samoan
TON	Tongan|tongano|tongien
USA	American|Americans|americano|americana|americanos|americanas
EUR	European|Europeans|europeo|europea|europeos|europeas|européen|européenne|européens|européennes
VAT	Vatican
"""#
}
