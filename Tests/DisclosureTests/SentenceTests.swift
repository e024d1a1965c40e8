import Testing
import Model
@testable import Disclosure

/// Real sentences of rapporteurs' notes, rewritten: the exact output, read by a person.
@Suite struct SentenceTests {
    static let english: [(session: String, input: String, output: String)] = [
        ("t2", "Ms. Ana Ruiz of Sin Fronteras said the humanitarian visa should be kept.",
         "A civil-society participant said the humanitarian visa should be kept."),
        ("t1", "The Mexican delegation said it would consider firewalls.",
         "One government delegation said it would consider firewalls."),
        ("t1", "Germany told table 5 that it supports regularisation.",
         "One government told table 5 that it supports regularisation."),
        ("t1", "The Ivorians are open to a firewall between services and enforcement.",
         "The representatives of one government are open to a firewall between services and enforcement."),
        ("t1", "The Ghanaian and Bangladeshi delegates asked about reintegration.",
         "The delegates of two governments asked about reintegration."),
        ("t1", "Filipino seafarers are often abandoned in foreign ports.",
         "One country's seafarers are often abandoned in foreign ports."),
        ("t2", "As Flores said, the flores on the table were red.",
         "As a civil-society participant said, the flores on the table were red."),
        ("t2", "Mr. Bell rang the bell to close the session.",
         "A civil-society participant rang the bell to close the session."),
        ("t2", "Ruiz’s proposal was welcomed by PICUM and the Platform.",
         "A civil-society participant's proposal was welcomed by a civil-society organisation."),
        ("t2", "The host government said it would reply in writing.",
         "One government said it would reply in writing."),
        ("t1", "Mexico and Guatemala said they would reply.",
         "Two governments said they would reply."),
        ("t2", "Mexico's position on detention is firm.",
         "One government's position on detention is firm."),
        ("t2", "Young people asked Tom Young about MADE, which was made in 2011.",
         "Young people asked a civil-society participant about a civil-society organisation, which was made in 2011."),
        ("t2", "Ms. Nguyen and Mr. El Amrani asked M. Kouassi and Ms. Ní Bhriain about data.",
         "Two civil-society participants asked two civil-society participants about data."),
        ("t2", "María José López Hernández said López would write to the co-facilitators.",
         "A civil-society participant said a civil-society participant would write to two governments."),
        ("t1", "The Guatemalan government stressed the role of consulates.",
         "One government stressed the role of consulates."),
        ("t1", "According to Mexico, detention of children has ended.",
         "According to one government, detention of children has ended."),
        ("t2", "Canada's ambassador and the German minister disagreed.",
         "One government's ambassador and a government minister disagreed."),
        ("t2", "Ana Ruiz, from Sin Fronteras, asked whether the Compact would cover climate displacement.",
         "A civil-society participant asked whether the Compact would cover climate displacement."),
    ]

    static let spanish: [(session: String, input: String, output: String)] = [
        ("t1", "La delegación mexicana dijo que lo consideraría.", "Una delegación dijo que lo consideraría."),
        ("t2", "Según México, la detención de niños debe terminar.", "Según un gobierno, la detención de niños debe terminar."),
        ("t1", "Los mexicanos dijeron que sí.", "Los representantes de un gobierno dijeron que sí."),
        ("t1", "La Sra. Flores, de la Red Centroamericana de Casas del Migrante, pidió visas humanitarias.",
         "Un participante de la sociedad civil pidió visas humanitarias."),
        ("t1", "El gobierno de Guatemala respondió que revisará la ley.", "Un gobierno respondió que revisará la ley."),
        ("t1", "Los trabajadores filipinos no tienen acceso a la justicia.",
         "Los trabajadores de un país no tienen acceso a la justicia."),
        ("t2", "Los migrantes que transitan por Guatemala sufren violencia.",
         "Los migrantes que transitan por Guatemala sufren violencia."),
        ("t1", "La posición mexicana sobre la detención es clara.", "La posición de un gobierno sobre la detención es clara."),
    ]

    static let french: [(session: String, input: String, output: String)] = [
        ("t1", "La délégation mexicaine a dit qu'elle y réfléchirait.", "Une délégation a dit qu'elle y réfléchirait."),
        ("t1", "Le Mexique a rappelé que la détention des enfants doit cesser.",
         "Un gouvernement a rappelé que la détention des enfants doit cesser."),
        ("t1", "Les travailleurs philippins sont mal protégés.", "Les travailleurs d'un pays sont mal protégés."),
        ("t2", "Les Ivoiriens sont ouverts à un pare-feu.", "Les représentants d'un gouvernement sont ouverts à un pare-feu."),
        ("t2", "M. Kouassi, du Réseau Ouest-Africain des Migrants, a posé une question.",
         "Un participant de la société civile a posé une question."),
        ("t1", "La position du Mexique est connue.", "La position d'un gouvernement est connue."),
        ("t2", "Selon l'Allemagne, le retour doit être volontaire.", "Selon un gouvernement, le retour doit être volontaire."),
    ]

    static let more: [(session: String, input: String, output: String)] = [
        ("t1", "The Mexican and Guatemalan delegations asked for time.", "Two government delegations asked for time."),
        ("t1", "Mexico, Guatemala and El Salvador said they would consider it.", "Three governments said they would consider it."),
        ("t1", "Ana Ruiz and Ambassador Herrera disagreed.", "Two participants disagreed."),
        ("t1", "La Sra. Ruiz dijo que México apoya la propuesta.",
         "Un participante de la sociedad civil dijo que un gobierno apoya la propuesta."),
        ("t1", "Mme Kouassi a dit que le Mexique soutient la proposition.",
         "Un participant de la société civile a dit qu'un gouvernement soutient la proposition."),
        ("t1", "The Philippines has a strong labour attaché system.", "One government has a strong labour attaché system."),
        ("t1", "Filipinos abroad send remittances.", "Nationals of one country abroad send remittances."),
        ("t2", "Germany's and Ghana's delegates agreed.", "Two governments' delegates agreed."),
        ("t2", "The U.S. and the UK were absent.", "The U.S. and the UK were absent."),
        ("t2", "In Ghana, returnees lack support, said the Ghanaian delegate.",
         "In one country, returnees lack support, said a government delegate."),
        ("t2", "Dr. Ruiz's and Mr. Bell's proposals were discussed.", "Two civil-society participants' proposals were discussed."),
        ("t2", "The delegate of Canada said no.", "A government delegate said no."),
        ("t2", "La delegada de Canadá dijo que no.", "Una delegada dijo que no."),
        ("t2", "Le représentant du Ghana a répondu.", "Un représentant a répondu."),
        ("t2", "L'Allemagne et le Ghana ont répondu.", "Deux gouvernements ont répondu."),
        ("t2", "Ivorian migrants in Europe face detention.", "One country's migrants in Europe face detention."),
        ("t2", "Les migrants ivoiriens en Europe sont détenus.", "Les migrants d'un pays en Europe sont détenus."),
        ("t2", "Los migrantes marfileños en Europa son detenidos.", "Los migrantes de un país en Europa son detenidos."),
        ("t2", "Bangladesh's minister spoke.", "One government's minister spoke."),
        ("t2", "Bangladeshi workers in the Gulf spoke to Bangladeshi officials.",
         "One country's workers in the Gulf spoke to officials of one government."),
        ("t1", "El delegado salvadoreño pidió datos; Isabel de la Cruz mencionó los acuerdos del MERCOSUR.",
         "Un delegado pidió datos; un participante de la sociedad civil mencionó los acuerdos del MERCOSUR."),
        ("t1", "Ms. Ruiz noted that the 2015 Mexican programme had reached fewer people than expected.",
         "A civil-society participant from Latin America and the Caribbean noted that the 2015 programme had reached fewer people than expected."),
        ("g1", "Ms. Ruiz described children in transit in Mexico who lose a school year.",
         "A civil-society participant from Latin America and the Caribbean described children in transit in Mexico who lose a school year."),
        ("g1", "Mme Ruiz a rappelé que les femmes victimes de violences au Mexique ne portent pas plainte.",
         "Un participant de la société civile a rappelé que les femmes victimes de violences au Mexique ne portent pas plainte."),
        ("t1", "Ana Ruiz's research shows fees of up to a year's wages.",
         "A civil-society participant's research shows fees of up to a year's wages."),
        ("t2", "The Ghana delegate described free access to health care.", "A government delegate described free access to health care."),
        ("t2", "The Argentine delegate described free access to health care.", "The Argentine delegate described free access to health care."),
    ]

    @Test(arguments: english + spanish + french + more)
    func rewritten(_ c: (session: String, input: String, output: String)) {
        #expect(Fixture.rewrite(c.input, session: c.session) == c.output)
    }
}
