// Gazetteer table: Europe (and the Holy See and the European Union). Columns and conventions: see GazetteerData.swift.
// One state per line, fields separated by a TAB.

extension GazetteerData {
    static let europe = #"""
ALB	Albania	Republic of Albania	-	Albanian	Albania	República de Albania	-	albanés	Albanie	République d'Albanie	-	albanais	-
AND	Andorra	Principality of Andorra	-	Andorran	Andorra	Principado de Andorra	-	andorrano	Andorre	Principauté d'Andorre	-	andorran	-
ARM	Armenia	Republic of Armenia	-	Armenian	Armenia	República de Armenia	-	armenio	Arménie	République d'Arménie	-	arménien	-
AUT	Austria	Republic of Austria	-	Austrian	Austria	República de Austria	-	austriaco|austríaco	Autriche	République d'Autriche	-	autrichien	-
AZE	Azerbaijan	Republic of Azerbaijan	-	Azerbaijani|Azeri	Azerbaiyán	República de Azerbaiyán	-	azerbaiyano|azerí	Azerbaïdjan	République d'Azerbaïdjan	-	azerbaïdjanais|azéri	-
BLR	Belarus	Republic of Belarus	Byelorussia	Belarusian|Belarussian	Belarús	República de Belarús	Bielorrusia	bielorruso	Bélarus	République du Bélarus	Biélorussie	biélorusse|bélarussien	-
BEL	Belgium	Kingdom of Belgium	-	Belgian	Bélgica	Reino de Bélgica	-	belga	Belgique	Royaume de Belgique	-	belge	-
BIH	Bosnia and Herzegovina	Bosnia and Herzegovina	Bosnia-Herzegovina|Bosnia	Bosnian|Herzegovinian	Bosnia y Herzegovina	Bosnia y Herzegovina	Bosnia-Herzegovina|Bosnia	bosnio	Bosnie-Herzégovine	Bosnie-Herzégovine	Bosnie	bosnien|bosnien-herzégovinien	BiH
BGR	Bulgaria	Republic of Bulgaria	-	Bulgarian	Bulgaria	República de Bulgaria	-	búlgaro	Bulgarie	République de Bulgarie	-	bulgare	-
HRV	Croatia	Republic of Croatia	-	Croatian|Croat	Croacia	República de Croacia	-	croata	Croatie	République de Croatie	-	croate	-
CYP	Cyprus	Republic of Cyprus	-	Cypriot	Chipre	República de Chipre	-	chipriota	Chypre	République de Chypre	-	chypriote|cypriote	-
CZE	Czechia	Czech Republic	-	Czech|=Czechs	Chequia	República Checa	-	checo	Tchéquie	République tchèque	-	tchèque	-
DNK	Denmark	Kingdom of Denmark	-	Danish|Dane	Dinamarca	Reino de Dinamarca	-	danés	Danemark	Royaume du Danemark	-	danois	-
EST	Estonia	Republic of Estonia	-	Estonian	Estonia	República de Estonia	-	estonio	Estonie	République d'Estonie	-	estonien	-
FIN	Finland	Republic of Finland	-	Finnish|Finn	Finlandia	República de Finlandia	-	finlandés	Finlande	République de Finlande	-	finlandais	-
FRA	France	French Republic	-	French|=Frenchman|=Frenchmen|=Frenchwoman|=Frenchwomen	Francia	República Francesa	-	francés	France	République française	-	français	-
GEO	Georgia	Georgia	-	Georgian	Georgia	Georgia	-	georgiano	Géorgie	Géorgie	-	géorgien	-
DEU	Germany	Federal Republic of Germany	-	German	Alemania	República Federal de Alemania	-	alemán	Allemagne	République fédérale d'Allemagne	-	allemand	-
GRC	Greece	Hellenic Republic	-	Greek|=Hellenic	Grecia	República Helénica	-	griego|heleno	Grèce	République hellénique	-	=grec|=grecque|=grecs|=grecques|hellène	-
HUN	Hungary	Hungary	-	Hungarian	Hungría	Hungría	-	húngaro	Hongrie	Hongrie	-	hongrois	-
ISL	Iceland	Iceland	-	=Icelandic|Icelander	Islandia	Islandia	-	islandés	Islande	Islande	-	islandais	-
IRL	Ireland	Ireland	-	Irish|=Irishman|=Irishmen|=Irishwoman|=Irishwomen	Irlanda	Irlanda	-	irlandés	Irlande	Irlande	-	irlandais	-
ITA	Italy	Italian Republic	-	Italian	Italia	República Italiana	-	italiano	Italie	République italienne	-	italien	-
LVA	Latvia	Republic of Latvia	-	Latvian	Letonia	República de Letonia	-	letón	Lettonie	République de Lettonie	-	letton|=lettone|=lettones	-
LIE	Liechtenstein	Principality of Liechtenstein	-	Liechtensteiner|Liechtensteinian	Liechtenstein	Principado de Liechtenstein	-	liechtensteiniano	Liechtenstein	Principauté du Liechtenstein	-	liechtensteinois	-
LTU	Lithuania	Republic of Lithuania	-	Lithuanian	Lituania	República de Lituania	-	lituano	Lituanie	République de Lituanie	-	lituanien	-
LUX	Luxembourg	Grand Duchy of Luxembourg	-	Luxembourgish|Luxembourger	Luxemburgo	Gran Ducado de Luxemburgo	-	luxemburgués	Luxembourg	Grand-Duché de Luxembourg	-	luxembourgeois	-
MLT	Malta	Republic of Malta	-	Maltese	Malta	República de Malta	-	maltés	Malte	République de Malte	-	maltais	-
MCO	Monaco	Principality of Monaco	-	Monegasque|Monacan	Mónaco	Principado de Mónaco	-	monegasco	Monaco	Principauté de Monaco	-	monégasque	-
MNE	Montenegro	Montenegro	-	Montenegrin	Montenegro	Montenegro	-	montenegrino	Monténégro	Monténégro	-	monténégrin	-
NLD	Netherlands	Kingdom of the Netherlands	Netherlands (Kingdom of the)	Dutch|=Dutchman|=Dutchmen|=Dutchwoman|=Dutchwomen|Netherlander	Países Bajos	Reino de los Países Bajos	Holanda	neerlandés|holandés	Pays-Bas	Royaume des Pays-Bas	-	néerlandais|hollandais	-
MKD	North Macedonia	Republic of North Macedonia	Macedonia|former Yugoslav Republic of Macedonia	Macedonian|North Macedonian	Macedonia del Norte	República de Macedonia del Norte	ex República Yugoslava de Macedonia	macedonio|normacedonio	Macédoine du Nord	République de Macédoine du Nord	Macédoine|ex-République yougoslave de Macédoine	macédonien|nord-macédonien	FYROM|ERYM|ARYM
NOR	Norway	Kingdom of Norway	-	Norwegian	Noruega	Reino de Noruega	-	noruego	Norvège	Royaume de Norvège	-	norvégien	-
POL	Poland	Republic of Poland	-	Polish|Pole	Polonia	República de Polonia	-	polaco	Pologne	République de Pologne	-	polonais	-
PRT	Portugal	Portuguese Republic	-	Portuguese	Portugal	República Portuguesa	-	portugués	Portugal	République portugaise	-	portugais	-
MDA	Republic of Moldova	Republic of Moldova	Moldova	Moldovan	República de Moldova	República de Moldova	Moldavia	moldavo	République de Moldova	République de Moldova	Moldavie	moldave	-
ROU	Romania	Romania	-	Romanian	Rumania	Rumania	Rumanía	rumano	Roumanie	Roumanie	-	roumain	-
RUS	Russian Federation	Russian Federation	Russia	Russian	Federación de Rusia	Federación de Rusia	Rusia	ruso	Fédération de Russie	Fédération de Russie	Russie	russe	-
SMR	San Marino	Republic of San Marino	-	Sammarinese|San Marinese	San Marino	República de San Marino	-	sanmarinense	Saint-Marin	République de Saint-Marin	-	saint-marinais	-
SRB	Serbia	Republic of Serbia	-	Serbian|Serb	Serbia	República de Serbia	-	serbio	Serbie	République de Serbie	-	serbe	-
SVK	Slovakia	Slovak Republic	-	Slovak|Slovakian	Eslovaquia	República Eslovaca	-	eslovaco	Slovaquie	République slovaque	-	slovaque	-
SVN	Slovenia	Republic of Slovenia	-	Slovenian|Slovene	Eslovenia	República de Eslovenia	-	esloveno	Slovénie	République de Slovénie	-	slovène	-
ESP	Spain	Kingdom of Spain	-	Spanish|Spaniard	España	Reino de España	-	español	Espagne	Royaume d'Espagne	-	espagnol	-
SWE	Sweden	Kingdom of Sweden	-	Swedish|Swede	Suecia	Reino de Suecia	-	sueco	Suède	Royaume de Suède	-	suédois	-
CHE	Switzerland	Swiss Confederation	-	Swiss	Suiza	Confederación Suiza	-	suizo	Suisse	Confédération suisse	-	suisse|=suissesse|=suissesses	-
TUR	Türkiye	Republic of Türkiye	Turkey|Republic of Turkey	Turkish|Turk	Türkiye	República de Türkiye	Turquía	turco	Türkiye	République de Türkiye	Turquie	=turc|=turque|=turcs|=turques	-
UKR	Ukraine	Ukraine	-	Ukrainian	Ucrania	Ucrania	-	ucraniano|ucranio	Ukraine	Ukraine	-	ukrainien	-
GBR	United Kingdom	United Kingdom of Great Britain and Northern Ireland	Great Britain|Britain	British|Briton|Brit	Reino Unido	Reino Unido de Gran Bretaña e Irlanda del Norte	Gran Bretaña	británico	Royaume-Uni	Royaume-Uni de Grande-Bretagne et d'Irlande du Nord	Grande-Bretagne	britannique	UK|U.K.|GB
VAT	Holy See	Holy See	Vatican|Vatican City|Vatican City State	=Vatican	Santa Sede	Santa Sede	Vaticano|Ciudad del Vaticano	vaticano	Saint-Siège	Saint-Siège	Vatican|Cité du Vatican|État de la Cité du Vatican	vatican	-
EUR	European Union	European Union	-	European	Unión Europea	Unión Europea	-	europeo	Union européenne	Union européenne	-	européen	EU|E.U.|UE
"""#
}
