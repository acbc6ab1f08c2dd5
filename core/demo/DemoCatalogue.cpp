#include "DemoCatalogue.h"

namespace Kohtaamo::DemoCatalogue {

namespace {
QStringList list(std::initializer_list<const char *> items)
{
    QStringList l;
    for (const char *i : items)
        l << QString::fromUtf8(i);
    return l;
}
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

const QVector<OrganisationProfile> &organisations()
{
    static const QVector<OrganisationProfile> o {
        { s("Auta Lasta ry"),
          s("Veturointi"),
          s("Varsinais-Suomi"),
          WorkerTitle::VeturiMentor,
          Perspective::ChildOrYouth,
          list({ "child_protection.placement.residential", "child_protection.placement.foster_care",
                 "child_protection.aftercare", "youth.independent_living", "child_protection.encounters" }),
          18,
          29,
          list({ "peer_support", "talk", "work_group", "pair_work" }),
          s("Veturi-valmennus"),
          40,
          {} },
        { s("Perhekuntoutuskeskus Lauste"),
          s("Kokemuskumppanit"),
          s("Varsinais-Suomi"),
          WorkerTitle::ExperiencePartner,
          Perspective::Parent,
          list({ "child_protection.placement.emergency", "child_protection.placement.reunification",
                 "child_protection.needs_assessment", "substance_abuse.parent", "family_life.family_work",
                 "child_protection.open_care" }),
          25,
          60,
          list({ "pair_work", "talk", "work_group", "material_review", "peer_reception" }),
          s("Kokemuskumppanikoulutus"),
          100,
          {} },
        { s("Varsinais-Suomen mielenterveysomaiset FinFami ry"),
          s("FinFami"),
          s("Varsinais-Suomi"),
          WorkerTitle::PeerRelative,
          Perspective::Relative,
          list({ "mental_health.family", "mental_health.youth", "mental_health.self_harm",
                 "family_life.parenting_support" }),
          25,
          75,
          list({ "peer_reception", "pair_work", "talk", "group_leader", "peer_support" }),
          s("Tarinaryhmä ja kokemusasiantuntijakoulutus"),
          50,
          {} },
        { s("SOS-Lapsikylä"),
          s("SOS-kehittäjänuoret"),
          s("Uusimaa"),
          WorkerTitle::YouthDeveloper,
          Perspective::ChildOrYouth,
          list({ "child_protection.placement.foster_care", "child_protection.placement.residential", "youth.school",
                 "youth.participation", "child_protection.encounters" }),
          12,
          20,
          list({ "talk", "panel", "work_group", "material_review" }),
          s("Kehittäjänuorten valmennus"),
          20,
          {} },
        { s("Ehjä ry"), s("Kuule minua"), s("Varsinais-Suomi"), WorkerTitle::ExpertByExperience,
          Perspective::ChildOrYouth,
          list({ "migration.refugee", "migration.asylum", "migration.unaccompanied", "migration.integration",
                 "youth.school" }),
          18, 29, list({ "talk", "panel", "work_group" }), s("Tarinakurssi"), 16, list({ "ar", "so", "fa", "en" }) },
        { s("MIELI Lounais-Suomi / Turun kriisikeskus"),
          s("Feeniks"),
          s("Varsinais-Suomi"),
          WorkerTitle::PeerSupporter,
          Perspective::Relative,
          list({ "loss.child", "loss.sibling", "mental_health.self_harm" }),
          25,
          70,
          list({ "peer_support", "talk", "peer_reception" }),
          s("Vertaistukijakoulutus"),
          40,
          {} },
        { s("Äimä ry"),
          s("Äimä"),
          s("Uusimaa"),
          WorkerTitle::ExpertByExperience,
          Perspective::Parent,
          list({ "mental_health.postnatal", "family_life.parenting_support" }),
          25,
          50,
          list({ "peer_support", "talk", "material_review", "work_group" }),
          s("Kokemusasiantuntijakoulutus"),
          100,
          {} },
        { s("Turun ensi- ja turvakoti ry"),
          s("Ensi- ja turvakoti"),
          s("Varsinais-Suomi"),
          WorkerTitle::PeerSupporter,
          Perspective::Parent,
          list({ "violence.domestic", "violence.shelter", "violence.against_children", "family_life.divorce" }),
          22,
          65,
          list({ "pair_work", "talk", "peer_support", "group_leader" }),
          s("Vertaistoimijakoulutus"),
          30,
          {} },
        { s("Helsingin kaupunki, lastensuojelu ja perhesosiaalityö"),
          s("Aikuisten kokemusasiantuntijaryhmä"),
          s("Uusimaa"),
          WorkerTitle::ExpertByExperience,
          Perspective::Parent,
          list({ "child_protection.needs_assessment", "child_protection.family_mapping",
                 "child_protection.confidentiality", "child_protection.client_documents",
                 "child_protection.school_cooperation", "child_protection.placement.emergency",
                 "services.plain_language" }),
          25,
          65,
          list({ "work_group", "material_review", "talk", "recruitment", "management_group" }),
          s("SOIHTU-valmennus"),
          60,
          {} },
        { s("Österbottens barnskyddsförening"), s("Erfarenhetsaktörer"), s("Pohjanmaa"),
          WorkerTitle::ExpertByExperience, Perspective::Parent,
          list({ "child_protection.placement.foster_care", "substance_abuse.parent",
                 "child_protection.needs_assessment", "family_life.divorce" }),
          25, 65, list({ "work_group", "talk", "material_review", "pair_work" }), s("Erfarenhetsexpertutbildning"), 60,
          list({ "sv" }) },
    };
    return o;
}

const QVector<RequestTemplate> &requestTemplates()
{
    static const QVector<RequestTemplate> t {
        { s("Asiakasesitteen selkokielisyyden arviointi"),
          s("Uusi asiakasesite lastensuojelun avohuollon perheille. Onko teksti ymmärrettävää, mikä jää epäselväksi?"),
          s("material_review"), list({ "services.plain_language" }), list({ "child_protection.client_documents" }),
          Perspective::Parent, s("Avohuollon työntekijät"), s("fi"), 90, true },
        { s("Perhetyön esitteen kommentointi"), s("Perhetyön esite uudistetaan; toivomme vanhempien näkökulmaa."),
          s("material_review"), list({ "family_life.family_work" }), list({ "services.plain_language" }),
          Perspective::Parent, s("Perhetyön tiimi"), s("fi"), 60, true },
        { s("Sateenkaarinuorten paneeli sijaisvanhempien koulutukseen"),
          s("Paneelikeskustelu sateenkaarinuorten kokemuksista sijaisperheessä perhehoitajien valmennuksessa."),
          s("panel"),
          list({ "family_life.rainbow", "child_protection.placement.foster_care" }),
          {},
          Perspective::ChildOrYouth,
          s("Perhehoitajiksi valmentautuvat"),
          s("fi"),
          120,
          false },
        { s("Kiireellinen sijoitus: keskustelu vastaanottotiimin kanssa"),
          s("Miltä kiireellinen sijoitus tuntui lapsesta ja vanhemmasta? Keskustelu tiimin kanssa."), s("talk"),
          list({ "child_protection.placement.emergency" }), list({ "child_protection.encounters" }), Perspective::Any,
          s("Nuorten vastaanoton työntekijät"), s("fi"), 90, false },
        { s("Puheenvuoro uusien sosiaalityöntekijöiden perehdytyksessä"),
          s("Kokemusasiantuntijan puheenvuoro: mikä auttoi, mikä ei, kun lastensuojelu tuli perheeseen."), s("talk"),
          list({ "services.professional_training" }),
          list({ "child_protection.encounters", "child_protection.open_care" }), Perspective::Any,
          s("Uudet sosiaalityöntekijät"), s("fi"), 60, false },
        { s("Palvelutarpeen arviointi asiakkaan silmin"),
          s("Kehitämme palvelutarpeen arviointia. Mitä arvioitiin ja miten perhe sen koki?"),
          s("work_group"),
          list({ "child_protection.needs_assessment" }),
          {},
          Perspective::Parent,
          s("Arviointitiimi"),
          s("fi"),
          120,
          false },
        { s("Perheen historian läpikäynti perhekartoituksessa"),
          s("Miten perheen historiaa käytiin läpi perhekartoituksessa?"), s("work_group"),
          list({ "child_protection.family_mapping" }), list({ "child_protection.needs_assessment" }),
          Perspective::Parent, s("Sosiaalityön kehittäjät"), s("fi"), 120, false },
        { s("Työryhmä: koulu ja lastensuojelu yhdessä"),
          s("Työryhmä koulun ja lastensuojelun yhteistyön käytännöistä."), s("work_group"),
          list({ "child_protection.school_cooperation" }), list({ "youth.school" }), Perspective::Any,
          s("Koulukuraattorit ja sosiaalityöntekijät"), s("fi"), 120, true },
        { s("Kirjekuoret ja yksityisyys: vanhempien näkemyksiä"),
          s("Mitä perheelle lähetettävän kirjekuoren tiedot kertovat ulkopuolisille? Vanhempien näkemyksiä."),
          s("work_group"), list({ "child_protection.confidentiality" }), list({ "child_protection.client_documents" }),
          Perspective::Parent, s("Asiakirjahallinto"), s("fi"), 90, true },
        { s("Päihdeperheiden lasten ryhmän suunnittelu"),
          s("Suunnittelemme tukiryhmää lapsille, joiden vanhempi käyttää päihteitä."), s("work_group"),
          list({ "substance_abuse.parent" }), list({ "family_life.parenting_support" }), Perspective::ChildOrYouth,
          s("Perhetyön tiimi"), s("fi"), 120, false },
        { s("Lähisuhdeväkivallan puheeksi ottaminen"),
          s("Koulutuspäivän puheenvuoro: miten väkivallasta voi kysyä niin, että siihen uskaltaa vastata."), s("talk"),
          list({ "violence.domestic" }), list({ "services.professional_training" }), Perspective::Parent,
          s("Neuvolan ja lastensuojelun työntekijät"), s("fi"), 60, false },
        { s("Jälkihuollon palvelujen kehittäminen"),
          s("Työryhmä: mitä jälkihuollossa oleva nuori tarvitsee itsenäistyessään?"), s("work_group"),
          list({ "child_protection.aftercare" }), list({ "youth.independent_living" }), Perspective::ChildOrYouth,
          s("Jälkihuollon tiimi"), s("fi"), 120, false },
        { s("Rekrytointipaneeli: sosiaalityöntekijä"), s("Kokemusasiantuntija mukaan haastattelemaan hakijoita."),
          s("recruitment"), list({ "services.recruitment" }), list({ "child_protection.encounters" }), Perspective::Any,
          s("Lastensuojelun johto"), s("fi"), 240, false },
        { s("Nuorten kokemuksia kotoutumisesta"),
          s("Puheenvuoro maahan muuttaneiden nuorten kohtaamisesta lastensuojelussa."), s("talk"),
          list({ "migration.refugee" }), list({ "migration.integration" }), Perspective::ChildOrYouth,
          s("Monikulttuurisen työn verkosto"), s("fi"), 60, false },
        { s("Vertaistukiryhmä synnytyksen jälkeiseen masennukseen"),
          s("Vertaistukijan mukanaolo uuden ryhmän aloituksessa neuvolassa."),
          s("peer_support"),
          list({ "mental_health.postnatal" }),
          {},
          Perspective::Parent,
          s("Neuvolan perheet"),
          s("fi"),
          90,
          false },
        { s("Omaisen näkökulma perhetyöhön psykiatriassa"), s("Parityönä ammattilaisen kanssa omaisten ilta."),
          s("pair_work"), list({ "mental_health.family" }), list({ "family_life.parenting_support" }),
          Perspective::Relative, s("Psykiatrian poliklinikka"), s("fi"), 120, false },
        { s("Lapsen menetys: kriisityön koulutus"),
          s("Puheenvuoro kriisityöntekijöiden koulutuksessa."),
          s("talk"),
          list({ "loss.child" }),
          {},
          Perspective::Parent,
          s("Kriisityöntekijät"),
          s("fi"),
          60,
          false },
        { s("Granskning av broschyr på lättläst språk"),
          s("Barnskyddets nya broschyr för familjer: är texten begriplig?"), s("material_review"),
          list({ "services.plain_language" }), list({ "child_protection.client_documents" }), Perspective::Parent,
          s("Barnskyddets öppenvård"), s("sv"), 60, true },
        { s("Paneldiskussion om familjevård"),
          s("Erfarenheter av familjevård för blivande familjehem."),
          s("panel"),
          list({ "child_protection.placement.foster_care" }),
          {},
          Perspective::Any,
          s("Blivande familjehem"),
          s("sv"),
          120,
          false },
    };
    return t;
}

const QStringList &finnishFirstNames()
{
    static const QStringList n
        = list({ "Aino",  "Eero",   "Helmi",  "Juha",  "Kaisa", "Laura", "Mikko", "Niina",  "Olli",
                 "Pirjo", "Riikka", "Sanna",  "Tiina", "Ville", "Anni",  "Jussi", "Elina",  "Teemu",
                 "Minna", "Sari",   "Jari",   "Veera", "Lotta", "Iida",  "Onni",  "Emilia", "Aleksi",
                 "Hanna", "Katja",  "Marjut", "Petri", "Satu",  "Tuula", "Ulla",  "Väinö",  "Eveliina" });
    return n;
}

const QStringList &swedishFirstNames()
{
    static const QStringList n
        = list({ "Anders", "Britt", "Elsa", "Fredrik", "Gunilla", "Henrik", "Ingrid", "Johan", "Karin", "Linnea",
                 "Magnus", "Nils", "Sofia", "Ebba", "Oskar", "Maja", "Axel", "Stina" });
    return n;
}

const QStringList &surnames()
{
    static const QStringList n
        = list({ "Korhonen",  "Virtanen", "Mäkinen",    "Nieminen", "Mäkelä",   "Hämäläinen", "Laine",
                 "Heikkinen", "Koskinen", "Järvinen",   "Lehtonen", "Saarinen", "Salminen",   "Heinonen",
                 "Niemi",     "Kinnunen", "Salonen",    "Turunen",  "Lindholm", "Nyström",    "Sundqvist",
                 "Holmberg",  "Åkerblom", "Westerlund", "Björkman", "Grönroos", "Ekström",    "Lindqvist" });
    return n;
}

const QStringList &regions()
{
    static const QStringList r
        = list({ "Varsinais-Suomi", "Uusimaa", "Pohjois-Pohjanmaa", "Pirkanmaa", "Pohjanmaa", "Keski-Suomi" });
    return r;
}

const QStringList &municipalities()
{
    static const QStringList m = list({ "Turku", "Helsinki", "Oulu", "Tampere", "Vaasa", "Jyväskylä", "Espoo", "Salo",
                                        "Raisio", "Vantaa", "Kaarina", "Mustasaari" });
    return m;
}

const QStringList &requesterUnits()
{
    static const QStringList u
        = list({ "Lastensuojelun avohuolto, Turku", "Nuorten vastaanotto, Helsinki", "Perhehoitoyksikkö, Varha",
                 "Sosiaalityön perehdytys, Oulu", "Barnskyddet, Vasa", "Perhesosiaalityö, Tampere",
                 "Jälkihuolto, Espoo", "Kehittämisyksikkö, Varsinais-Suomen hyvinvointialue" });
    return u;
}

const QStringList &declineReasons()
{
    static const QStringList r = list({ "Ei sovi aikatauluun", "Aihe on nyt liian raskas", "Sairastuminen",
                                        "Liian pitkä matka", "Työkiireet", "Haluan pitää tauon" });
    return r;
}

const QStringList &knowledgeSnippets()
{
    static const QStringList k = list({
        "Kirjeen kuoressa näkyvä lähettäjä paljasti naapureille lastensuojelun asiakkuuden.",
        "Vanhempi ei tiennyt, mitä arvioinnissa arvioitiin; tieto tuli vasta päätöksestä.",
        "Kiireellisessä sijoituksessa lapselle ei kerrottu, minne hän on menossa.",
        "Selkokielinen esite auttoi, kun se kertoi vaiheet järjestyksessä.",
        "Nuori koki, että häntä kuultiin vasta, kun paikalla oli tuttu työntekijä.",
        "Jälkihuollon päättyminen 25-vuotiaana tuli yllätyksenä.",
        "Koulu ja lastensuojelu eivät tienneet toistensa tukitoimista.",
        "Väkivallasta kysyminen suoraan ja rauhallisesti teki vastaamisesta mahdollista.",
    });
    return k;
}

} // namespace Kohtaamo::DemoCatalogue
