// Gazetteer table: Oceania. Columns and conventions: see GazetteerData.swift.
// One state per line, fields separated by a TAB.

extension GazetteerData {
    static let oceania = #"""
AUS	Australia	Commonwealth of Australia	-	Australian	Australia	Commonwealth de Australia	-	australiano	Australie	Commonwealth d'Australie	-	australien	-
FJI	Fiji	Republic of Fiji	-	Fijian	Fiji	República de Fiji	Fiyi	fiyiano|fijiano	Fidji	République des Fidji	-	fidjien	-
KIR	Kiribati	Republic of Kiribati	-	=I-Kiribati|Kiribatian	Kiribati	República de Kiribati	-	kiribatiano	Kiribati	République de Kiribati	-	kiribatien	-
MHL	Marshall Islands	Republic of the Marshall Islands	-	Marshallese	Islas Marshall	República de las Islas Marshall	-	marshalés	Îles Marshall	République des Îles Marshall	-	marshallais	-
FSM	Micronesia	Federated States of Micronesia	Micronesia (Federated States of)	Micronesian	Micronesia	Estados Federados de Micronesia	Micronesia (Estados Federados de)	micronesio	Micronésie	États fédérés de Micronésie	Micronésie (États fédérés de)	micronésien	-
NRU	Nauru	Republic of Nauru	-	Nauruan	Nauru	República de Nauru	-	nauruano	Nauru	République de Nauru	-	nauruan	-
NZL	New Zealand	New Zealand	Aotearoa	=New Zealander|=New Zealanders	Nueva Zelandia	Nueva Zelandia	Nueva Zelanda	neozelandés	Nouvelle-Zélande	Nouvelle-Zélande	-	néo-zélandais	-
PLW	Palau	Republic of Palau	-	Palauan	Palau	República de Palau	-	palauano	Palaos	République des Palaos	Palau	palaosien|paluan	-
PNG	Papua New Guinea	Independent State of Papua New Guinea	-	Papua New Guinean	Papua Nueva Guinea	Estado Independiente de Papua Nueva Guinea	-	papuano|papú|papuanoguineano	Papouasie-Nouvelle-Guinée	État indépendant de Papouasie-Nouvelle-Guinée	-	=papouan-néo-guinéen|=papouane-néo-guinéenne|=papouans-néo-guinéens|=papouanes-néo-guinéennes	PNG
WSM	Samoa	Independent State of Samoa	-	Samoan	Samoa	Estado Independiente de Samoa	-	samoano	Samoa	État indépendant du Samoa	-	samoan	-
SLB	Solomon Islands	Solomon Islands	-	Solomon Islander	Islas Salomón	Islas Salomón	-	salomonense	Îles Salomon	Îles Salomon	-	salomonais	-
TON	Tonga	Kingdom of Tonga	-	Tongan	Tonga	Reino de Tonga	-	tongano	Tonga	Royaume des Tonga	-	tongien|tongan	-
TUV	Tuvalu	Tuvalu	-	Tuvaluan	Tuvalu	Tuvalu	-	tuvaluano	Tuvalu	Tuvalu	-	tuvaluan	-
VUT	Vanuatu	Republic of Vanuatu	-	=Ni-Vanuatu|Vanuatuan	Vanuatu	República de Vanuatu	-	vanuatuense	Vanuatu	République de Vanuatu	-	vanuatais	-
"""#
}
