import Foundation
@testable import Model
import Testing

/// The 193 UN member states, by ISO alpha-3 code.
let unMembers = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA
DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND
HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER
NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP
SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO
TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split(whereSeparator: \.isWhitespace).map(String.init)

@Suite struct GazetteerCoverageTests {
    let g = StateGazetteer.shared

    @Test func hasEveryUNMemberTheObserversAndTheEU() {
        #expect(unMembers.count == 193)
        #expect(Set(unMembers).count == 193)
        #expect(g.all.count == 196)
        #expect(Set(g.all.map(\.id)).count == 196)
        let ids = Set(g.all.map(\.id))
        #expect(ids == Set(unMembers + ["PSE", "VAT", "EUR"]))
        for id in unMembers { #expect(g.state(id: id)?.id == id, "missing \(id)") }
    }

    @Test func idsAreThreeCapitalLetters() {
        for s in g.all {
            #expect(s.id.count == 3 && s.id.allSatisfy { $0.isASCII && $0.isUppercase }, "\(s.id)")
        }
    }

    @Test func noEmptyFields() {
        for s in g.all {
            #expect(!s.name.isEmpty && !s.names.isEmpty && !s.adjectives.isEmpty, "\(s.id)")
            for lang in State.languages {
                #expect(!s.name(in: lang).isEmpty && s.name(in: lang) != "-", "\(s.id) \(lang)")
                #expect(!s.officialName(in: lang).isEmpty && s.officialName(in: lang) != "-", "\(s.id) \(lang)")
                #expect(s.names.contains(s.name(in: lang)))
                #expect(s.names.contains(s.officialName(in: lang)))
            }
            for form in s.names + s.adjectives + s.abbreviations {
                #expect(!form.trimmingCharacters(in: .whitespaces).isEmpty, "\(s.id)")
                #expect(form == form.trimmingCharacters(in: .whitespaces), "\(s.id): '\(form)'")
                #expect(form != "-" && !form.hasPrefix("=") && !form.contains("\t") && !form.contains("|"),
                        "\(s.id): '\(form)'")
            }
            #expect(Set(s.names).count == s.names.count, "\(s.id) has duplicate names")
            #expect(Set(s.adjectives).count == s.adjectives.count, "\(s.id) has duplicate adjectives")
        }
    }

    @Test func everyStateHasAdjectivesInEachLanguage() {
        // English adjectives are capitalised, Spanish and French ones are not.
        for s in g.all {
            #expect(s.adjectives.contains { $0.first!.isUppercase }, "\(s.id) has no English adjective")
            #expect(s.adjectives.filter { $0.first!.isLowercase }.count >= 2, "\(s.id) lacks es/fr adjectives")
        }
    }

    @Test func namesAreUnambiguous() {
        var owner: [String: String] = [:]
        for s in g.all {
            for n in s.names {
                let k = GazetteerText.key(n)
                if let o = owner[k] { #expect(o == s.id, "'\(n)' names both \(o) and \(s.id)") }
                owner[k] = s.id
            }
        }
        // No name reads as another state's id.
        for s in g.all {
            for n in s.names {
                if let byID = g.state(id: GazetteerText.key(n)) {
                    #expect(byID.id == s.id, "'\(n)' of \(s.id) is the id of \(byID.id)")
                }
            }
        }
    }

    @Test func abbreviationsAreNamesAndWrittenInCapitals() {
        for s in g.all {
            for a in s.abbreviations {
                #expect(s.names.contains(a), "\(s.id) \(a)")
                #expect(a.contains { $0.isUppercase } && a.filter(\.isLetter).count <= 6, "\(s.id) \(a)")
            }
        }
        for (id, abbrs) in [("USA", ["US", "U.S.", "USA", "EE. UU.", "EE.UU."]), ("GBR", ["UK", "U.K."]),
                            ("ARE", ["UAE", "EAU"]), ("COD", ["DRC", "RDC"]), ("PRK", ["DPRK"]),
                            ("EUR", ["EU", "UE"]), ("CAF", ["CAR"]), ("KOR", ["ROK"])] {
            let s = g.state(id: id)!
            for a in abbrs { #expect(s.isAbbreviation(a), "\(id) \(a)") }
        }
        #expect(!g.state(id: "USA")!.isAbbreviation("us"))
        #expect(!g.state(id: "MEX")!.isAbbreviation("Mexico"))
    }
}

@Suite struct GazetteerLookupTests {
    let g = StateGazetteer.shared

    func id(_ name: String) -> String? { g.state(named: name)?.id }

    @Test func findsNamesInThreeLanguages() {
        let cases: [(String, String)] = [
            ("Mexico", "MEX"), ("México", "MEX"), ("Mexique", "MEX"), ("the United Mexican States", "MEX"),
            ("Estados Unidos Mexicanos", "MEX"), ("les États-Unis du Mexique", "MEX"), ("MEX", "MEX"),
            ("mex", "MEX"), ("Côte d’Ivoire", "CIV"), ("cote d'ivoire", "CIV"), ("COTE D IVOIRE", "CIV"),
            ("Ivory Coast", "CIV"), ("Costa de Marfil", "CIV"), ("la Côte d'Ivoire", "CIV"),
            ("U.S.", "USA"), ("USA", "USA"), ("US", "USA"), ("United States of America", "USA"),
            ("Estados Unidos", "USA"), ("EE. UU.", "USA"), ("EEUU", "USA"), ("États-Unis", "USA"),
            ("UK", "GBR"), ("United Kingdom", "GBR"), ("Reino Unido", "GBR"), ("Royaume-Uni", "GBR"),
            ("Great Britain", "GBR"), ("UAE", "ARE"), ("Émirats arabes unis", "ARE"),
            ("DRC", "COD"), ("DR Congo", "COD"), ("RDC", "COD"), ("République démocratique du Congo", "COD"),
            ("Congo", "COG"), ("Republic of the Congo", "COG"), ("DPRK", "PRK"), ("North Korea", "PRK"),
            ("Corea del Sur", "KOR"), ("Republic of Korea", "KOR"),
            ("Türkiye", "TUR"), ("Turkey", "TUR"), ("Turquía", "TUR"), ("Turquie", "TUR"), ("Turkiye", "TUR"),
            ("Czechia", "CZE"), ("Czech Republic", "CZE"), ("República Checa", "CZE"), ("Tchéquie", "CZE"),
            ("Swaziland", "SWZ"), ("Eswatini", "SWZ"), ("Macedonia", "MKD"), ("North Macedonia", "MKD"),
            ("the former Yugoslav Republic of Macedonia", "MKD"), ("Holy See", "VAT"), ("Saint-Siège", "VAT"),
            ("Santa Sede", "VAT"), ("State of Palestine", "PSE"), ("Palestina", "PSE"), ("Palestine", "PSE"),
            ("European Union", "EUR"), ("EU", "EUR"), ("Unión Europea", "EUR"), ("Union européenne", "EUR"),
            ("the Gambia", "GMB"), ("Gambie", "GMB"), ("Netherlands", "NLD"), ("Pays-Bas", "NLD"),
            ("Países Bajos", "NLD"), ("Allemagne", "DEU"), ("Alemania", "DEU"), ("Germany", "DEU"),
            ("El Salvador", "SLV"), ("Salvador", "SLV"), ("Le Salvador", "SLV"),
            ("Guinea", "GIN"), ("Guinée", "GIN"), ("Guinea-Bissau", "GNB"), ("Guinea Bissau", "GNB"),
            ("Equatorial Guinea", "GNQ"), ("Guinée équatoriale", "GNQ"), ("Papua New Guinea", "PNG"),
            ("Niger", "NER"), ("Níger", "NER"), ("Nigeria", "NGA"), ("Nigéria", "NGA"),
            ("Dominica", "DMA"), ("Dominique", "DMA"), ("Dominican Republic", "DOM"), ("República Dominicana", "DOM"),
            ("Sudan", "SDN"), ("the Sudan", "SDN"), ("South Sudan", "SSD"), ("Soudan du Sud", "SSD"),
            ("Viet Nam", "VNM"), ("Vietnam", "VNM"), ("Laos", "LAO"), ("Bolivia", "BOL"),
            ("Bolivia (Plurinational State of)", "BOL"), ("Iran", "IRN"), ("Irán", "IRN"),
            ("Russia", "RUS"), ("Russian Federation", "RUS"), ("Federación de Rusia", "RUS"),
            ("Syria", "SYR"), ("Tanzania", "TZA"), ("Moldova", "MDA"), ("Cabo Verde", "CPV"),
            ("Cape Verde", "CPV"), ("Cap-Vert", "CPV"), ("Timor-Leste", "TLS"), ("East Timor", "TLS"),
            ("Myanmar", "MMR"), ("Burma", "MMR"), ("Saint Kitts and Nevis", "KNA"), ("St Kitts and Nevis", "KNA"),
            ("St. Lucia", "LCA"), ("Sainte-Lucie", "LCA"), ("Trinidad and Tobago", "TTO"),
            ("Trinidad y Tobago", "TTO"), ("Philippines", "PHL"), ("Filipinas", "PHL"),
            ("Afrique du Sud", "ZAF"), ("Sudáfrica", "ZAF"), ("Suisse", "CHE"), ("Suiza", "CHE"),
            ("Switzerland", "CHE"), ("Canadá", "CAN"), ("Japon", "JPN"), ("Arabie saoudite", "SAU"),
        ]
        for (name, expected) in cases { #expect(id(name) == expected, "\(name)") }
    }

    @Test func unknownNamesAreNil() {
        for name in ["Atlantis", "Kosovo", "Taiwan", "", "the", "Holland", "America", "us state"] {
            #expect(g.state(named: name) == nil, "\(name)")
        }
    }

    @Test func byID() {
        #expect(g.state(id: "mex")?.name == "Mexico")
        #expect(g.state(id: "EUR")?.name == "European Union")
        #expect(g.state(id: "EU")?.id == "EUR")
        #expect(g.state(id: "XXX") == nil)
    }

    @Test func shortAndOfficialNamesPerLanguage() {
        let mex = g.state(id: "MEX")!
        #expect(mex.name(in: "en") == "Mexico")
        #expect(mex.name(in: "es") == "México")
        #expect(mex.name(in: "fr") == "Mexique")
        #expect(mex.officialName(in: "en") == "United Mexican States")
        #expect(mex.officialName(in: "es") == "Estados Unidos Mexicanos")
        #expect(mex.officialName(in: "fr") == "États-Unis du Mexique")
        #expect(mex.name(in: "de") == "Mexico")
        #expect(g.state(id: "CIV")!.name(in: "es") == "Côte d'Ivoire")
        #expect(g.state(id: "DEU")!.name(in: "fr") == "Allemagne")
        #expect(g.state(id: "GBR")!.name(in: "es") == "Reino Unido")
    }
}

@Suite struct GazetteerAdjectiveTests {
    let g = StateGazetteer.shared

    func ids(_ adjective: String) -> Set<String> { Set(g.states(withAdjective: adjective).map(\.id)) }

    @Test func formsInEveryGenderAndNumber() {
        let cases: [(String, String)] = [
            ("Mexican", "MEX"), ("Mexicans", "MEX"), ("mexicano", "MEX"), ("mexicana", "MEX"),
            ("mexicanos", "MEX"), ("mexicanas", "MEX"), ("mexicain", "MEX"), ("mexicaine", "MEX"),
            ("mexicains", "MEX"), ("mexicaines", "MEX"),
            ("Ivorian", "CIV"), ("Ivorians", "CIV"), ("marfileño", "CIV"), ("marfileñas", "CIV"),
            ("ivoirien", "CIV"), ("ivoirienne", "CIV"), ("Ivoiriens", "CIV"), ("ivoiriennes", "CIV"),
            ("les Ivoiriens", "CIV"),
            ("Filipino", "PHL"), ("Filipinos", "PHL"), ("Filipina", "PHL"), ("Filipinas", "PHL"),
            ("filipinas", "PHL"), ("Philippine", "PHL"), ("philippine", "PHL"), ("philippines", "PHL"),
            ("British", "GBR"), ("Britons", "GBR"), ("británica", "GBR"), ("británicos", "GBR"),
            ("britannique", "GBR"), ("britanniques", "GBR"),
            ("Dutch", "NLD"), ("the Dutch", "NLD"), ("neerlandesa", "NLD"), ("néerlandaise", "NLD"),
            ("Ghanaian", "GHA"), ("Ghanaians", "GHA"), ("ghanesa", "GHA"), ("ghanéenne", "GHA"),
            ("Bangladeshi", "BGD"), ("Bangladeshis", "BGD"), ("bangladesíes", "BGD"), ("bangladaise", "BGD"),
            ("estadounidense", "USA"), ("estadounidenses", "USA"), ("American", "USA"),
            ("américaine", "USA"), ("norteamericanas", "USA"),
            ("francés", "FRA"), ("francesa", "FRA"), ("franceses", "FRA"), ("francesas", "FRA"),
            ("française", "FRA"), ("français", "FRA"), ("françaises", "FRA"), ("French", "FRA"),
            ("alemán", "DEU"), ("alemana", "DEU"), ("alemanes", "DEU"), ("allemande", "DEU"), ("Germans", "DEU"),
            ("marroquí", "MAR"), ("marroquíes", "MAR"), ("marocaine", "MAR"),
            ("japonesa", "JPN"), ("japonaise", "JPN"), ("japonaises", "JPN"), ("Japanese", "JPN"),
            ("belga", "BEL"), ("belgas", "BEL"), ("belge", "BEL"), ("belges", "BEL"),
            ("turque", "TUR"), ("turcs", "TUR"), ("turcas", "TUR"), ("Turks", "TUR"),
            ("grecque", "GRC"), ("griegas", "GRC"), ("Greeks", "GRC"),
            ("letona", "LVA"), ("letones", "LVA"), ("lettonne", "LVA"), ("lettone", "LVA"),
            ("española", "ESP"), ("españoles", "ESP"), ("espagnole", "ESP"), ("Spaniards", "ESP"),
            ("suizas", "CHE"), ("Swiss", "CHE"), ("suissesse", "CHE"),
            ("burkinabè", "BFA"), ("Burkinabé", "BFA"), ("burkinesas", "BFA"),
            ("Malagasy", "MDG"), ("malgaches", "MDG"), ("Czechs", "CZE"), ("tchèques", "CZE"),
            ("nicaragüenses", "NIC"), ("nicaraguayenne", "NIC"), ("guatemaltecas", "GTM"),
            ("guatémaltèques", "GTM"), ("hondureña", "HND"), ("salvadoreños", "SLV"), ("salvadorienne", "SLV"),
            ("Emirati", "ARE"), ("émiratie", "ARE"), ("emiratíes", "ARE"),
            ("sud-africaine", "ZAF"), ("sudafricanas", "ZAF"), ("néo-zélandaises", "NZL"), ("New Zealanders", "NZL"),
            ("Nigerien", "NER"), ("nigérienne", "NER"), ("nigerinos", "NER"),
            ("Nigerian", "NGA"), ("nigériane", "NGA"), ("nigerianas", "NGA"),
            ("South Sudanese", "SSD"), ("sud-soudanaise", "SSD"), ("sursudanesas", "SSD"),
            ("Sudanese", "SDN"), ("soudanaises", "SDN"), ("sudanesa", "SDN"),
            ("European", "EUR"), ("européenne", "EUR"), ("europeas", "EUR"),
            ("Palestinian", "PSE"), ("palestiniennes", "PSE"), ("palestinas", "PSE"),
            ("Vatican", "VAT"),
        ]
        for (form, expected) in cases { #expect(ids(form).contains(expected), "\(form) → \(expected)") }
    }

    @Test func sharedAdjectivesGiveEveryState() {
        #expect(ids("Congolese") == ["COG", "COD"])
        #expect(ids("congolaises") == ["COG", "COD"])
        #expect(ids("congoleñas") == ["COG", "COD"])
        #expect(ids("Dominican") == ["DOM", "DMA"])
        #expect(ids("dominicana") == ["DOM", "DMA"])
        #expect(ids("dominicaine") == ["DOM"])
        #expect(ids("dominiquaise") == ["DMA"])
        #expect(ids("Guinean") == ["GIN", "GNB"])
        #expect(ids("guinéennes") == ["GIN", "GNB"])
        #expect(ids("Korean") == ["KOR", "PRK"])
        #expect(ids("coréenne") == ["KOR", "PRK"])
        #expect(ids("South Korean") == ["KOR"])
        #expect(ids("Equatorial Guinean") == ["GNQ"])
        #expect(ids("Sudanese") == ["SDN"])
        #expect(ids("Klingon").isEmpty)
        #expect(g.sharedAdjectives.keys.contains("congolese"))
    }

    @Test func stateAdjectivesAreNotNames() {
        // "Mexican" is not a name: a matcher must know which is which.
        #expect(g.state(named: "Mexican") == nil)
        #expect(g.states(withAdjective: "Mexico").isEmpty)
    }
}

@Suite struct GazetteerTextTests {
    @Test func foldIgnoresCaseAccentsApostrophesHyphensAndSpacing() {
        #expect(GazetteerText.fold("Côte d’Ivoire") == "cote d'ivoire")
        #expect(GazetteerText.fold("  CÔTE\u{00A0}D'IVOIRE\n") == "cote d'ivoire")
        #expect(GazetteerText.fold("Guinea\u{2011}Bissau") == "guinea-bissau")
        #expect(GazetteerText.fold("Timor–Leste") == "timor-leste")
        #expect(GazetteerText.fold("Türkiye") == "turkiye")
        #expect(GazetteerText.fold("nicaragüense") == "nicaraguense")
        #expect(GazetteerText.fold("Ålesund Øst") == "alesund ost")
        #expect(GazetteerText.fold("États-Unis") == "etats-unis")
    }

    @Test func keyDropsArticlesAndPunctuation() {
        #expect(GazetteerText.key("the United States") == "united states")
        #expect(GazetteerText.key("U.S.A.") == "usa")
        #expect(GazetteerText.key("l’Algérie") == "algerie")
        #expect(GazetteerText.key("les Pays-Bas") == "pays bas")
        #expect(GazetteerText.key("Guinea-Bissau") == GazetteerText.key("Guinea Bissau"))
        #expect(GazetteerText.key("Bolivia (Plurinational State of)") == "bolivia plurinational state of")
        #expect(GazetteerText.key("Lesotho") == "lesotho")
    }
}

@Suite struct GazetteerHomographTests {
    let g = StateGazetteer.shared

    @Test func tablesAreConsistent() {
        #expect(g.nameClashes.isEmpty, "\(g.nameClashes)")
        #expect(g.strayHomographs.isEmpty, "\(g.strayHomographs)")
    }

    @Test func wordsThatAreAlsoStatesAreFlagged() {
        for form in ["Chad", "turkey", "China", "chino", "Polish", "Poles", "French", "français", "español",
                     "Jordan", "Georgia", "Granada", "Grenade", "Niger", "Congo", "European", "americanos",
                     "Maurice", "Salvador", "India", "indio", "Jamaica"] {
            #expect(g.isHomograph(form), "\(form)")
        }
        for form in ["Mexico", "mexicana", "Ghanaian", "Côte d'Ivoire", "Nigeria", "Bangladeshi", "Turkish delegation"] {
            #expect(!g.isHomograph(form), "\(form)")
        }
        #expect(g.state(id: "TCD")!.homographs == ["Chad"])
        #expect(g.state(id: "CHN")!.homographs.contains("china"))
        #expect(g.state(id: "MEX")!.homographs.isEmpty)
    }
}
