// Gazetteer table: Asia and the Middle East (and the State of Palestine). Columns and conventions: see GazetteerData.swift.
// One state per line, fields separated by a TAB.

extension GazetteerData {
    static let asia = #"""
AFG	Afghanistan	Islamic Republic of Afghanistan	-	Afghan	Afganistán	República Islámica del Afganistán	-	afgano	Afghanistan	République islamique d'Afghanistan	-	afghan	-
BHR	Bahrain	Kingdom of Bahrain	-	Bahraini	Bahrein	Reino de Bahrein	Baréin	bareiní|bahreiní	Bahreïn	Royaume de Bahreïn	-	bahreïnien	-
BGD	Bangladesh	People's Republic of Bangladesh	-	Bangladeshi	Bangladesh	República Popular de Bangladesh	Bangladés	bangladesí|bangladeshí	Bangladesh	République populaire du Bangladesh	-	bangladais|bangladeshi	-
BTN	Bhutan	Kingdom of Bhutan	-	Bhutanese	Bhután	Reino de Bhután	Bután	butanés	Bhoutan	Royaume du Bhoutan	-	bhoutanais	-
BRN	Brunei Darussalam	Brunei Darussalam	Brunei|Nation of Brunei	Bruneian	Brunei Darussalam	Brunei Darussalam	Brunéi	bruneano	Brunéi Darussalam	Brunéi Darussalam	Brunéi|Brunei	brunéien	-
KHM	Cambodia	Kingdom of Cambodia	-	Cambodian	Camboya	Reino de Camboya	-	camboyano	Cambodge	Royaume du Cambodge	-	cambodgien	-
CHN	China	People's Republic of China	-	Chinese	China	República Popular China	-	chino	Chine	République populaire de Chine	-	chinois	PRC
PRK	Democratic People's Republic of Korea	Democratic People's Republic of Korea	North Korea	North Korean|Korean	República Popular Democrática de Corea	República Popular Democrática de Corea	Corea del Norte	norcoreano|coreano	République populaire démocratique de Corée	République populaire démocratique de Corée	Corée du Nord	nord-coréen|coréen	DPRK|RPDC
IND	India	Republic of India	-	Indian	India	República de la India	-	indio|hindú	Inde	République de l'Inde	-	indien	-
IDN	Indonesia	Republic of Indonesia	-	Indonesian	Indonesia	República de Indonesia	-	indonesio	Indonésie	République d'Indonésie	-	indonésien	-
IRN	Iran	Islamic Republic of Iran	Iran (Islamic Republic of)	Iranian	Irán	República Islámica del Irán	Irán (República Islámica del)	iraní	Iran	République islamique d'Iran	Iran (République islamique d')	iranien	-
IRQ	Iraq	Republic of Iraq	Irak	Iraqi	Iraq	República del Iraq	Irak	iraquí	Iraq	République d'Iraq	Irak	iraquien|irakien	-
ISR	Israel	State of Israel	-	Israeli	Israel	Estado de Israel	-	israelí	Israël	État d'Israël	-	israélien	-
JPN	Japan	Japan	-	Japanese	Japón	Japón	-	japonés	Japon	Japon	-	japonais	-
JOR	Jordan	Hashemite Kingdom of Jordan	-	Jordanian	Jordania	Reino Hachemita de Jordania	-	jordano	Jordanie	Royaume hachémite de Jordanie	-	jordanien	-
KAZ	Kazakhstan	Republic of Kazakhstan	-	Kazakhstani|Kazakh	Kazajstán	República de Kazajstán	Kazajistán	kazajo|kazajistano	Kazakhstan	République du Kazakhstan	-	kazakh|kazakhstanais	-
KWT	Kuwait	State of Kuwait	-	Kuwaiti	Kuwait	Estado de Kuwait	-	kuwaití	Koweït	État du Koweït	-	koweïtien	-
KGZ	Kyrgyzstan	Kyrgyz Republic	Kirghizia	=Kyrgyz|=Kirghiz|Kyrgyzstani	Kirguistán	República Kirguisa	Kirguizistán	kirguiso|=kirguís|=kirguises	Kirghizistan	République kirghize	-	=kirghiz|=kirghize|=kirghizes|kirghizistanais	-
LAO	Lao People's Democratic Republic	Lao People's Democratic Republic	Laos|Lao PDR	=Lao|Laotian	República Democrática Popular Lao	República Democrática Popular Lao	Laos	laosiano	République démocratique populaire lao	République démocratique populaire lao	Laos	laotien	-
LBN	Lebanon	Lebanese Republic	-	Lebanese	Líbano	República Libanesa	-	libanés	Liban	République libanaise	-	libanais	-
MYS	Malaysia	Malaysia	-	Malaysian	Malasia	Malasia	Malaisia	malasio|malayo	Malaisie	Malaisie	-	malaisien|malaysien	-
MDV	Maldives	Republic of Maldives	-	Maldivian	Maldivas	República de Maldivas	-	maldivo	Maldives	République des Maldives	-	maldivien	-
MNG	Mongolia	Mongolia	-	Mongolian	Mongolia	Mongolia	-	mongol	Mongolie	Mongolie	-	mongol	-
MMR	Myanmar	Republic of the Union of Myanmar	Burma	=Myanma|Burmese|Myanmarese	Myanmar	República de la Unión de Myanmar	Birmania	birmano|myanmareño	Myanmar	République de l'Union du Myanmar	Birmanie	birman|myanmarais	-
NPL	Nepal	Federal Democratic Republic of Nepal	-	Nepali|Nepalese	Nepal	República Democrática Federal de Nepal	-	nepalés|nepalí	Népal	République fédérale démocratique du Népal	-	népalais	-
OMN	Oman	Sultanate of Oman	-	Omani	Omán	Sultanía de Omán	-	omaní	Oman	Sultanat d'Oman	-	omanais	-
PAK	Pakistan	Islamic Republic of Pakistan	-	Pakistani	Pakistán	República Islámica del Pakistán	Paquistán	pakistaní|paquistaní	Pakistan	République islamique du Pakistan	-	pakistanais	-
PSE	State of Palestine	State of Palestine	Palestine	Palestinian	Estado de Palestina	Estado de Palestina	Palestina	palestino	État de Palestine	État de Palestine	Palestine	palestinien	-
PHL	Philippines	Republic of the Philippines	-	=Philippine|Filipino|Filipina	Filipinas	República de Filipinas	-	filipino	Philippines	République des Philippines	-	philippin	-
QAT	Qatar	State of Qatar	-	Qatari	Qatar	Estado de Qatar	Catar	qatarí|catarí	Qatar	État du Qatar	-	qatarien|qatari	-
KOR	Republic of Korea	Republic of Korea	South Korea	South Korean|Korean	República de Corea	República de Corea	Corea del Sur	surcoreano|coreano	République de Corée	République de Corée	Corée du Sud	sud-coréen|coréen	ROK
SAU	Saudi Arabia	Kingdom of Saudi Arabia	-	Saudi|Saudi Arabian	Arabia Saudita	Reino de la Arabia Saudita	Arabia Saudí	saudí|saudita	Arabie saoudite	Royaume d'Arabie saoudite	-	saoudien	KSA
SGP	Singapore	Republic of Singapore	-	Singaporean	Singapur	República de Singapur	-	singapurense	Singapour	République de Singapour	-	singapourien	-
LKA	Sri Lanka	Democratic Socialist Republic of Sri Lanka	-	Sri Lankan	Sri Lanka	República Socialista Democrática de Sri Lanka	-	esrilanqués|ceilandés|srilanqués	Sri Lanka	République socialiste démocratique de Sri Lanka	-	sri-lankais|srilankais	-
SYR	Syrian Arab Republic	Syrian Arab Republic	Syria	Syrian	República Árabe Siria	República Árabe Siria	Siria	sirio	République arabe syrienne	République arabe syrienne	Syrie	syrien	-
TJK	Tajikistan	Republic of Tajikistan	-	Tajikistani|Tajik	Tayikistán	República de Tayikistán	-	tayiko	Tadjikistan	République du Tadjikistan	-	tadjik	-
THA	Thailand	Kingdom of Thailand	-	Thai	Tailandia	Reino de Tailandia	-	tailandés	Thaïlande	Royaume de Thaïlande	-	thaïlandais|thaï	-
TLS	Timor-Leste	Democratic Republic of Timor-Leste	East Timor	Timorese|East Timorese	Timor-Leste	República Democrática de Timor-Leste	Timor Oriental	timorense	Timor-Leste	République démocratique du Timor-Leste	Timor oriental	timorais|est-timorais	-
TKM	Turkmenistan	Turkmenistan	-	Turkmen|Turkmenistani	Turkmenistán	Turkmenistán	-	turcomano|turkmeno	Turkménistan	Turkménistan	-	turkmène	-
ARE	United Arab Emirates	United Arab Emirates	Emirates	Emirati|Emirian	Emiratos Árabes Unidos	Emiratos Árabes Unidos	-	emiratí	Émirats arabes unis	Émirats arabes unis	Émirats	émirien|émirati	UAE|U.A.E.|EAU
UZB	Uzbekistan	Republic of Uzbekistan	-	Uzbekistani|Uzbek	Uzbekistán	República de Uzbekistán	-	uzbeko	Ouzbékistan	République d'Ouzbékistan	-	=ouzbek|=ouzbèke|=ouzbeks|=ouzbèkes|ouzbékistanais	-
VNM	Viet Nam	Socialist Republic of Viet Nam	Vietnam	Vietnamese	Viet Nam	República Socialista de Viet Nam	Vietnam	vietnamita	Viet Nam	République socialiste du Viet Nam	Vietnam|Viêt Nam	vietnamien	-
YEM	Yemen	Republic of Yemen	-	Yemeni	Yemen	República del Yemen	-	yemení	Yémen	République du Yémen	-	yéménite	-
"""#
}
