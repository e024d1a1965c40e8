// Gazetteer table: the Americas. Columns and conventions: see GazetteerData.swift.
// One state per line, fields separated by a TAB.

extension GazetteerData {
    static let americas = #"""
ATG	Antigua and Barbuda	Antigua and Barbuda	-	Antiguan|Barbudan	Antigua y Barbuda	Antigua y Barbuda	-	antiguano	Antigua-et-Barbuda	Antigua-et-Barbuda	-	antiguais|barbudien	-
ARG	Argentina	Argentine Republic	-	Argentine|Argentinian	Argentina	República Argentina	-	argentino	Argentine	République argentine	-	argentin	-
BHS	Bahamas	Commonwealth of the Bahamas	-	Bahamian	Bahamas	Commonwealth de las Bahamas	-	bahameño	Bahamas	Commonwealth des Bahamas	-	bahaméen|bahamien	-
BRB	Barbados	Barbados	-	Barbadian|Bajan	Barbados	Barbados	-	barbadense	Barbade	Barbade	-	barbadien	-
BLZ	Belize	Belize	-	Belizean	Belice	Belice	-	beliceño	Belize	Belize	-	bélizien	-
BOL	Bolivia	Plurinational State of Bolivia	Bolivia (Plurinational State of)	Bolivian	Bolivia	Estado Plurinacional de Bolivia	Bolivia (Estado Plurinacional de)	boliviano	Bolivie	État plurinational de Bolivie	Bolivie (État plurinational de)	bolivien	-
BRA	Brazil	Federative Republic of Brazil	-	Brazilian	Brasil	República Federativa del Brasil	-	brasileño|brasilero	Brésil	République fédérative du Brésil	-	brésilien	-
CAN	Canada	Canada	-	Canadian	Canadá	Canadá	-	canadiense	Canada	Canada	-	canadien	-
CHL	Chile	Republic of Chile	-	Chilean	Chile	República de Chile	-	chileno	Chili	République du Chili	-	chilien	-
COL	Colombia	Republic of Colombia	-	Colombian	Colombia	República de Colombia	-	colombiano	Colombie	République de Colombie	-	colombien	-
CRI	Costa Rica	Republic of Costa Rica	-	Costa Rican	Costa Rica	República de Costa Rica	-	costarricense|costarriqueño	Costa Rica	République du Costa Rica	-	costaricien|costaricain|costa-ricien	-
CUB	Cuba	Republic of Cuba	-	Cuban	Cuba	República de Cuba	-	cubano	Cuba	République de Cuba	-	cubain	-
DMA	Dominica	Commonwealth of Dominica	-	Dominican	Dominica	Commonwealth de Dominica	-	dominiqués|dominicano	Dominique	Commonwealth de la Dominique	-	dominiquais	-
DOM	Dominican Republic	Dominican Republic	-	Dominican	República Dominicana	República Dominicana	-	dominicano	République dominicaine	République dominicaine	-	dominicain	-
ECU	Ecuador	Republic of Ecuador	-	Ecuadorian|Ecuadoran	Ecuador	República del Ecuador	-	ecuatoriano	Équateur	République de l'Équateur	-	équatorien	-
SLV	El Salvador	Republic of El Salvador	-	Salvadoran|Salvadorean	El Salvador	República de El Salvador	-	salvadoreño	El Salvador	République d'El Salvador	Salvador	salvadorien	-
GRD	Grenada	Grenada	-	Grenadian	Granada	Granada	-	granadino	Grenade	Grenade	-	grenadien	-
GTM	Guatemala	Republic of Guatemala	-	Guatemalan	Guatemala	República de Guatemala	-	guatemalteco	Guatemala	République du Guatemala	-	guatémaltèque	-
GUY	Guyana	Co-operative Republic of Guyana	Cooperative Republic of Guyana	Guyanese	Guyana	República Cooperativa de Guyana	-	guyanés	Guyana	République coopérative du Guyana	-	guyanien	-
HTI	Haiti	Republic of Haiti	-	Haitian	Haití	República de Haití	-	haitiano	Haïti	République d'Haïti	-	haïtien	-
HND	Honduras	Republic of Honduras	-	Honduran	Honduras	República de Honduras	-	hondureño	Honduras	République du Honduras	-	hondurien	-
JAM	Jamaica	Jamaica	-	Jamaican	Jamaica	Jamaica	-	jamaiquino|jamaicano	Jamaïque	Jamaïque	-	jamaïcain	-
MEX	Mexico	United Mexican States	-	Mexican	México	Estados Unidos Mexicanos	Méjico	mexicano|mejicano	Mexique	États-Unis du Mexique	-	mexicain	-
NIC	Nicaragua	Republic of Nicaragua	-	Nicaraguan	Nicaragua	República de Nicaragua	-	nicaragüense	Nicaragua	République du Nicaragua	-	nicaraguayen	-
PAN	Panama	Republic of Panama	-	Panamanian	Panamá	República de Panamá	-	panameño	Panama	République du Panama	-	panaméen	-
PRY	Paraguay	Republic of Paraguay	-	Paraguayan	Paraguay	República del Paraguay	-	paraguayo	Paraguay	République du Paraguay	-	paraguayen	-
PER	Peru	Republic of Peru	-	Peruvian	Perú	República del Perú	-	peruano	Pérou	République du Pérou	-	péruvien	-
KNA	Saint Kitts and Nevis	Saint Kitts and Nevis	St Kitts and Nevis|Federation of Saint Kitts and Nevis|Saint Christopher and Nevis|Saint Kitts|St Kitts	Kittitian|Nevisian	Saint Kitts y Nevis	Saint Kitts y Nevis	San Cristóbal y Nieves	sancristobaleño	Saint-Kitts-et-Nevis	Saint-Kitts-et-Nevis	Saint-Christophe-et-Niévès	kittitien|névicien	-
LCA	Saint Lucia	Saint Lucia	St Lucia	Saint Lucian|St Lucian	Santa Lucía	Santa Lucía	-	santalucense	Sainte-Lucie	Sainte-Lucie	-	saint-lucien	-
VCT	Saint Vincent and the Grenadines	Saint Vincent and the Grenadines	St Vincent and the Grenadines|Saint Vincent	Vincentian	San Vicente y las Granadinas	San Vicente y las Granadinas	-	sanvicentino	Saint-Vincent-et-les-Grenadines	Saint-Vincent-et-les-Grenadines	-	saint-vincentais	-
SUR	Suriname	Republic of Suriname	Surinam	Surinamese	Suriname	República de Suriname	Surinam	surinamés	Suriname	République du Suriname	-	surinamais	-
TTO	Trinidad and Tobago	Republic of Trinidad and Tobago	Trinidad	Trinidadian|Tobagonian|Trinbagonian	Trinidad y Tabago	República de Trinidad y Tabago	Trinidad y Tobago	trinitense|trinitario	Trinité-et-Tobago	République de Trinité-et-Tobago	-	trinidadien	-
USA	United States	United States of America	-	American	Estados Unidos	Estados Unidos de América	Estados Unidos de Norteamérica	estadounidense|norteamericano|americano|estadunidense	États-Unis	États-Unis d'Amérique	-	américain|états-unien|étatsunien	US|U.S.|USA|U.S.A.|EE. UU.|EE.UU.|EEUU|EUA|É.-U.
URY	Uruguay	Eastern Republic of Uruguay	Oriental Republic of Uruguay	Uruguayan	Uruguay	República Oriental del Uruguay	-	uruguayo	Uruguay	République orientale de l'Uruguay	-	uruguayen	-
VEN	Venezuela	Bolivarian Republic of Venezuela	Venezuela (Bolivarian Republic of)	Venezuelan	Venezuela	República Bolivariana de Venezuela	Venezuela (República Bolivariana de)	venezolano	Venezuela	République bolivarienne du Venezuela	Venezuela (République bolivarienne du)	vénézuélien	-
"""#
}
