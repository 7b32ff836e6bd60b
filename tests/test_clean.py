"""Cleaning: page chrome removed, captions kept apart, title, byline and date found — on the seeds
and on small pages written for these tests (other names, places and dates than the seeds)."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from kg.clean import chrome, clean, lines, settle_dates
from kg.model import Article
from kg.settings import Settings

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
REFERENCE_2022 = date(2022, 3, 15)  # what a build passes: the median date of the batch's dated articles

PAGE = """Skip to content
Menu
Breaking News

Wednesday, March 4, 2020

Trade talks between Freedonia and Sylvania stall over steel quotas

By Ana LopesMay 7, 2019 9:15 am
Delegates arrive at the Harbour Hall in Porto Alto on May 6, 2019. (Ivo Mendes/Daily Ledger)

Negotiators from Freedonia and Sylvania ended a second round of trade talks in Porto Alto on Tuesday without agreement on steel quotas.

Delegates shake hands before the second session.
Delegates shake hands before the second session.

Trade Minister Olga Varga said the gap on quotas "remains wide" but that a third round would be held in June.

  • Sylvania wants the quotas lifted by the end of the year.
  • Freedonia wants a phased approach over three years.

Sign up for our free newsletter
Already a member? Sign in here

Tariffs Explained

The dispute began when Freedonia raised tariffs on rolled steel last autumn.

Editor's note: This story has been updated with new details.

Ana Lopes
Ana Lopes
Trade correspondent

Ana Lopes is a trade correspondent at the Daily Ledger. She covers ports and shipping.

Support independent journalism
Related Stories
Ferry strike enters second week
"""


def _clean(raw: str, **kw) -> object:
    return clean(Article(id="t", source="t.txt", raw=raw, **kw), reference=date(2019, 6, 1))


def test_clean_page_parts() -> None:
    c = _clean(PAGE)
    assert c.title == "Trade talks between Freedonia and Sylvania stall over steel quotas"
    assert c.byline == "Ana Lopes"
    assert (c.published, c.date_source) == (date(2019, 5, 7), "byline")  # not the 2020 header date
    assert c.captions == (
        "Delegates arrive at the Harbour Hall in Porto Alto on May 6, 2019.",
        "Delegates shake hands before the second session.",
    )
    assert c.body.split("\n\n") == [
        "Negotiators from Freedonia and Sylvania ended a second round of trade talks in Porto Alto on Tuesday "
        "without agreement on steel quotas.",
        'Trade Minister Olga Varga said the gap on quotas "remains wide" but that a third round would be held in June.',
        "Sylvania wants the quotas lifted by the end of the year.",
        "Freedonia wants a phased approach over three years.",
        "Tariffs Explained",
        "The dispute began when Freedonia raised tariffs on rolled steel last autumn.",
    ]


@pytest.mark.parametrize(
    ("raw", "title", "paragraphs"),
    [
        # a hard-wrapped plain-text article: blocks joined into paragraphs
        (
            "Ports reopen after week-long strike\n\n"
            "Dock workers in the northern port returned to work on Monday after a\n"
            "week-long strike over pay, the union said in a statement released late\n"
            "on Sunday evening.\n\n"
            "The union said talks would resume in the autumn.\n",
            "Ports reopen after week-long strike",
            2,
        ),
        # no headline-shaped first line: no title, the first line is body
        (
            "Dock workers in the northern port returned to work on Monday after a week-long strike over pay, "
            "the union said in a statement released late on Sunday evening after a long meeting.\n\n"
            "The union said talks would resume in the autumn.\n",
            None,
            2,
        ),
        # logos and section labels above the headline are page header
        ("Daily Ledger\nDaily Ledger\nBusiness\n\nPorts reopen after week-long strike\n\nThe union said so.\n",
         "Ports reopen after week-long strike", 1),
        # a footer marker ends the article; trailing name and role lines go
        ("Ports reopen after strike in the north\n\nThe union said so.\n\nJane Roe\nStaff writer\n\n"
         "Leave a Reply\nYour email address will not be published.\nGreat article!\n",
         "Ports reopen after strike in the north", 1),
    ],
)
def test_clean_paragraphs(raw: str, title: str | None, paragraphs: int) -> None:
    c = _clean(raw)
    assert c.title == title
    assert len(c.body.split("\n\n")) == paragraphs
    assert "Leave a Reply" not in c.body and "Jane Roe" not in c.body and "Daily Ledger" not in c.body


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Farmers block a road near the border, April 30, 2019.", "Farmers block a road near the border, April 30, 2019."),
        ("Farmers block a road near the border. Photo: Lea Berg/AFP via Getty Images",
         "Farmers block a road near the border."),
        ("Farmers block a road near the border (Lea Berg/Daily Ledger)", "Farmers block a road near the border"),
        ("Farmers block a road near the border. Reuters/Lea Berg", "Farmers block a road near the border."),
        ("Farmers block a road near the border - Lea Berg/Getty Images", "Farmers block a road near the border"),
        ("Farmers block a road near the border. [Lea Anne Berg, Daily Ledger]", "Farmers block a road near the border."),
    ],
)
def test_clean_captions(line: str, caption: str) -> None:
    c = _clean(f"Farmers protest new import rules in the capital\n\n{line}\n\nThe protest ended peacefully.\n")
    assert c.captions == (caption,)
    assert c.body == "The protest ended peacefully."


@pytest.mark.parametrize(
    "sentence",
    [
        "The accord was signed on April 30, 2019.",  # a preposition before the date: body text
        "The big picture: the accord changes little for farmers.",  # a label, not a credit
        "Officials said the data (and/or) the maps were wrong.",
        # a designation list's items end with a date of birth, as captions end with a date
        "2. Jane Ann Roe Doe, Commissioner, head of police in the Lakeside district; DOB 2 Nov 1966.",
        "Jan Erik Lind, adviser to the board of Harbour Bank, born 14 March 1971.",
        "(3) Omar Roe, deputy governor of the North Province; DOB: 21 Aug 1972.",
    ],
)
def test_clean_body_sentences_are_not_captions(sentence: str) -> None:
    c = _clean(f"Farmers protest new import rules in the capital\n\n{sentence}\n")
    assert c.body == sentence and c.captions == ()


def test_clean_metadata_beats_text() -> None:
    c = _clean("Talks open in the capital on Monday\n\nTalks opened on May 6, 2019.\n",
               title="Talks open", published=date(2019, 5, 8), date_source="metadata")
    assert (c.published, c.date_source, c.title) == (date(2019, 5, 8), "metadata", "Talks open")


@pytest.mark.parametrize("raw,expected", [
    # a date line between the byline and the body is the article's date, not a site header's
    ("DAILY WIRE\nHome | World News | U.S. News | Politics | Sports\n\nPeru and Chile hold talks on water rights\n\n"
     "By JANE ROE\nMarch 4, 2019\n\nLIMA (AP) — Peru and Chile held talks on Monday.\n\nThe talks will resume.\n",
     (date(2019, 3, 4), "byline")),
    ("NEWS\nHome | World | Business\nAmericas\n\nPeru and Chile hold talks on water rights\n\nBy Jane Roe\n"
     "Water correspondent\n\n4 March 2019\n\nImage caption: Farmers in Tacna, 1 May 2017. Image source: Getty\n\n"
     "Peru and Chile held talks on Monday.\n\nThe talks will resume.\n", (date(2019, 3, 4), "byline")),
    ("Peru and Chile hold talks on water rights\n\nPeru and Chile held talks on Monday.\n\n4 March 2019\n\n"
     "The talks will resume on 9 March 2019.\n", (None, "unknown")),  # amid the body: not the article's
    # under the byline, below a question standfirst ("… hold this time?"), or under a bracketed label line
    ("The Andes Review | Analysis\n\nFrom Arica to Lima: can the water deal hold this time?\n\n"
     "By Rosa Quispe, Senior Analyst\nMonday, 4 March 2019\n\nPeru and Chile held talks on Saturday, 2 March 2018 "
     "being the last round.\n\nThe talks will resume.\n", (date(2019, 3, 4), "byline")),
    ("Press Conference by the Minister of Foreign Affairs\n\n(Provisional translation)\n\nMonday, March 4, 2019 (PM)\n\n"
     "Ministry of Foreign Affairs of Norway\n\nMINISTER: Good afternoon. The talks of 2 March 2018 were useful.\n",
     (date(2019, 3, 4), "byline")),
    ("MINISTRY OF FOREIGN AFFAIRS\nDepartment Press Briefing\n\nAna Ruiz, Deputy Spokesperson\nOttawa, Ont.\n"
     "March 4, 2019\n2:14 p.m. EST\n\nMS RUIZ: Good afternoon. The talks of 2 March 2018 were useful.\n",
     (date(2019, 3, 4), "byline")),  # a place line closed by an abbreviation's point is no sentence
    ("Fishing talks end in Reykjavik\n\nWill the quota deal hold?\n\n4 March 2019\n\n"
     "Iceland and Norway ended talks on Monday after talks on 2 March 2018.\n", (date(2019, 3, 4), "byline")),
])
def test_clean_date_line_under_the_title(raw: str, expected: tuple) -> None:
    c = _clean(raw)
    assert (c.published, c.date_source) == expected


HTML = """<!doctype html><html><head><title>Ferry talks collapse | Harbour News</title>{head}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ferry talks collapse</h1><p class="byline">By Piet Claes</p>
<figure><img src="ferry.jpg"><figcaption>A ferry leaves the harbour at dawn.</figcaption></figure>
<p>Talks between the ferry operators and the port authority collapsed on Thursday after twelve hours of negotiation over fees.</p>
<p>The port authority said on Friday that it would ask the transport ministry to mediate in the dispute next week.</p>
<p>Sign up for our newsletter</p>
{time}</article><footer>Related Stories</footer></body></html>"""


@pytest.mark.parametrize(
    ("head", "time", "expected"),
    [
        ('<meta property="article:published_time" content="2019-05-10T08:00:00Z">', "", (date(2019, 5, 10), "html-meta")),
        ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage", "datePublished": "2019-01-01"},'
         ' {"@type": "NewsArticle", "datePublished": "2019-05-11T09:00:00+02:00"}]}</script>', "",
         (date(2019, 5, 11), "json-ld")),
        ("", '<time datetime="2019-05-12T10:00">12 May</time>', (date(2019, 5, 12), "html-meta")),
    ],
)
def test_clean_html(head: str, time: str, expected: tuple) -> None:
    raw = HTML.format(head=head, time=time)
    c = clean(Article(id="h", source="h.html", raw=raw, format="html"), reference=date(2019, 6, 1))
    assert (c.published, c.date_source) == expected
    assert c.title == "Ferry talks collapse"
    assert c.captions == ("A ferry leaves the harbour at dawn.",)
    assert c.body.startswith("Talks between the ferry operators")
    assert "\n\nThe port authority said on Friday" in c.body
    assert "Sign up" not in c.body and "Home" not in c.body


def test_clean_settle_dates_uses_batch_median() -> None:
    dated = [_clean(f"Talks open in the capital today\n\nTalks opened on May {d}, 2019.\n") for d in (6, 7, 8)]
    undated = clean(Article("u", "u.txt", "Talks resume in the capital\n\nTalks began on May 6. "
                                           "The envoy spoke on Wednesday.\n"), reference=date(2023, 1, 1))
    assert undated.published == date(2022, 5, 11)  # wrong year until the batch is known
    settled = settle_dates([*dated, undated], Settings())
    assert [a.published for a in settled] == [date(2019, 5, 6), date(2019, 5, 7), date(2019, 5, 8), date(2019, 5, 8)]
    assert settled[-1].date_source == "inferred"


def test_clean_chrome_patterns_compile_and_are_general() -> None:
    patterns = chrome()
    assert patterns.drop and patterns.end and patterns.credit and patterns.inline
    names = re.compile(r"peskov|zelensk|podol|kyiv|ukrain|russia|belarus|gomel|hunder|axios|inkl", re.I)
    text = (Path(__file__).resolve().parent.parent / "kg" / "data" / "chrome.txt").read_text(encoding="utf-8")
    assert not names.search(text)


def test_clean_lines_bullets_and_spaces() -> None:
    assert lines("• First point.\n\u00a0 ·  Second point.\n\n\n* Third\u200b point.\n") == [
        "First point.", "Second point.", "Third point."]


# --- the seeds -------------------------------------------------------------------------------------

SEED_EXPECTED = {
    "000": ("Ukraine, Russia Brace for 2nd Round of Peace Talks as Kyiv Demands Immediate Ceasefire",
            date(2022, 2, 28), "text", 1),
    "001": ("Russia Says No Breakthrough So Far in Peace Talks with Ukraine", date(2022, 3, 30), "text", 1),
    "002": ("Russia is ready to meet with Ukraine in Belarus for negotiations.", date(2022, 2, 27), "inferred", 0),
    "003": ("First round of Ukraine-Russia negotiations inconclusive as casualties pile up",
            date(2022, 2, 28), "byline", 1),
    "004": ("Third round of Ukraine peace talks ends with no major breakthroughs", date(2022, 3, 7), "inferred", 1),
}
CHROME_LINES = ["Sign up", "Our Picks", "Download the app", "Leave a Reply", "Accessibility links", "Skip to content",
                "is a business reporter at", "Breaking News", "Already a member", "Your email address",
                "Go deeper", "Editor's note", "Related Stories", "Support our reporting", "Getty Images",
                "Error! Hyperlink", "Independent journalism", "Start reading", "•"]


@pytest.fixture(scope="module")
def seeds() -> dict[str, object]:
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        article = Article(id=path.stem, source=str(path), raw=path.read_text(encoding="utf-8"))
        out[path.name[:3]] = clean(article, reference=REFERENCE_2022)
    return out


@pytest.mark.parametrize("seed", sorted(SEED_EXPECTED))
def test_clean_seed_title_date_captions(seeds: dict, seed: str) -> None:
    title, published, source, captions = SEED_EXPECTED[seed]
    c = seeds[seed]
    assert (c.title, c.published, c.date_source, len(c.captions)) == (title, published, source, captions)


@pytest.mark.parametrize("seed", sorted(SEED_EXPECTED))
def test_clean_seed_chrome_removed(seeds: dict, seed: str) -> None:
    body = seeds[seed].body
    assert [s for s in CHROME_LINES if s in body] == []
    assert "\n\n\n" not in body and body == body.strip()
    for caption in seeds[seed].captions:
        assert caption not in body


@pytest.mark.parametrize(
    ("seed", "paragraph"),
    [
        ("000", "Kremlin spokesman Dmitry Peskov told reporters Monday that the EU was engaging in hostile behavior"),
        ("000", "Some information for this report came from The Associated Press"),
        ("001", "Russia said Wednesday there is still no sign of a breakthrough in peace talks with Ukraine."),
        ("002", "A Russian delegation landed in Belarus on Sunday"),
        ("002", "However, there had been a “lack of momentum over the last 24 hours,”"),
        ("003", "After five brutal days of fighting, the first round of talks"),
        ("003", "According to a new poll by the Rating Group, Zelensky has a 91% approval rating"),
        ("004", "Ukraine on Monday criticized the Kremlin's announcement"),
        ("004", "The official said the Pentagon can confirm reports"),
        ("004", "The big picture: Just prior to the third round of talks"),
        ("004", "Zoom out: The United Nations' International Court of Justice"),
    ],
)
def test_clean_seed_paragraphs_kept(seeds: dict, seed: str, paragraph: str) -> None:
    assert any(p.startswith(paragraph) for p in seeds[seed].body.split("\n\n"))


def test_clean_seed_byline(seeds: dict) -> None:
    assert seeds["003"].byline == "Max Hunder"
    assert "Max Hunder" not in seeds["003"].body


@pytest.mark.parametrize("nav", [
    "Home | World | Business | Markets | Tech | Opinion | Search",
    "Home › Politics › Region › Economy",
    "≡ Menu | Europe | Asia | World | Newsletters | Log in",
    "Menu ▾   Latest   Americas   Europe   Podcasts   Search",
    "Africa Report | News | Analysis | Podcasts | Subscribe",
])
def test_clean_navigation_bars_are_not_titles(nav: str) -> None:
    headline = "Chile and Bolivia resume border talks in La Paz"
    raw = f"{nav}\n\n{headline}\n\nLA PAZ, April 2, 2018 — Chile and Bolivia resumed talks on Monday, officials said.\n"
    c = clean(Article("x", "x.txt", raw))
    assert c.title == headline
    assert nav not in c.body and headline not in c.body


@pytest.mark.parametrize("sentence", [
    "Talks in Geneva | the second round | ended without a deal, officials said on Friday.",
    "The ministers met in Brussels, Paris and Rome over three days.",
])
def test_clean_sentences_with_separators_are_kept(sentence: str) -> None:
    raw = f"Ministers meet again after a year of stalled negotiations\n\n{sentence}\n"
    assert sentence in clean(Article("x", "x.txt", raw)).body


@pytest.mark.parametrize(
    "h1",
    [
        "Ferry talks collapse",  # the page's title line itself
        "Ferry talks collapse over harbour fees in the north",  # an <h1> that says more than the short title
    ],
)
def test_clean_html_longer_headline_is_the_title_not_body(h1: str) -> None:
    raw = HTML.format(head='<meta property="og:title" content="Ferry talks collapse">', time="").replace(
        "<h1>Ferry talks collapse</h1>", f"<h1>{h1}</h1>")
    c = clean(Article(id="h", source="h.html", raw=raw, format="html"), reference=date(2019, 6, 1))
    assert c.body.startswith("Talks between the ferry operators")


@pytest.mark.parametrize(
    ("raw", "byline", "gone"),
    [
        # bylines that name where each author filed from
        ("Harbour talks resume after a long pause in the north\n\nBy Ines Kalu in Lagos and Tomas Brandt in Accra\n\n"
         "Negotiators met on Monday.\n\nInes Kalu is a West Africa correspondent for the Daily Ledger. "
         "Tomas Brandt covers shipping from Accra.\n", "Ines Kalu and Tomas Brandt", ("Kalu", "Brandt")),
        # an author box that starts with one of the byline's names ends the article
        ("Harbour talks resume after a long pause in the north\n\nBy Ines Kalu and Tomas Brandt\n\n"
         "Negotiators met on Monday.\n\nTomas Brandt covers shipping and ports from Accra.\n",
         "Ines Kalu and Tomas Brandt", ("Brandt",)),
        # a byline after a standfirst
        ("Harbour talks resume after a long pause in the north\n\nA week of talks, and the dockers who cannot wait.\n\n"
         "By Ines Kalu | Published: 09:00 AM, May 7, 2019\n\nNegotiators met on Monday.\n", "Ines Kalu", ("Kalu",)),
        # a writer's desk with its subject after the name, and the author box that repeats it
        ("Harbour talks resume after a long pause in the north\n\nBy Ines Kalu, Senior Fellow for West Africa\n\n"
         "Negotiators met on Monday.\n\nInes Kalu is a senior fellow at the Harbour Institute.\n", "Ines Kalu",
         ("Kalu",)),
        ("Harbour talks resume after a long pause in the north\n\nBy Tomas Brandt, Research Fellow on Maritime "
         "Security\n\nNegotiators met on Monday.\n", "Tomas Brandt", ("Brandt",)),
    ],
)
def test_clean_bylines_and_author_boxes(raw: str, byline: str, gone: tuple[str, ...]) -> None:
    c = _clean(raw)
    assert c.byline == byline
    assert "Negotiators met on Monday." in c.body
    assert not any(name in c.body for name in gone)


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Ines Kalu; Editing by Tomas Brandt)",
        "Reporting by Ines Kalu; editing by Tomas Brandt",
        "Additional reporting by Ines Kalu in Accra",
        "Ines Kalu contributed reporting from Accra.",
        "Ines Kalu is a shipping correspondent for the Daily Ledger.",
    ],
)
def test_clean_wire_credits_dropped(line: str) -> None:
    c = _clean(f"Harbour talks resume after a long pause in the north\n\nNegotiators met on Monday.\n\n{line}\n\n"
               "The talks resume in June.\n")
    assert "Kalu" not in c.body and "The talks resume in June." in c.body


def test_clean_related_header_ends_article() -> None:
    c = _clean("Harbour talks resume after a long pause in the north\n\nNegotiators met on Monday.\n\nRelated\n"
               "• Explainer: What is at stake in the port talks?\n")
    assert c.body == "Negotiators met on Monday."


def test_clean_agency_photo_credit_makes_a_caption() -> None:
    c = _clean("Harbour talks resume after a long pause in the north\n\nDockers march in the port on May 6, 2019. "
               "AFP PHOTO / Ines Kalu\n\nNegotiators met on Monday.\n")
    assert c.body == "Negotiators met on Monday."
    assert c.captions == ("Dockers march in the port on May 6, 2019.",)


@pytest.mark.parametrize("raw,expected", [
    # a pipe-separated meta line under the title carries the article's date
    ("Home | World | Business | Sport\n\nPeru and Chile hold talks on water rights\n\n"
     "Source: Andes Wire | 2019-03-04 18:20:11 | Editor: kl\n\nPeru and Chile held talks on Monday.\n\n"
     "The talks will resume.\n", (date(2019, 3, 4), "byline")),
    ("Home | World | Business | Sport\n\nPeru and Chile hold talks on water rights\n\n"
     "The neighbours met for the first time in a decade.\n\nJane Roe | Lima | Andes Wire | September 4, 2018\n\n"
     "Peru and Chile held talks on Monday.\n\nThe talks will resume.\n", (date(2018, 9, 4), "byline")),
    # above the title, "Outlet | Section | date" dates the article, even against an older full date in the text
    ("THE HARBOUR POST | Region | Friday, 14 June 2019\n\nPeru and Chile hold talks on water rights\n\n"
     "Peru and Chile held talks on Monday, their first since March 2, 2017.\n\nThe talks will resume.\n",
     (date(2019, 6, 14), "byline")),
    # a longer bar of cells is a menu: its date is a header date, which loses to a much older date in the text
    ("Home | World | Business | Sport | Friday, 14 June 2019\n\nPeru and Chile hold talks on water rights\n\n"
     "Peru and Chile held talks on March 2, 2017.\n\nThe talks will resume.\n", (date(2017, 3, 2), "text")),
])
def test_clean_date_in_a_pipe_separated_meta_line(raw: str, expected: tuple) -> None:
    c = _clean(raw)
    assert (c.published, c.date_source) == expected
    assert not any("|" in p for p in c.body.split("\n\n"))



def test_clean_file_name_date_when_the_text_has_no_year() -> None:
    """A year-less day-first dateline takes its year from the date in the file name, not a batch guess;
    a full date in the text still beats the file name."""
    raw = "Second round of border talks ends without a deal\n\nKafue, 3 Mar (ZNA) - The second round ended on Monday. It resumes on 30 March."
    c = clean(Article(id="z", source="in/2017-03-04_kafue.txt", raw=raw), reference=date(2010, 1, 1))
    assert (c.published, c.date_source) == (date(2017, 3, 3), "filename")
    c = clean(Article(id="z", source="in/2017-03-04_kafue.txt", raw="Second round of border talks ends without a deal\n\nThe round ended on Monday."))
    assert (c.published, c.date_source) == (date(2017, 3, 4), "filename")
    raw = "Second round of border talks ends without a deal\n\nKAFUE, March 2, 2016 - The round ended on Monday."
    c = clean(Article(id="z", source="in/2017-03-04_kafue.txt", raw=raw))
    assert (c.published, c.date_source) == (date(2016, 3, 2), "dateline")


def test_clean_archive_export_fields() -> None:
    """A LexisNexis-style export: the labelled fields give byline and date, the load date and the other
    fields are dropped, and the date line's trailing weekday does not hide it."""
    raw = ("Agencia Sur -- English\nMarch 4, 2016 Friday 9:02 AM GMT\n\n"
           "Border commission ends its third session without a deal\n\nBYLINE: Tomas Varga\n\nSECTION: World\n\n"
           "LENGTH: 310 words\n\nDATELINE: KAFUE, Zambia, Mar 4 2016\n\n"
           "The border commission of Zambia and Malawi ended its third session on Friday without a deal.\n\n"
           "LOAD-DATE: March 9, 2016\n\nLANGUAGE: ENGLISH")
    c = clean(Article(id="x", source="x.txt", raw=raw), reference=date(2010, 1, 1))
    assert (c.published, c.byline) == (date(2016, 3, 4), "Tomas Varga")
    assert "LOAD-DATE" not in c.body and "SECTION" not in c.body and "LENGTH" not in c.body
    assert "ended its third session on Friday" in c.body


def test_clean_numeric_dateline_and_a_sentence_is_not_a_title() -> None:
    raw = ("The portal of the Lusaka government\n\n"
           "The following is the text of today's statement by Mary Banda, Spokesperson for the Ministry.\n\n"
           "Lusaka, 20.01.2015 - At its meeting today, the cabinet adopted measures. They enter into force on "
           "22 January 2015.")
    c = clean(Article(id="x", source="x.txt", raw=raw), reference=date(2010, 1, 1))
    assert (c.published, c.date_source) == (date(2015, 1, 20), "dateline")
    assert "statement by Mary Banda, Spokesperson" in c.body


@pytest.mark.parametrize("raw,expected", [
    # a wire filing stamp closing the story ("AFP 041932 GMT DEC 96") is the only year: it dates the dateline
    ("Border talks end with a ceasefire in Kafue\n\nKAFUE, Mar 3 (ZNA) - Zambia and Malawi signed a ceasefire on "
     "Monday after three days of talks.\n\nThe accord takes effect on March 15.\n\nab/cd/ef\n\nZNA 031415 GMT MAR 97",
     (date(1997, 3, 3), "dateline")),
    ("Harbour strike talks resume in Porto Alto\n\nPORTO ALTO, Jan 31 (Harbour Wire) - Dockers and port owners "
     "resumed talks on Friday.\n\nHarbour Wire 311200 UTC Jan 2003", (date(2003, 1, 31), "dateline")),
])
def test_clean_wire_filing_stamp_gives_the_year(raw: str, expected: tuple) -> None:
    c = clean(Article(id="w", source="w.txt", raw=raw), reference=date(2015, 6, 1))
    assert (c.published, c.date_source) == expected
    assert "GMT" not in c.body and "UTC" not in c.body


@pytest.mark.parametrize("raw,expected", [
    # an update stamp a few hours after the story: the dateline's day is the story's date
    ("LAKESIDE NEWS WIRE\nUpdated: 08 May 2019, 01:10 GMT\n\nFerry talks collapse in Porto Alto\n\n"
     "PORTO ALTO, May 7 (LNW) - Talks between ferry operators and the port collapsed on Tuesday.\n",
     (date(2019, 5, 7), "dateline")),
    ("Ferry talks collapse in Porto Alto\n\nKafue, 11 Sep (ZNA) - Talks between ferry operators and the port "
     "collapsed late on Tuesday night.\n\nLast updated 12.09.2018, 09:00\n", (date(2018, 9, 11), "dateline")),
])
def test_clean_update_stamp_does_not_beat_the_dateline(raw: str, expected: tuple) -> None:
    c = clean(Article(id="u", source="u.txt", raw=raw), reference=date(2015, 6, 1))
    assert (c.published, c.date_source) == expected


@pytest.mark.parametrize("header", [
    "WORLD NEWS JULY 2, 2019 / 3:47 PM / UPDATED",
    "ASIA PACIFIC   2 JULY 2019   09:12 GMT",
])
def test_clean_capitals_label_line_dates_the_dateline(header: str) -> None:
    """A section label line in capitals above the title carries the year of a year-less dateline; it is
    not the title."""
    raw = (f"{header}\n\nFerry operators and port to resume talks on Wednesday\n\n"
           "PORTO ALTO, July 2 (Harbour Wire) - Ferry operators and the port authority will resume talks on "
           "Wednesday, mediators said on Tuesday.\n")
    c = clean(Article(id="l", source="l.txt", raw=raw), reference=date(2010, 1, 1))
    assert (c.published, c.date_source) == (date(2019, 7, 2), "dateline")
    assert c.title == "Ferry operators and port to resume talks on Wednesday"


@pytest.mark.parametrize("footer,year", [
    ("(c) 2008 Lakeside Press Service. All rights reserved.", 2008),
    ("Copyright 1999-2004 The Kafue Herald", 2004),
    ("(c) Harbour Wire Service 2011", 2011),
])
def test_clean_copyright_year_dates_a_yearless_dateline(footer: str, year: int) -> None:
    raw = ("Ferry talks collapse in Porto Alto\n\nPORTO ALTO, Feb 6 (LPS) - Talks between ferry operators and "
           f"the port collapsed on Wednesday.\n\nThe port said it would appeal.\n\n{footer}\n")
    c = clean(Article(id="c", source="c.txt", raw=raw), reference=date(2020, 6, 1))
    assert (c.published, c.date_source) == (date(year, 2, 6), "dateline")
    assert "rights" not in c.body and "Herald" not in c.body and "Service" not in c.body


@pytest.mark.parametrize("dateline,footer,expected", [
    # an archive export's labelled dateline gives the day, the copyright trailer the year
    ("DATELINE: PORTO ALTO, Sept 19", "(c) 2014 Harbour Wire", date(2014, 9, 19)),
    ("DATELINE: Kafue, March 3", "Copyright 2009 Lakeside Press Service", date(2009, 3, 3)),
    ("DATELINE: PORTO ALTO, Dec. 30", "(c) Harbour Wire Service 2011", date(2011, 12, 30)),
])
def test_clean_labelled_dateline_takes_the_copyright_year(dateline: str, footer: str, expected: date) -> None:
    raw = ("Harbour Wire -- English\n\nFerry operators agree buffer zone\n\nBYLINE: Jane Roe\n\n"
           f"{dateline}\n\nFerry operators and the port authority agreed late Friday to share the quay, "
           f"negotiators said after talks in the capital.\n\nThe port said it would appeal.\n\n{footer}\n")
    c = clean(Article(id="d", source="d.txt", raw=raw), reference=date(2026, 6, 1))
    assert (c.published, c.date_source) == (expected, "byline")


@pytest.mark.parametrize("meta,dateline,expected", [
    ("2019-05-11T00:20:00Z", "PORTO ALTO, May 10 (Harbour Wire) -", date(2019, 5, 10)),  # stamped after midnight
    ("2019-05-12T08:00:00+02:00", "Kafue, 10 May 2019 -", date(2019, 5, 10)),
    ("2019-05-10T08:00:00+02:00", "PORTO ALTO, May 12 (Harbour Wire) -", date(2019, 5, 10)),  # not before the meta
])
def test_clean_html_dateline_beats_a_later_meta_stamp(meta: str, dateline: str, expected: date) -> None:
    head = f'<meta property="article:published_time" content="{meta}">'
    raw = HTML.format(head=head, time="").replace("<p>Talks between", f"<p>{dateline} Talks between")
    c = clean(Article(id="h", source="h.html", raw=raw, format="html"), reference=date(2015, 6, 1))
    assert c.published == expected


@pytest.mark.parametrize("label", ["Q:", "Question:"])
def test_clean_transcript_question_label_removed(label: str) -> None:
    """A transcript's question label is markup, not a word of the question (the parse took it for a name)."""
    raw = (f"Regular press briefing of the Nordland Foreign Ministry\n\n{label} Defence Ministry spokesman Ivan "
           "Petrov said on Wednesday that the army was ready. What is your response?\n\nA: We have no comment.\n")
    c = clean(Article(id="q", source="q.txt", raw=raw), reference=date(2019, 7, 12))
    assert c.body.startswith("Defence Ministry spokesman Ivan Petrov said on Wednesday")
    assert "\n\nA: We have no comment." in c.body


@pytest.mark.parametrize("trailer,expected", [
    ("May 6, 2023", date(2023, 5, 6)),
    ("14 November 2009", date(2009, 11, 14)),
])
def test_clean_date_line_below_the_story_dates_it(trailer: str, expected: date) -> None:
    """An archive copy prints the date below the story ("JEDDAH, Saudi Arabia (AP) —" above carries none)."""
    raw = ("Ferry talks resume in Porto Alto\n\nPORTO ALTO, Freedonia (AP) — Ferry operators and the port authority "
           "resumed talks on Saturday, mediators said.\n\nThe port said it would make a new offer.\n\n"
           f"{trailer}\n")
    c = clean(Article(id="t", source="t.txt", raw=raw), reference=date(2015, 6, 1))
    assert (c.published, c.date_source) == (expected, "dateline")


def test_clean_date_line_below_the_story_does_not_beat_the_dateline() -> None:
    raw = ("Ferry talks resume in Porto Alto\n\nPORTO ALTO, March 3, 2011 (Harbour Wire) - Ferry operators and the "
           "port resumed talks on Thursday.\n\nThe port said it would make a new offer.\n\nMarch 9, 2011\n")
    c = clean(Article(id="t", source="t.txt", raw=raw), reference=date(2015, 6, 1))
    assert c.published == date(2011, 3, 3)


@pytest.mark.parametrize("heads", [
    "U.S. DEPARTMENT OF THE TREASURY\nOffice of Public Affairs\n\nPRESS RELEASES\n\n",
    "MINISTRY OF FOREIGN AFFAIRS OF FREEDONIA\nPress and Information Department\n\nNEWS\n\n",
])
def test_clean_date_line_under_a_government_pages_headings(heads: str) -> None:
    """A release's own date line under the department's heading lines and its headline dates it, not a past date
    the release recalls."""
    raw = (f"{heads}Ministry designates port operators\n\nSeptember 17, 2020\n\nPORTO ALTO - Today, the ministry "
           "designated two port operators, whom it had warned on July 9, 2020.\n\nThe designations take effect "
           "at once.\n")
    c = clean(Article(id="g", source="g.txt", raw=raw), reference=date(2015, 6, 1))
    assert c.published == date(2020, 9, 17)


@pytest.mark.parametrize("header, expected", [
    ("The Lakeside Herald - Thursday, October 9, 2003 - World", date(2003, 10, 9)),
    ("Kafue Times — 14 March 2011 — Politics", date(2011, 3, 14)),
])
def test_clean_dashed_header_line_dates_the_article(header: str, expected: date) -> None:
    """A newspaper's header line with spaced dashes between outlet, date and section dates the article."""
    raw = (f"{header}\n\nFerry talks resume in Porto Alto\n\nFerry operators and the port authority resumed talks "
           "on Wednesday, mediators said.\n\nThe port said it would make a new offer.\n")
    c = clean(Article(id="h", source="h.txt", raw=raw), reference=date(2015, 6, 1))
    assert c.published == expected


@pytest.mark.parametrize("header", ["The Hon. Jane Okafor MP", "Senator the Hon Lars Eriksen", "Hon Mele Taufa MLA"])
def test_clean_minister_heading_a_release_is_body_not_title(header: str) -> None:
    """A media release headed by its minister's styled name: the name stays in the body (the entity reader finds
    the minister there) and the headline below it is the title."""
    c = _clean(f"MEDIA RELEASE\n\n{header}\nMinister for Trade\n\nFiji and Tonga sign a new fisheries accord\n\n"
               "4 March 2019\n\nFiji and Tonga signed a fisheries accord in Suva today.\n")
    assert header in c.body and c.title != header


@pytest.mark.parametrize("dateline, weekday, background, footer, expected", [
    # the lead's weekday fits the copyright year, not the year of a background date in the body
    ("GENEVA, June 16 (Harbour Wire) -", "Wednesday", "since their meeting in Porto Alto on July 16, 2018",
     "(c) 2021 Harbour Wire", date(2021, 6, 16)),
    ("KAFUE, March 3 (LPS) -", "Tuesday", "the first since the accord of May 2, 2011", "(c) 2015 Lakeside Press Service",
     date(2015, 3, 3)),
])
def test_clean_yearless_dateline_year_by_the_leads_weekday(dateline: str, weekday: str, background: str, footer: str,
                                                           expected: date) -> None:
    raw = (f"Ferry talks resume\n\n{dateline} Ferry operators and the port agreed on {weekday} to resume talks, "
           f"{background}.\n\nThe port said it would appeal.\n\n{footer}\n")
    c = clean(Article(id="w", source="w.txt", raw=raw), reference=date(2026, 6, 1))
    assert (c.published, c.date_source) == (expected, "dateline")


def test_clean_yearless_dateline_keeps_the_body_year_when_the_weekday_fits_it() -> None:
    """A stale footer year ("(c) 2026") gives way when the lead's weekday fits the body's year, not the footer's."""
    raw = ("Ferry talks resume\n\nGENEVA, June 16 (Harbour Wire) - Ferry operators agreed on Saturday to resume talks "
           "first held in Porto Alto on May 2, 2018.\n\nThe port said it would appeal.\n\n(c) 2026 Harbour Wire\n")
    c = clean(Article(id="x", source="x.txt", raw=raw), reference=date(2026, 6, 1))
    assert c.published == date(2018, 6, 16)


@pytest.mark.parametrize("title, expected", [
    ("Foreign Ministry Spokesperson Jane Roe's Regular Press Conference on February 27, 2023", date(2023, 2, 27)),
    ("Transcript of the press briefing by the spokesperson, 4 May 2021", date(2021, 5, 4)),
])
def test_clean_transcript_dated_by_its_title(title: str, expected: date) -> None:
    """A transcript whose only full date is in its title line is dated by it."""
    raw = (f"{title}\n\nJane Roe: Good afternoon. I have no announcements today.\n\nQuestion: Will the talks go on "
           "next week?\n\nJane Roe: The two sides met last Tuesday and will meet again.\n")
    c = clean(Article(id="y", source="y.txt", raw=raw), reference=date(2026, 6, 1))
    assert (c.published, c.date_source) == (expected, "text")
