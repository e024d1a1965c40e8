// Gazetteer table: Africa. Columns and conventions: see GazetteerData.swift.
// One state per line, fields separated by a TAB.

extension GazetteerData {
    static let africa = #"""
DZA	Algeria	People's Democratic Republic of Algeria	-	Algerian	Argelia	República Argelina Democrática y Popular	-	argelino	Algérie	République algérienne démocratique et populaire	-	algérien	-
AGO	Angola	Republic of Angola	-	Angolan	Angola	República de Angola	-	angoleño	Angola	République d'Angola	-	angolais	-
BEN	Benin	Republic of Benin	-	Beninese	Benín	República de Benin	Benin	beninés	Bénin	République du Bénin	-	béninois	-
BWA	Botswana	Republic of Botswana	-	Botswanan|=Motswana|=Batswana	Botswana	República de Botswana	Botsuana	botsuano|botswanés	Botswana	République du Botswana	-	botswanais	-
BFA	Burkina Faso	Burkina Faso	-	=Burkinabé|=Burkinabe|=Burkinabés|=Burkinabes	Burkina Faso	Burkina Faso	-	burkinés|=burkinabé|=burkinabés	Burkina Faso	Burkina Faso	-	=burkinabè|=burkinabé|=burkinabès|=burkinabés	-
BDI	Burundi	Republic of Burundi	-	Burundian	Burundi	República de Burundi	-	burundés	Burundi	République du Burundi	-	burundais	-
CPV	Cabo Verde	Republic of Cabo Verde	Cape Verde	Cabo Verdean|Cape Verdean	Cabo Verde	República de Cabo Verde	-	caboverdiano	Cabo Verde	République de Cabo Verde	Cap-Vert	cap-verdien|capverdien	-
CMR	Cameroon	Republic of Cameroon	-	Cameroonian	Camerún	República del Camerún	-	camerunés	Cameroun	République du Cameroun	-	camerounais	-
CAF	Central African Republic	Central African Republic	-	Central African	República Centroafricana	República Centroafricana	-	centroafricano	République centrafricaine	République centrafricaine	Centrafrique	centrafricain	CAR|RCA
TCD	Chad	Republic of Chad	-	Chadian	Chad	República del Chad	-	chadiano	Tchad	République du Tchad	-	tchadien	-
COM	Comoros	Union of the Comoros	-	Comorian|Comoran	Comoras	Unión de las Comoras	-	comorense	Comores	Union des Comores	-	comorien	-
COG	Congo	Republic of the Congo	Congo-Brazzaville|Republic of Congo	Congolese	Congo	República del Congo	Congo-Brazzaville	congoleño|congolés	Congo	République du Congo	Congo-Brazzaville	congolais	-
COD	Democratic Republic of the Congo	Democratic Republic of the Congo	DR Congo|Congo-Kinshasa|Democratic Republic of Congo	Congolese	República Democrática del Congo	República Democrática del Congo	RD Congo|RD del Congo|Congo-Kinshasa	congoleño|congolés	République démocratique du Congo	République démocratique du Congo	RD Congo|Congo-Kinshasa	congolais	DRC|RDC
CIV	Côte d'Ivoire	Republic of Côte d'Ivoire	Ivory Coast	Ivorian|Ivoirian	Côte d'Ivoire	República de Côte d'Ivoire	Costa de Marfil	marfileño|=ivoriano|=ivoriana|=ivorianos|=ivorianas	Côte d'Ivoire	République de Côte d'Ivoire	-	ivoirien	-
DJI	Djibouti	Republic of Djibouti	-	Djiboutian	Djibouti	República de Djibouti	Yibuti	yibutiano|djiboutiano	Djibouti	République de Djibouti	-	djiboutien	-
EGY	Egypt	Arab Republic of Egypt	-	Egyptian	Egipto	República Árabe de Egipto	-	egipcio	Égypte	République arabe d'Égypte	-	égyptien	-
GNQ	Equatorial Guinea	Republic of Equatorial Guinea	-	Equatorial Guinean|Equatoguinean	Guinea Ecuatorial	República de Guinea Ecuatorial	-	ecuatoguineano	Guinée équatoriale	République de Guinée équatoriale	-	équato-guinéen	-
ERI	Eritrea	State of Eritrea	-	Eritrean	Eritrea	Estado de Eritrea	-	eritreo	Érythrée	État d'Érythrée	-	érythréen	-
SWZ	Eswatini	Kingdom of Eswatini	Swaziland|Kingdom of Swaziland	Swazi|=Liswati|=Emaswati	Eswatini	Reino de Eswatini	Suazilandia|Swazilandia	suazi|=swazi|=swazis	Eswatini	Royaume d'Eswatini	Swaziland	swazi|eswatinien	-
ETH	Ethiopia	Federal Democratic Republic of Ethiopia	-	Ethiopian	Etiopía	República Democrática Federal de Etiopía	-	etíope	Éthiopie	République fédérale démocratique d'Éthiopie	-	éthiopien	-
GAB	Gabon	Gabonese Republic	-	Gabonese	Gabón	República Gabonesa	-	gabonés	Gabon	République gabonaise	-	gabonais	-
GMB	Gambia	Republic of the Gambia	-	Gambian	Gambia	República de Gambia	-	gambiano	Gambie	République de Gambie	-	gambien	-
GHA	Ghana	Republic of Ghana	-	Ghanaian	Ghana	República de Ghana	-	ghanés|ghaneano	Ghana	République du Ghana	-	ghanéen	-
GIN	Guinea	Republic of Guinea	Guinea-Conakry	Guinean	Guinea	República de Guinea	Guinea-Conakry	guineano	Guinée	République de Guinée	Guinée-Conakry	guinéen	-
GNB	Guinea-Bissau	Republic of Guinea-Bissau	-	Bissau-Guinean|Guinean	Guinea-Bissau	República de Guinea-Bissau	Guinea Bisáu	bisauguineano|guineano	Guinée-Bissau	République de Guinée-Bissau	-	bissau-guinéen|guinéen	-
KEN	Kenya	Republic of Kenya	-	Kenyan	Kenya	República de Kenya	Kenia	keniano|keniata	Kenya	République du Kenya	-	kényan|kenyan	-
LSO	Lesotho	Kingdom of Lesotho	-	=Basotho|=Mosotho	Lesotho	Reino de Lesotho	Lesoto	lesotense	Lesotho	Royaume du Lesotho	-	lesothan|=basotho	-
LBR	Liberia	Republic of Liberia	-	Liberian	Liberia	República de Liberia	-	liberiano	Libéria	République du Libéria	Liberia	libérien	-
LBY	Libya	State of Libya	-	Libyan	Libia	Estado de Libia	-	libio	Libye	État de Libye	-	libyen	-
MDG	Madagascar	Republic of Madagascar	-	=Malagasy|Madagascan	Madagascar	República de Madagascar	-	malgache	Madagascar	République de Madagascar	-	malgache	-
MWI	Malawi	Republic of Malawi	-	Malawian	Malawi	República de Malawi	Malaui	malauí|malawiano	Malawi	République du Malawi	-	malawite|malawien	-
MLI	Mali	Republic of Mali	-	Malian	Malí	República de Malí	-	maliense|malí	Mali	République du Mali	-	malien	-
MRT	Mauritania	Islamic Republic of Mauritania	-	Mauritanian	Mauritania	República Islámica de Mauritania	-	mauritano	Mauritanie	République islamique de Mauritanie	-	mauritanien	-
MUS	Mauritius	Republic of Mauritius	-	Mauritian	Mauricio	República de Mauricio	-	mauriciano	Maurice	République de Maurice	-	mauricien	-
MAR	Morocco	Kingdom of Morocco	-	Moroccan	Marruecos	Reino de Marruecos	-	marroquí	Maroc	Royaume du Maroc	-	marocain	-
MOZ	Mozambique	Republic of Mozambique	-	Mozambican	Mozambique	República de Mozambique	-	mozambiqueño	Mozambique	République du Mozambique	-	mozambicain	-
NAM	Namibia	Republic of Namibia	-	Namibian	Namibia	República de Namibia	-	namibio	Namibie	République de Namibie	-	namibien	-
NER	Niger	Republic of the Niger	-	Nigerien	Níger	República del Níger	-	nigerino	Niger	République du Niger	-	nigérien	-
NGA	Nigeria	Federal Republic of Nigeria	-	Nigerian	Nigeria	República Federal de Nigeria	-	nigeriano	Nigéria	République fédérale du Nigéria	-	nigérian	-
RWA	Rwanda	Republic of Rwanda	-	Rwandan|Rwandese	Rwanda	República de Rwanda	Ruanda	ruandés	Rwanda	République du Rwanda	-	rwandais	-
STP	Sao Tome and Principe	Democratic Republic of Sao Tome and Principe	São Tomé and Príncipe	Sao Tomean|Santomean	Santo Tomé y Príncipe	República Democrática de Santo Tomé y Príncipe	Sao Tomé y Príncipe	santotomense	Sao Tomé-et-Principe	République démocratique de Sao Tomé-et-Principe	-	santoméen	-
SEN	Senegal	Republic of Senegal	-	Senegalese	Senegal	República del Senegal	-	senegalés	Sénégal	République du Sénégal	-	sénégalais	-
SYC	Seychelles	Republic of Seychelles	-	=Seychellois|Seychellean	Seychelles	República de Seychelles	-	seychellense	Seychelles	République des Seychelles	-	seychellois	-
SLE	Sierra Leone	Republic of Sierra Leone	-	Sierra Leonean	Sierra Leona	República de Sierra Leona	-	sierraleonés|sierraleonense	Sierra Leone	République de Sierra Leone	-	sierra-léonais|sierraléonais	-
SOM	Somalia	Federal Republic of Somalia	-	Somali|Somalian	Somalia	República Federal de Somalia	-	somalí	Somalie	République fédérale de Somalie	-	somalien	-
ZAF	South Africa	Republic of South Africa	-	South African	Sudáfrica	República de Sudáfrica	-	sudafricano	Afrique du Sud	République sud-africaine	-	sud-africain	RSA
SSD	South Sudan	Republic of South Sudan	-	South Sudanese	Sudán del Sur	República de Sudán del Sur	-	sursudanés|sudsudanés	Soudan du Sud	République du Soudan du Sud	-	sud-soudanais	-
SDN	Sudan	Republic of the Sudan	-	Sudanese	Sudán	República del Sudán	-	sudanés	Soudan	République du Soudan	-	soudanais	-
TZA	United Republic of Tanzania	United Republic of Tanzania	Tanzania	Tanzanian	República Unida de Tanzanía	República Unida de Tanzanía	Tanzania|Tanzanía	tanzano	République-Unie de Tanzanie	République-Unie de Tanzanie	Tanzanie	tanzanien	-
TGO	Togo	Togolese Republic	-	Togolese	Togo	República Togolesa	-	togolés	Togo	République togolaise	-	togolais	-
TUN	Tunisia	Republic of Tunisia	-	Tunisian	Túnez	República de Túnez	-	tunecino	Tunisie	République tunisienne	-	tunisien	-
UGA	Uganda	Republic of Uganda	-	Ugandan	Uganda	República de Uganda	-	ugandés	Ouganda	République de l'Ouganda	-	ougandais	-
ZMB	Zambia	Republic of Zambia	-	Zambian	Zambia	República de Zambia	-	zambiano	Zambie	République de Zambie	-	zambien	-
ZWE	Zimbabwe	Republic of Zimbabwe	-	Zimbabwean	Zimbabwe	República de Zimbabwe	Zimbabue	zimbabuense	Zimbabwe	République du Zimbabwe	-	zimbabwéen	-
"""#
}
