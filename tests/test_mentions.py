"""Mentions with roles and affiliations, read by the real pipeline from sentences of our own."""
from __future__ import annotations

import pytest
import spacy

from kg.mentions import find_mentions, roles
from kg.nlp import build_nlp
from kg.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp(Settings())


def person(nlp: spacy.Language, text: str, name: str):
    found = [m for m in find_mentions(nlp(text)) if m.type == "Person" and m.text == name]
    assert found, [(m.text, m.type) for m in find_mentions(nlp(text))]
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("German Chancellor Olaf Scholz met reporters in Berlin on Tuesday.", "Olaf Scholz", "chancellor", "German"),
        ("Chinese Foreign Minister Wang Yi arrived in Jakarta on Sunday.", "Wang Yi", "foreign minister", "Chinese"),
        ("Turkish President Recep Tayyip Erdogan hosted the talks.", "Recep Tayyip Erdogan", "president", "Turkish"),
        ("Brazil's Foreign Minister Mauro Vieira said the talks would resume.", "Mauro Vieira", "foreign minister", "Brazil"),
        ("Kenyan ambassador to Ethiopia Wanjiku Kamau attended the ceremony.", "Wanjiku Kamau", "ambassador", "Kenyan"),
        ("NATO Deputy Secretary General Mircea Geoana visited Vilnius.", "Mircea Geoana", "deputy secretary general", "NATO"),
        ("White House spokeswoman Karine Jean-Pierre declined to comment.", "Karine Jean-Pierre", "spokeswoman", "White House"),
        ("Defense Minister Benny Gantz visited the base on Friday.", "Benny Gantz", "defense minister", None),
    ],
)
def test_mentions_title_before_name(nlp, text: str, name: str, role: str, affiliation: str | None) -> None:
    m = person(nlp, text, name)
    assert (m.role, m.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("Gustavo Petro, the Colombian president, spoke on Monday.", "Gustavo Petro", "president", "Colombian"),
        ("Ngozi Okonjo-Iweala, the head of the World Trade Organization, warned of risks.", "Ngozi Okonjo-Iweala", "head", "World Trade Organization"),
        ("Amina Mohammed, a Nigerian diplomat, said the meeting went well.", "Amina Mohammed", "diplomat", "Nigerian"),
    ],
)
def test_mentions_apposition(nlp, text: str, name: str, role: str, affiliation: str | None) -> None:
    m = person(nlp, text, name)
    assert (m.role, m.affiliation) == (role, affiliation)


def test_mentions_list_of_titled_names_is_no_apposition(nlp) -> None:
    text = "Chile was represented by Alberto van Klaveren, Deputy Foreign Minister Gloria de la Fuente, and lawmaker Pedro Lopez."
    assert person(nlp, text, "Alberto van Klaveren").role is None
    assert person(nlp, text, "Gloria de la Fuente").role == "deputy foreign minister"


def test_mentions_coordinated_names_share_a_plural_title(nlp) -> None:
    m = person(nlp, "Nigerian senators Ahmed Lawan and Godswill Akpabio voted against it.", "Godswill Akpabio")
    assert (m.role, m.affiliation) == ("senator", "Nigerian")


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("The Kremlin rejected the offer.", "Kremlin", "Country"),
        ("Talks were held in Lviv.", "Lviv", "Place"),
        ("Kenyan negotiators left Addis Ababa.", "Kenyan", "Country"),
        ("The European Union imposed sanctions on Iran.", "European Union", "Organization"),
        ("The European Union imposed sanctions on Iran.", "Iran", "Country"),
    ],
)
def test_mentions_types(nlp, text: str, surface: str, kind: str) -> None:
    found = {(m.text, m.type) for m in find_mentions(nlp(text))}
    assert (surface, kind) in found


def test_mentions_offsets_and_sentences(nlp) -> None:
    text = "Lula spoke in Brasilia. Later President Luiz Inacio Lula da Silva flew to Buenos Aires."
    ms = find_mentions(nlp(text))
    for m in ms:
        assert text[m.start : m.end] == m.text
    assert {m.sentence for m in ms if m.text.startswith("Luiz")} == {1}


@pytest.mark.parametrize(
    "text",
    [
        "Leaders met in Lima. (Ana Soto/Reuters)\n",
        "Delegates met in Quito. Photo: Juan Perez/AFP via Getty Images\n",
        "Nia Long is a business reporter at the Daily Star in Lagos.",
    ],
)
def test_mentions_chrome_is_no_person(nlp, text: str) -> None:
    assert [m.text for m in find_mentions(nlp(text)) if m.type == "Person"] == []


def test_mentions_role_lexicon_loaded() -> None:
    assert {"spokesman", "foreign minister", "secretary general", "ambassador"} <= roles()


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ghana's Defence Ministry said the troops had returned.", "Ghana's Defence Ministry"),
        ("Peru’s army said it had cleared the road.", "Peru’s army"),
        ("Chile's General Staff issued a statement.", "Chile's General Staff"),
        ("Japan's foreign ministry summoned the envoy.", "Japan's foreign ministry"),
    ],
)
def test_mentions_state_institution_is_one_organization(nlp, text: str, name: str) -> None:
    ms = find_mentions(nlp(text))
    assert name in {m.text for m in ms if m.type == "Organization"}
    assert any(m.type == "Country" and name.startswith(m.text) for m in ms)  # the state keeps its own mention


def test_mentions_state_possessive_of_other_nouns_is_no_institution(nlp) -> None:
    ms = find_mentions(nlp("Ghana's president said Ghana's economy was growing."))
    assert not any(m.type == "Organization" and m.text.startswith("Ghana") for m in ms)


def test_mentions_acronym_defined_after_an_organization(nlp) -> None:
    text = ("Bolivia and the Ejército Popular del Sur (EPS) met in Quito.\n\n"
            "The United States froze the assets of two EPS commanders.")
    acronyms = [m for m in find_mentions(nlp(text)) if m.text == "EPS"]
    assert len(acronyms) == 2 and all(m.type == "Organization" for m in acronyms)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("The governor of the central bank, Tomas Brandt, resigned on Monday.", "Tomas Brandt", "governor", None),
        ("Norway's trade minister, Ingrid Dahl, said the deal was close.", "Ingrid Dahl", "trade minister", "Norway"),
        ("The talks were chaired by the EU foreign policy chief, Greta Holm, in Brussels.", "Greta Holm", "foreign policy chief", "EU"),
        ("The ministry listed the firm with its director, Anna Berg, and its chief engineer, Jonas Falk.", "Anna Berg", "director", None),
        ("The ministry listed the firm with its director, Anna Berg, and its chief engineer, Jonas Falk.", "Jonas Falk", "chief engineer", None),
        # a comma before a name that starts the next clause is no apposition
        ("After meeting the president, Lars Moe said the deal was close.", "Lars Moe", None, None),
    ],
)
def test_mentions_role_before_comma(nlp, text: str, name: str, role: str | None, affiliation: str | None) -> None:
    m = person(nlp, text, name)
    assert (m.role, m.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("Ghanaian President Kofi Mensah hosted his Togolese counterpart, Yao Agbo, on Friday.", "Yao Agbo", "president", "Togolese"),
        ("Zambian President Joseph Banda and his Malawian counterpart Peter Phiri signed the deal.", "Peter Phiri", "president", "Malawian"),
    ],
)
def test_mentions_counterpart_takes_the_role_before(nlp, text: str, name: str, role: str, affiliation: str) -> None:
    m = person(nlp, text, name)
    assert (m.role, m.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "name", "roles_"),
    [
        ("Union mediator Pieter Claes, a former Belgian justice minister, chaired the session.", "Pieter Claes",
         {"mediator", "justice minister"}),
        ("Brigadier General Omar Nuri, a military adviser to the council, arrived on Monday.", "Omar Nuri",
         {"brigadier general", "adviser"}),
        # a prepositional phrase after the name is no apposition
        ("The team was led by Trade Minister Rafael Costa, with deputy negotiator Bruno Leal.", "Rafael Costa",
         {"trade minister", "head of team"}),
    ],
)
def test_mentions_title_and_apposition_both_kept(nlp, text: str, name: str, roles_: set[str]) -> None:
    found = {m.role for m in find_mentions(nlp(text)) if m.type == "Person" and m.text == name}
    assert found == roles_


@pytest.mark.parametrize(
    ("text", "names", "role"),
    [
        ("The prime ministers of Latvia and Estonia, Ilze Kalnina and Mart Tamm, met in Riga.", ("Ilze Kalnina", "Mart Tamm"),
         "prime minister"),
    ],
)
def test_mentions_plural_role_before_comma_shared(nlp, text: str, names: tuple[str, ...], role: str) -> None:
    assert [person(nlp, text, n).role for n in names] == [role] * len(names)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Sara Lind, a hydrologist who works for the commission, said the river was low.", "Sara Lind", "hydrologist"),
        ("The envoy met Foreign Affairs Undersecretary Rosa Lim on Monday.", "Rosa Lim", "undersecretary"),
        ("Jonas Weber, a professor of law at the national university, said the ruling was clear.", "Jonas Weber", "professor"),
        ("Anders Holm, an investor in the shipping group, denied any link to the minister.", "Anders Holm", "investor"),
        ("The listing also named Petra Lindqvist, a minority shareholder of the refinery.", "Petra Lindqvist",
         "shareholder"),
        ("Amina Yusuf, a schoolteacher from the border town, said classes had stopped.", "Amina Yusuf", "schoolteacher"),
    ],
)
def test_mentions_occupation_roles(nlp, text: str, name: str, role: str) -> None:
    assert person(nlp, text, name).role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The team was led by Brig. Gen. Omar Salih of the army.", "Omar Salih", "brigadier general"),
        ("Lt. Gen. Dana Pruitt briefed the committee on Tuesday.", "Dana Pruitt", "lieutenant general"),
        ("The two men are Sen. Paul Oyelaran and Sen. Marc Tessier.", "Marc Tessier", "senator"),
        ("The delegation included Col. Ilan Brodsky and other officers.", "Ilan Brodsky", "colonel"),
    ],
)
def test_mentions_abbreviated_titles(nlp, text: str, name: str, role: str) -> None:
    assert person(nlp, text, name).role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The panel included water expert Ines Moravec and two engineers.", "Ines Moravec", "expert"),
        ("It hired the trade law specialist Oskar Lindqvist last year.", "Oskar Lindqvist", "specialist"),
        ("Finland's chief facilitator, Aino Rautio, said the mood was calm.", "Aino Rautio", "chief facilitator"),
        ("The U.N. special coordinator, Lena Marsh, said the talks would resume.", "Lena Marsh", "special coordinator"),
    ],
)
def test_mentions_expert_and_facilitator_roles(nlp, text: str, name: str, role: str) -> None:
    assert person(nlp, text, name).role == role


@pytest.mark.parametrize(
    ("text", "name", "roles_"),
    [
        # stacked titles: each is a role
        ("Late on Monday, government spokesman Colonel Anton Mire read a statement.", "Anton Mire", {"spokesman", "colonel"}),
        ("Chief mediator Lt Gen (Rtd) Peter Okello Mwangi said the parties agreed.", "Peter Okello Mwangi",
         {"chief mediator", "lieutenant general"}),
        # a role before the comma reaches over a rank or an honorific
        ("The army spokesman, Colonel Tomas Verdugo, said the talks would resume.", "Tomas Verdugo", {"spokesman", "colonel"}),
        ("Indonesia's facilitator, Tan Sri Rahman Idris, said in a statement.", "Rahman Idris", {"facilitator"}),
        ("The U.N. special adviser on Malta, Sven Lindqvist, said groups would meet.", "Sven Lindqvist", {"adviser"}),
        # a second role joined to an apposition by "and"
        ("Jorge Brandt, the head of the trade office and Lisbon's chief negotiator, declined to comment.", "Jorge Brandt",
         {"head", "chief negotiator"}),
        # a role verb, a copula, an occupation
        ("Marta Kohl, who chairs the council this month, told reporters.", "Marta Kohl", {"chair"}),
        ("Omar Haddad is a Tunis-based businessman who has served as an importer.", "Omar Haddad", {"businessman", "importer"}),
        ("Selma Arouri, a 29-year-old teacher who fled the city, spoke by phone.", "Selma Arouri", {"teacher"}),
        # a list of titled names is no apposition
        ("President Ramos was accompanied by Foreign Minister Lena Brooks, Attorney General Ravi Mohan and former "
         "ambassador Karl Osei.", "Lena Brooks", {"foreign minister"}),
        ("President Ramos was accompanied by Foreign Minister Lena Brooks, Attorney General Ravi Mohan and former "
         "ambassador Karl Osei.", "Ravi Mohan", {"attorney general"}),
        # the head of a delegation, beside the office the name also has
        ("The Norlandian delegation was headed by its deputy chairman, Oskar Brevik, and included Tor Aaland.",
         "Oskar Brevik", {"deputy chairman", "head of delegation"}),
        ("The military delegation, led by Lt Gen Karim Osman, included Lt Gen Yusuf Ali.", "Karim Osman",
         {"lieutenant general", "head of delegation"}),
        ("The military delegation, led by Lt Gen Karim Osman, included Lt Gen Yusuf Ali.", "Yusuf Ali",
         {"lieutenant general"}),
        ("The Ruritanian side, led by Under Secretary of State Agnes Morrow, was also returning home.", "Agnes Morrow",
         {"under secretary", "head of delegation"}),
        ("The council sent a delegation led by its chief negotiator Farid Haddad and including Lina Sabbagh.",
         "Lina Sabbagh", {None}),
        ("The government team has just arrived. It is led by Defence Minister Samuel Okoro.", "Samuel Okoro",
         {"defence minister", "head of team"}),
        ("Envoy Harold Pinwick, who headed the American delegation, said on Sunday that progress was made.",
         "Harold Pinwick", {"envoy", "head of delegation"}),
    ],
)
def test_mentions_every_role_around_a_name(nlp, text: str, name: str, roles_: set[str]) -> None:
    assert {m.role for m in find_mentions(nlp(text)) if m.type == "Person" and m.text == name} == roles_


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the model's ORG/GPE spans that are names in a person's place
        ("The talks were led by Salma el-Khatib, a senior diplomat at the foreign ministry.", "Salma el-Khatib"),
        ("\"The war pays,\" said Assistant Secretary for Export Control Jonas P. Whitfield.", "Jonas P. Whitfield"),
        ("It is coordinated by his accountant, Teresa Torres Anaya.", "Teresa Torres Anaya"),
        ("The U.N. special adviser on Malta, Sven Lindqvist, said groups would meet.", "Sven Lindqvist"),
        ("Kenya's ambassador to the AU, Nomvula Dube, told reporters.", "Nomvula Dube"),
    ],
)
def test_mentions_names_found_in_context(nlp, text: str, name: str) -> None:
    assert person(nlp, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "It blacklisted Banco Ruritano del Sur, which handled the importer's payments abroad.",
        "The strike hit Zorba village, Kelvo Township, Marand Region, on April 11.",
        "The team was headed by Tariq Nabil, a deputy head of the Central Audit Presidency.",
    ],
)
def test_mentions_no_person_from_a_clause_or_division(nlp, text: str) -> None:
    persons = [m.text for m in find_mentions(nlp(text)) if m.type == "Person"]
    assert not any(w in p for p in persons for w in ("Banco", "Township", "Presidency")), persons


@pytest.mark.parametrize(
    ("text", "name", "roles_"),
    [
        # a title joined to the name by "to", "for" or "of" is another person's
        ("An aide to Ukrainian President Vasyl Hrytsenko said so.", "Vasyl Hrytsenko", {"president"}),
        ("Mykola Demchuk, advisor to the head of President Vasyl Hrytsenko's administration, said that.", "Mykola Demchuk",
         {"advisor"}),
        # a role verb in the past tense tells of one occasion
        ("Deputy Prime Minister Aram Petrosyan headed his country's delegation.", "Aram Petrosyan",
         {"deputy prime minister", "head of delegation"}),
        ("Minister of State Salem Al-Kuwari, who chaired the talks, said so.", "Salem Al-Kuwari", {"minister"}),
    ],
)
def test_mentions_roles_of_other_persons_and_occasions(nlp, text: str, name: str, roles_: set[str]) -> None:
    assert {m.role for m in find_mentions(nlp(text)) if m.type == "Person" and m.text == name} == roles_


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("Talks ended.\n\nMinistry of Trade, Harbour Road, Valletta | © 2019 All rights reserved | Sitemap | Disclaimer\n", "Sitemap"),
        ("Talks ended.\n\nHome | Zora Vell | Contact us | Archive\n", "Zora Vell"),
        ("The envoy wrote on Zorbl that the round had been a useful start.", "Zorbl"),
        ("The ministry said in a post on Zorbl that it was ready to engage.", "Zorbl"),
    ],
)
def test_mentions_page_footer_menu_and_platform_are_no_person(nlp, text: str, not_person: str) -> None:
    assert not_person not in [m.text for m in find_mentions(nlp(text)) if m.type == "Person"]


def test_mentions_sanctions_on_a_person_keep_the_person(nlp) -> None:
    assert person(nlp, "The bloc imposed sanctions on Ortega on Monday.", "Ortega")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ceasefire talks collapse\n\nMaria Olsen in Oslo and Peter Brandt\nTue 3 Oct 2023 08.15 BST\n\n"
         "The talks ended on Friday, said Jane Okoro.", {"Maria Olsen", "Peter Brandt"}),
        ("Council live: sanctions agreed\nLive coverage by Olga Vasquez and Tom Hale in Brussels\n\n"
         "The talks ended, said Jane Okoro.", {"Olga Vasquez", "Tom Hale"}),
    ],
)
def test_mentions_byline_lines_are_no_persons(nlp, text: str, names: set[str]) -> None:
    persons = {m.text for m in find_mentions(nlp(text)) if m.type == "Person"}
    assert persons == {"Jane Okoro"}, persons


def test_mentions_participle_clause_is_no_apposition(nlp) -> None:
    assert person(nlp, "Jana Kovac, briefing lawmakers in Riga on Wednesday, insisted the deal held.", "Jana Kovac").role is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "A, the ..., B, ...": an apposition opened by an article after a name is that name's
        ("The team will be headed by Peter Lang, the head of the political wing, with Martin Kessler, the group's "
         "political leader in Marvik, Anna Weber, who heads the women's section, and others.", "Martin Kessler", "leader"),
        ("The team will be headed by Peter Lang, the head of the political wing, with Martin Kessler, the group's "
         "political leader in Marvik, Anna Weber, who heads the women's section, and others.", "Anna Weber", "head"),
        # a plural apposition after "A and B" is both names'
        ("Ruritania sent Peter Lang, the ministry's ambassador for trade, with Martin Kessler and Anna Weber, officials "
         "of the ministry's Asia department.", "Martin Kessler", "official"),
        ("Martin Kessler and Anna Weber, an official of the ministry, met.", "Martin Kessler", None),
    ],
)
def test_mentions_apposition_owner(nlp, text: str, name: str, role: str | None) -> None:
    assert person(nlp, text, name).role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Those named are Ivo Kandt, described by the council as a national coordinator of the militia.", "Ivo Kandt",
         "national coordinator"),
    ],
)
def test_mentions_described_as_role(nlp, text: str, name: str, role: str) -> None:
    assert person(nlp, text, name).role == role


def test_mentions_name_called_a_body_is_no_person(nlp) -> None:
    text = "Another insurgent faction, Suda Kalan, an umbrella group that held separate talks with Vientiane, was absent."
    assert "Suda Kalan" not in [m.text for m in find_mentions(nlp(text)) if m.type == "Person"]


def test_mentions_plural_apposition_of_one_name_is_no_role(nlp) -> None:
    text = "In Zorvan's Kelo Market, traders worried about shortages, said Jane Okoro."
    assert all(m.role is None for m in find_mentions(nlp(text)) if m.type == "Person")


def test_mentions_possessive_body_in_apposition_keeps_the_person(nlp) -> None:
    text = "The militia sent Maj Gen Tarek Suleiman, the group's head of logistics in the capital, and others."
    assert person(nlp, text, "Tarek Suleiman").role in {"head", "major general"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chilean opposition and Peruvian rebels rejected the plan.",
         [("Chilean opposition", "Organization"), ("Peruvian rebels", "Organization")]),
        ("Kenyan Somali negotiators met the Kenyan delegation in Mombasa.",
         [("Kenyan Somali", "Organization"), ("Kenyan", "Country"), ("Mombasa", "Place")]),
        ("Chilean negotiators met Peruvian officials.", [("Chilean", "Country"), ("Peruvian", "Country")]),
        ("The ship belongs to Zorbal Maritime LLC, a unit of Varna Holdings FZE.",
         [("Zorbal Maritime LLC", "Organization"), ("Varna Holdings FZE", "Organization")]),
    ],
)
def test_mentions_non_state_actors_and_companies(nlp, text: str, expected: list) -> None:
    assert [(m.text, m.type) for m in find_mentions(nlp(text))] == expected


@pytest.mark.parametrize(
    ("text", "name", "roles_"),
    [
        # a name after an abbreviated title ending the sentence stays in it
        ("The team includes Maj. Gen. Tomas Brekke and Brig. Halvard Ostby.", "Halvard Ostby", {"brigadier"}),
        # an untagged hyphenated name after a rank
        ("The team included Col. Jin Sung-ho and Pak Yong-chol, an official of the ministry.", "Jin Sung-ho", {"colonel"}),
        # clerical and other titles and trades of the lexicons
        ("Mediators including the Reverend Tomas Mhlanga of the Council of Churches urged calm.", "Tomas Mhlanga",
         {"reverend", "mediator"}),
        ("The party sent its treasurer, Obed Nyathi, and deputy treasurer Ruth Kambona.", "Ruth Kambona",
         {"deputy treasurer"}),
        ("Transport operator Jaime Muhate said the convoys cost him dearly.", "Jaime Muhate", {"operator"}),
        ("\"It is different now,\" said Omar Zidan, a pharmacist in the old city.", "Omar Zidan", {"pharmacist"}),
        # an age between the name and the apposition
        ("\"Sign it first,\" said Rasid Umar, 44, a farmer.", "Rasid Umar", {"farmer"}),
        # a title with its portfolio between the apposition's comma and the name
        ("The head of the rebel delegation, Fisheries Minister Pedro Langa, told reporters the text was ready.",
         "Pedro Langa", {"minister", "head"}),
        # a portfolio listed with commas after "Minister for"
        ("Coordinating Minister for Maritime, Fisheries and Ports Affairs Budi Santoso said on Monday that talks would go on.",
         "Budi Santoso", {"minister"}),
        ("Minister for the Caribbean Helen Marsh said in a statement that more would follow.", "Helen Marsh", {"minister"}),
        # a clerical form of address is no part of the name and no role
        ("In Jaffna, Father Anton Perera, a Catholic priest, has opened a shelter.", "Anton Perera", {"priest"}),
    ],
)
def test_mentions_titles_ranks_and_trades(nlp, text: str, name: str, roles_: set[str]) -> None:
    assert {m.role for m in find_mentions(nlp(text)) if m.type == "Person" and m.text == name} == roles_


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name the model left before the name after a comma or "and"
        ("The league's deputy envoy, Karim Nabil Abdel-Fattah, said the vote would wait.", "Karim Nabil Abdel-Fattah"),
        ("It included the army chief, General Omar Bileh, and Sagal Ali Farah, a legal adviser.", "Sagal Ali Farah"),
        # a name the model cut into a "place" and a "body"
        ("The league's deputy chief, Hazem Fawzi Abdel-Meguid, said the vote was unanimous.", "Hazem Fawzi Abdel-Meguid"),
        # the words that lead a Balinese name
        ("The delegation included I Wayan Sukadana, the ministry's director for treaties.", "I Wayan Sukadana"),
        # the words before a short form that end the full name named before
        ("Pieter van Doorn, the envoy, spoke first. Van Doorn said more talks were needed.", "Van Doorn"),
        ("The two are prosecutors Ana Lucia Ferrer Ortiz and Raul Mendez. Ferrer Ortiz could not be reached.", "Ferrer Ortiz"),
    ],
)
def test_mentions_whole_names(nlp, text: str, name: str) -> None:
    assert person(nlp, text, name)


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        # a name that takes "the" is a place or a body
        ("The two sides will meet at the Unity Pavilion next Thursday.", "Unity Pavilion"),
        ("\"We still differ over the Western Buffer Line,\" the general said.", "Western Buffer Line"),
        # a known place before a name stays a place
        ("In Cairo, deputy chief Nabil Fawzi said the vote was unanimous.", "Cairo"),
        # the short name of a company named in the text
        ("It listed Tan Hock Seng, chairman of Silver Crane Fuel Co. Ltd. Silver Crane did not respond.", "Silver Crane"),
        # an organization after "head of the" is no name
        ("The panel was led by Gen Arun Wongchai, head of the Border Liaison Panel, and included two aides.", "Liaison Panel"),
    ],
)
def test_mentions_named_things_are_no_persons(nlp, text: str, not_person: str) -> None:
    persons = [m.text for m in find_mentions(nlp(text)) if m.type == "Person"]
    assert not any(not_person in p or p in not_person for p in persons), persons


@pytest.mark.parametrize(
    ("text", "name", "roles_"),
    [
        # the chair of a body, also through an apposition
        ("The talks are run by a Vienna-based mediation group chaired by Jorma Lehtinen, a former diplomat.",
         "Jorma Lehtinen", {"chair", "diplomat"}),
        ("The council, chaired by a former Ruritanian judge, Ilse Varga, will meet again.", "Ilse Varga", {"judge", "chair"}),
        # talks chaired by someone tell of one occasion
        ("The round was chaired by the moderator, Ilse Varga, a former judge.", "Ilse Varga", {"moderator", "judge"}),
        # the head of a delegation, also beside another role
        ("The rebel team was headed by Tariq Osmani, with two aides.", "Tariq Osmani", {"head of team"}),
        ("The Ruritanian side, headed by Ivo Markan, arrived late.", "Ivo Markan", {"head of delegation"}),
        ("The delegation was led by Trade Minister Ivo Markan.", "Ivo Markan", {"trade minister", "head of delegation"}),
    ],
)
def test_mentions_chairs_and_heads(nlp, text: str, name: str, roles_: set[str]) -> None:
    assert {m.role for m in find_mentions(nlp(text)) if m.type == "Person" and m.text == name} == roles_


@pytest.mark.parametrize(
    ("text", "name", "roles_"),
    [
        # a relative clause that names the role
        ("Prime Minister Ralph Gonsalo read the text. Dr Gonsalo, who is pro tempore president of the bloc, left.",
         "Gonsalo", {"president"}),
        ("Omar Haddad, who serves as chief negotiator, said so.", "Omar Haddad", {"chief negotiator"}),
        ("The network is run by Rafael Soto Lima, whom the Treasury described as a plaza boss in the port.",
         "Rafael Soto Lima", {"boss"}),
        ("It froze the assets of Brigadier General Idrissa Kone, whom the junta named defence minister this week.",
         "Idrissa Kone", {"brigadier general", "defence minister"}),
        # one of several holders of a role
        ("The observers, including retired judge Ana Mbeki, urged calm.", "Ana Mbeki",
         {"judge", "observer"}),
        ("Sanctions hit twelve people, including Jorge Ruiz.", "Jorge Ruiz", {None}),
        # a copula after the apposition
        ("Chan Siu-ming, a Macau-based businessman, is the sole director of Silver Bay Shipping Co., Limited, the owner.",
         "Chan Siu-ming", {"businessman", "director"}),
        # a relative clause after a copula, in the present perfect
        ("Abdul Karim Nasr is a Sanaa-based businessman who has served as a principal fuel importer since 2018.",
         "Abdul Karim Nasr", {"businessman", "importer"}),
        ("Omar Haddad is a lawyer who says he is innocent.", "Omar Haddad", {"lawyer"}),
        # a second role the apposition reports
        ("It also lists Farai Dube, a Bulawayo businessman the Treasury described as a \"key financier\" of the party.",
         "Farai Dube", {"businessman", "financier"}),
        # a rank written out, only when capitalised
        ("A young border guard, Private Nurlan Osmonov, became a symbol of the losses.", "Nurlan Osmonov",
         {"private", "border guard"}),
        ("Lina Haddad, a private banker, met them.", "Lina Haddad", {"banker"}),
        # a short parenthesis inside a title
        ("The team comprised Additional Secretary (Asia and Pacific) Ms. Sadia Karim and two aides.", "Sadia Karim",
         {"additional secretary"}),
    ],
)
def test_mentions_relative_clauses_ranks_and_parentheses(nlp, text: str, name: str, roles_: set[str]) -> None:
    assert {m.role for m in find_mentions(nlp(text)) if m.type == "Person" and m.text == name} == roles_


@pytest.mark.parametrize(
    ("text", "name", "roles_"),
    [
        # a body chaired by the name in a main clause, also when the verb is gapped
        ("The Ruritanian commission is chaired by Deputy Prime Minister Anton Weller and the Zemblan commission by "
         "Deputy Prime Minister Olga Brandt.", "Olga Brandt", {"deputy prime minister", "chair"}),
        ("The Ruritanian commission is chaired by Deputy Prime Minister Anton Weller.", "Anton Weller",
         {"deputy prime minister", "chair"}),
        # "who calls himself"
        ("Among the individuals are Pavel Gromov, who calls himself deputy prime minister of Zembla, and Oleg Sidorov.",
         "Pavel Gromov", {"deputy prime minister"}),
        # an apposition before the name over a title with its state's possessive
        ("The chief mediator, Ruritania's vice president Tomas Brenner, said yesterday that the sides were close.",
         "Tomas Brenner", {"vice president", "chief mediator"}),
        # "his counterpart" in a later sentence
        ("Jan Kowal, leader of the Green Party, told reporters that his party would vote. \"We waited,\" Kowal said. "
         "His counterpart at the Party for Rural Progress, Piotr Zielinski, was more cautious.", "Piotr Zielinski", {"leader"}),
        # a title with "on" and its portfolio
        ("Presidential Adviser on the Peace Process Marta Villanueva-Cruz said in a statement that the signing was good.",
         "Villanueva-Cruz", {"presidential adviser"}),
        # a title that is a given name after a role noun
        ("The talks were attended by presidency member Emir Kovacic and the Ruritanian envoy.", "Emir Kovacic", {"member"}),
        # a four-word name in a numbered list, with a bare apposition
        ("The individuals listed are:\n\n3. Ricardo Andres Molina Prieto, Director-General of the Zemblan Customs Service "
         "(ZCS), responsible for the arbitrary detention of opposition politicians.", "Ricardo Andres Molina Prieto",
         {"director general"}),
    ],
)
def test_mentions_passive_chairs_relatives_and_counterparts(nlp, text: str, name: str, roles_: set[str]) -> None:
    assert {m.role for m in find_mentions(nlp(text)) if m.type == "Person" and m.text == name} == roles_


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Troops clashed with the Shepherd's Liberation Army rebels near the border.", "Shepherd's Liberation Army"),
        ("The ruling RPF-K party rejected the plan.", "RPF-K"),
    ],
)
def test_mentions_organization_names_with_possessives_and_kinds(nlp, text: str, surface: str) -> None:
    assert (surface, "Organization") in {(m.text, m.type) for m in find_mentions(nlp(text))}


def test_mentions_title_with_a_coordinated_portfolio(nlp) -> None:
    m = person(nlp, "Minister for Europe and the Americas Sir Tom Brenner said the measures were targeted.", "Tom Brenner")
    assert m.role == "minister"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Ilona Maria Varga (Varga) is the founder of Adria Shipping, a Split-based firm.", "Ilona Maria Varga", "founder"),
        ("Emil Lajos Nagy (Nagy), a Hungarian businessman, controls two vessels.", "Emil Lajos Nagy", "businessman"),
        ("Ivo Markan (pictured), the bloc's envoy, said talks would resume.", "Ivo Markan", "envoy"),
    ],
)
def test_mentions_role_after_a_short_parenthesis(nlp, text: str, name: str, role: str) -> None:
    assert person(nlp, text, name).role == role


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("INDIVIDUALS\n\n1. VARGA, Ilona Maria; DOB 02 Jun 1970; POB Pecs, Hungary; nationality Hungary; Managing Director, "
         "Adria Shipping Company.\n", "VARGA, Ilona Maria", "managing director", "Adria Shipping Company"),
        ("INDIVIDUALS\n\n4. TEMIROV, Timur Ruslanovich; DOB 1 May 1966; Chairman of the Board, Kaspi Trade Bank.\n",
         "TEMIROV, Timur Ruslanovich", "chairman", "Kaspi Trade Bank"),
    ],
)
def test_mentions_role_in_a_designation_record(nlp, text: str, name: str, role: str, affiliation: str) -> None:
    m = person(nlp, text, name)
    assert (m.role, m.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "name", "roles_"),
    [
        ("The electoral commission, headed by Ivo Markan, rejected the complaint.", "Ivo Markan", {"head"}),
        ("The inquiry commission is headed by Ilona Marsh and will report in May.", "Ilona Marsh", {"head"}),
        ("A unity government headed by Ivo Markan took office.", "Ivo Markan", {None}),  # its leader, no "head"
    ],
)
def test_mentions_head_of_a_body_headed_by_the_name(nlp, text: str, name: str, roles_: set) -> None:
    assert {m.role for m in find_mentions(nlp(text)) if m.type == "Person" and m.text == name} == roles_


@pytest.mark.parametrize(
    ("text", "name", "roles_"),
    [
        ("Ivo Markan, who was appointed foreign minister in May, arrived on Monday.", "Ivo Markan", {"foreign minister"}),
        ("Ilona Marsh, who was sworn in as defence minister last week, toured the base.", "Ilona Marsh",
         {"defence minister"}),
        ("Ivo Markan, who became prime minister in March, spoke.", "Ivo Markan", {"prime minister"}),
        ("Ivo Markan, who was killed by a soldier, was buried on Friday.", "Ivo Markan", {None}),
        ("Ivo Markan, who was named in the indictment, denied the charges.", "Ivo Markan", {None}),
    ],
)
def test_mentions_role_in_a_clause_of_office(nlp, text: str, name: str, roles_: set) -> None:
    assert {m.role for m in find_mentions(nlp(text)) if m.type == "Person" and m.text == name} == roles_


@pytest.mark.parametrize(
    "text",
    ["Pak Su-min, the sister of the leader, said the south would pay.",
     "Ilona Marsh, the widow of the late president, attended the funeral."],
)
def test_mentions_kinship_apposition_gives_no_role_of_the_relative(nlp, text: str) -> None:
    assert {m.role for m in find_mentions(nlp(text)) if m.type == "Person"} == {None}


def names(nlp: spacy.Language, text: str) -> dict[str, str]:
    """Surface -> type of the mentions of ``text``."""
    return {m.text: m.type for m in find_mentions(nlp(text))}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Treasury also designated Borskaya Marine Services LLC, a shipping company based in Limassol.",
         "Borskaya Marine Services LLC"),
        ("The yacht is held through Zemblan Crest Investments Limited, a company registered offshore.",
         "Zemblan Crest Investments Limited"),
        ("Officials named Kirova Grain Holding JSC among the firms sanctioned on Monday.", "Kirova Grain Holding JSC"),
    ],
)
def test_mentions_company_with_a_legal_suffix_is_an_organization(nlp, text: str, company: str) -> None:
    found = names(nlp, text)
    assert found.get(company) == "Organization", found
    assert not any(t == "Person" and n in company for n, t in found.items()), found


@pytest.mark.parametrize(
    ("text", "vessel"),
    [
        ("Doe owns the 70-meter motor yacht SILVER HERON, registered in Malta.", "SILVER HERON"),
        ("The list names the tanker NORTHERN LARK and its owner.", "NORTHERN LARK"),
        ("3. Blue Marlin Star (IMO 9876543) Crude Oil Tanker; Panama flag.", "Blue Marlin Star"),
    ],
)
def test_mentions_vessel_is_an_organization(nlp, text: str, vessel: str) -> None:
    found = names(nlp, text)
    assert found.get(vessel) == "Organization", found
    assert "Person" not in {t for n, t in found.items() if n in vessel}, found


def test_mentions_vessel_name_recurs_without_its_cue(nlp) -> None:
    found = [m for m in find_mentions(nlp("He bought the yacht SILVER HERON in 2019. SILVER HERON left Genoa."))
             if m.text == "SILVER HERON"]
    assert len(found) == 2


def joint_org(nlp: spacy.Language, text: str, name: str):
    """The doc of ``text`` with ``name`` tagged as one ORG entity, as the model sometimes tags two coordinated firms."""
    doc = nlp(text)
    start = text.index(name)
    doc.ents = [doc.char_span(start, start + len(name), label="ORG")]
    return doc


@pytest.mark.parametrize(
    ("text", "joint", "parts"),
    [
        ("The ministry will sanction Lockwood Industries and Talmark Systems over the sale.",
         "Lockwood Industries and Talmark Systems", {"Lockwood Industries", "Talmark Systems"}),
        ("I can confirm that the firms include Northrop Dynamics and Kestrel Aerospace, the main contractors.",
         "Northrop Dynamics and Kestrel Aerospace", {"Northrop Dynamics", "Kestrel Aerospace"}),
    ],
)
def test_mentions_two_coordinated_companies_are_two(nlp, text: str, joint: str, parts: set[str]) -> None:
    found = {m.text: m.type for m in find_mentions(joint_org(nlp, text, joint))}
    assert found == {p: "Organization" for p in parts}


def test_mentions_one_name_with_and_stays_one(nlp) -> None:
    text = "Sanctions were imposed on the Zemblan Oil and Gas Enterprise last year."
    found = {m.text for m in find_mentions(joint_org(nlp, text, "Zemblan Oil and Gas Enterprise"))}
    assert found == {"Zemblan Oil and Gas Enterprise"}
