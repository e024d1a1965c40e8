// Gazetteer table: capitals and exonyms. See GazetteerData.swift for the ids.
extension GazetteerData {
    /// One state per line, fields separated by one TAB:
    /// 0 id · 1 capitals (every common spelling in English, Spanish, French, `|`-separated) ·
    /// 2 exonyms and everyday foreign names of the state (other than those already in the state's row) in
    ///   English, Spanish, French and its own language(s) in Latin script, `|`-separated, `-` when none ·
    /// 3 capital homographs: the capital spellings from column 1 that are also an ordinary word, a
    ///   common given or family name, or another well-known place (e.g. `Victoria`, `Kingston`,
    ///   `Santiago`, `Washington`; only real ambiguity), or that are also a state's name (`Monaco`,
    ///   `Singapore`, `Brussels` for the EU), `|`-separated, `-` when none.
    static let capitals = #"""
DZA	Algiers|Argel|Alger	-	-
AGO	Luanda	-	-
BEN	Porto-Novo|Porto Novo|Cotonou	-	-
BWA	Gaborone	-	-
BFA	Ouagadougou|Uagadugú	-	-
BDI	Gitega|Bujumbura|Buyumbura	Uburundi	-
CPV	Praia	-	Praia
CMR	Yaoundé|Yaundé	-	-
CAF	Bangui	-	-
TCD	N'Djamena|N'Djaména|Yamena	-	-
COM	Moroni	-	-
COG	Brazzaville	-	-
COD	Kinshasa	-	-
CIV	Yamoussoukro|Yamusukro|Abidjan|Abiyán	-	-
DJI	Djibouti|Yibuti	-	Djibouti|Yibuti
EGY	Cairo|El Cairo|Le Caire	Misr	-
GNQ	Malabo	-	-
ERI	Asmara	-	-
SWZ	Mbabane|Lobamba	-	-
ETH	Addis Ababa|Adís Abeba|Addis Abeba|Addis-Abeba	-	-
GAB	Libreville	-	-
GMB	Banjul	-	-
GHA	Accra	-	-
GIN	Conakry|Conakri	-	-
GNB	Bissau|Bisáu	Guiné-Bissau	-
KEN	Nairobi	-	-
LSO	Maseru	-	-
LBR	Monrovia	-	-
LBY	Tripoli|Trípoli	-	Tripoli|Trípoli
MDG	Antananarivo|Tananarive	Madagasikara	-
MWI	Lilongwe	-	-
MLI	Bamako	-	-
MRT	Nouakchott|Nuakchot	-	-
MUS	Port Louis|Port-Louis	-	-
MAR	Rabat	-	-
MOZ	Maputo	Moçambique	-
NAM	Windhoek	-	-
NER	Niamey	-	-
NGA	Abuja	-	-
RWA	Kigali	-	-
STP	São Tomé|Sao Tome|Sao Tomé|Santo Tomé	São Tomé e Príncipe	São Tomé|Sao Tome|Sao Tomé|Santo Tomé
SEN	Dakar	-	-
SYC	Victoria	Sesel	Victoria
SLE	Freetown	-	-
SOM	Mogadishu|Mogadiscio	Soomaaliya	-
ZAF	Pretoria|Cape Town|Ciudad del Cabo|Le Cap|Tshwane	Suid-Afrika|Mzansi	Le Cap
SSD	Juba|Djouba	-	Juba
SDN	Khartoum|Jartum	-	-
TZA	Dodoma|Dar es Salaam|Dar es-Salam	-	-
TGO	Lomé	-	-
TUN	Tunis|Túnez	-	Túnez
UGA	Kampala	-	-
ZMB	Lusaka	-	-
ZWE	Harare	-	-
ATG	Saint John's|St. John's|St John's	-	Saint John's|St. John's|St John's
ARG	Buenos Aires	-	-
BHS	Nassau	-	Nassau
BRB	Bridgetown	-	-
BLZ	Belmopan	-	-
BOL	Sucre|La Paz	-	Sucre|La Paz
BRA	Brasília|Brasilia	-	-
CAN	Ottawa	Kanada	-
CHL	Santiago|Santiago de Chile	-	Santiago
COL	Bogotá|Bogota	-	-
CRI	San José	-	San José
CUB	Havana|La Habana|La Havane	-	-
DMA	Roseau	-	Roseau
DOM	Santo Domingo|Saint-Domingue	-	Santo Domingo|Saint-Domingue
ECU	Quito	-	-
SLV	San Salvador	-	-
GRD	Saint George's|St. George's|St George's|Saint-Georges	-	Saint George's|St. George's|St George's|Saint-Georges
GTM	Guatemala City|Ciudad de Guatemala|Guatemala	-	Guatemala
GUY	Georgetown	-	Georgetown
HTI	Port-au-Prince|Puerto Príncipe	Ayiti	-
HND	Tegucigalpa	-	-
JAM	Kingston	-	Kingston
MEX	Mexico City|Ciudad de México|México|Mexico	Mexiko|Messico	México|Mexico
NIC	Managua	-	-
PAN	Panama City|Ciudad de Panamá|Panamá|Panama	-	Panama City|Panamá|Panama
PRY	Asunción	Paraguái	Asunción
PER	Lima	-	Lima
KNA	Basseterre	-	-
LCA	Castries	-	-
VCT	Kingstown	-	-
SUR	Paramaribo	-	-
TTO	Port of Spain|Puerto España|Port-d'Espagne	-	-
USA	Washington|Washington D.C.|Washington, D.C.	-	Washington
URY	Montevideo	-	-
VEN	Caracas	-	-
AFG	Kabul|Kaboul	-	-
BHR	Manama	-	-
BGD	Dhaka|Daca|Dacca	-	-
BTN	Thimphu|Timbu|Thimphou	Druk Yul	-
BRN	Bandar Seri Begawan	-	-
KHM	Phnom Penh|Nom Pen	Kampuchea	-
CHN	Beijing|Pekín|Pékin|Peking	Zhongguo	-
PRK	Pyongyang|Pionyang	-	-
IND	New Delhi|Nueva Delhi	Bharat	-
IDN	Jakarta|Yakarta	-	-
IRN	Tehran|Teherán|Téhéran	-	-
IRQ	Baghdad|Bagdad	-	-
ISR	Jerusalem|Jerusalén|Jérusalem	Yisrael	Jerusalem|Jerusalén|Jérusalem
JPN	Tokyo|Tokio	Nippon|Nihon	-
JOR	Amman|Ammán	-	-
KAZ	Astana|Nur-Sultan	Qazaqstan	-
KWT	Kuwait City|Ciudad de Kuwait|Kuwait|Koweït|Koweït City	-	Kuwait|Koweït
KGZ	Bishkek|Biskek|Bichkek	Kirghizie	-
LAO	Vientiane|Vientián	-	-
LBN	Beirut|Beyrouth	-	-
MYS	Kuala Lumpur|Putrajaya	-	-
MDV	Malé|Male	-	Malé|Male
MNG	Ulaanbaatar|Ulan Bator|Ulán Bator|Oulan-Bator	-	-
MMR	Naypyidaw|Nay Pyi Taw|Naipyidó	-	-
NPL	Kathmandu|Katmandú|Katmandou	-	-
OMN	Muscat|Mascate	-	Muscat
PAK	Islamabad	-	-
PSE	Ramallah|Ramala	-	-
PHL	Manila|Manille	Pilipinas	Manila
QAT	Doha	-	-
KOR	Seoul|Seúl|Séoul	Hanguk|Daehan Minguk	-
SAU	Riyadh|Riad|Riyad	-	Riad
SGP	Singapore|Singapur|Singapour	Singapura	Singapore|Singapur|Singapour
LKA	Sri Jayawardenepura Kotte|Colombo	-	Colombo
SYR	Damascus|Damasco|Damas	-	Damasco|Damas
TJK	Dushanbe|Dusambé|Douchanbé	Tojikiston	-
THA	Bangkok	-	-
TLS	Dili	Timor Lorosa'e	-
TKM	Ashgabat|Asjabad|Achgabat	Turkmenia|Turkménie	-
ARE	Abu Dhabi|Abu Dabi|Abou Dabi	-	-
UZB	Tashkent|Taskent|Tachkent	O'zbekiston	-
VNM	Hanoi|Hanói|Hanoï	-	-
YEM	Sanaa|Sana'a|Saná|Aden|Adén	-	Aden|Adén
ALB	Tirana	Shqipëria	-
AND	Andorra la Vella|Andorra la Vieja|Andorre-la-Vieille	-	-
ARM	Yerevan|Ereván|Erevan	Hayastan	-
AUT	Vienna|Viena|Vienne	Österreich	Vienne
AZE	Baku|Bakú|Bakou	Azərbaycan|Azerbaycan	-
BLR	Minsk	Belorussia	-
BEL	Brussels|Bruselas|Bruxelles	België|Belgien	Brussels|Bruselas|Bruxelles
BIH	Sarajevo	Bosna i Hercegovina	-
BGR	Sofia|Sofía	-	Sofia|Sofía
HRV	Zagreb	Hrvatska	-
CYP	Nicosia|Nicosie	-	-
CZE	Prague|Praga	Česko	-
DNK	Copenhagen|Copenhague	Danmark	-
EST	Tallinn|Tallin	Eesti	-
FIN	Helsinki	Suomi	-
FRA	Paris|París	-	Paris|París
GEO	Tbilisi|Tiflis|Tbilissi	Sakartvelo	-
DEU	Berlin|Berlín	Deutschland|Germania	-
GRC	Athens|Atenas|Athènes	Ellada|Hellas	-
HUN	Budapest	Magyarország	-
ISL	Reykjavík|Reykjavik|Reikiavik	-	-
IRL	Dublin|Dublín	Éire|Republic of Ireland|República de Irlanda|République d'Irlande	-
ITA	Rome|Roma	-	Rome|Roma
LVA	Riga	Latvija	-
LIE	Vaduz	-	-
LTU	Vilnius|Vilna	Lietuva	-
LUX	Luxembourg|Luxemburgo|Luxembourg City|Ciudad de Luxemburgo|Luxembourg-Ville	Lëtzebuerg|Luxemburg	Luxembourg|Luxemburgo
MLT	Valletta|La Valeta|La Valette	-	-
MCO	Monaco|Mónaco	-	Monaco|Mónaco
MNE	Podgorica	Crna Gora	-
NLD	Amsterdam|The Hague|La Haya|La Haye|Den Haag	Holland|Nederland	La Haya
MKD	Skopje|Skopie	Severna Makedonija	-
NOR	Oslo	Norge|Noreg	-
POL	Warsaw|Varsovia|Varsovie	Polska	-
PRT	Lisbon|Lisboa|Lisbonne	-	-
MDA	Chișinău|Chisinau|Chisináu|Kishinev	-	-
ROU	Bucharest|Bucarest	-	-
RUS	Moscow|Moscú|Moscou	Rossiya	-
SMR	San Marino|Ciudad de San Marino|Saint-Marin	-	San Marino|Saint-Marin
SRB	Belgrade|Belgrado	Srbija	-
SVK	Bratislava	Slovensko	-
SVN	Ljubljana|Liubliana	Slovenija	-
ESP	Madrid	Espanya|Espainia	-
SWE	Stockholm|Estocolmo	Sverige	-
CHE	Bern|Berna|Berne	Schweiz|Svizzera|Svizra|Helvetic Confederation|Confoederatio Helvetica|Helvetia|Confederación Helvética|Confédération helvétique	-
TUR	Ankara	-	-
UKR	Kyiv|Kiev	Ukraina	-
GBR	London|Londres	England|Inglaterra|Angleterre	-
VAT	Vatican City|Ciudad del Vaticano|Cité du Vatican	Città del Vaticano	Vatican City|Ciudad del Vaticano|Cité du Vatican
EUR	Brussels|Bruselas|Bruxelles	-	Brussels|Bruselas|Bruxelles
AUS	Canberra	-	-
FJI	Suva	-	-
KIR	Tarawa|South Tarawa	-	-
MHL	Majuro	-	-
FSM	Palikir	-	-
NRU	Yaren	Naoero	-
NZL	Wellington	-	Wellington
PLW	Ngerulmud	Belau	-
PNG	Port Moresby|Puerto Moresby	Papua Niugini	-
WSM	Apia	-	-
SLB	Honiara	-	-
TON	Nukuʻalofa|Nuku'alofa|Nukualofa	-	-
TUV	Funafuti	-	-
VUT	Port Vila|Port-Vila	-	-
"""#
}
