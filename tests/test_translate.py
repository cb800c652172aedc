"""Translation: protection, packing, cache, faults and `add_english`, over real HTTP on 127.0.0.1.

Every request goes through the real deep-translator client to `tests/libre_server.py`.
"""

from __future__ import annotations

import hashlib
import math
import re
import socket
import time

import pytest

from pipeline.english.summary import english_numbers, summary_en
from pipeline.schema import (
    Article,
    ArticleResult,
    Claim,
    Demand,
    Entity,
    PipelineInfo,
    Quote,
    Span,
)
from pipeline.translate import add_english, make_translator
from pipeline.translate.cache import Cache, default_cache_path
from pipeline.translate.engines import make_engine
from pipeline.translate.fields import term_english
from pipeline.translate.protect import Protector, tokens_survive
from pipeline.translate.translator import MAX_BACKOFF, Translator
from tests.libre_server import LibreServer

TIMEOUT = 1.0


@pytest.fixture
def server():
    with LibreServer() as running:
        yield running


def translator(url: str, cache: Cache | None = None, attempts: int = 3, timeout: float = TIMEOUT):
    return Translator(make_engine("libre", url, timeout), cache, attempts=attempts, backoff=0.01)


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


# --- protection -------------------------------------------------------------------------------

MASK_ROWS = [
    ("numbers", "Het ging om 1.300 meisjes en 12,5% van de groep.", [], {"1.300", "12,5%"}),
    (
        "name",
        "Volgens Anna de Vries-Bakker groeit het tekort.",
        ["Anna de Vries-Bakker"],
        {"Anna de Vries-Bakker"},
    ),
    (
        "termbase",
        "De staatssecretaris schreef de Tweede Kamer een brief.",
        [],
        {"State Secretary", "House of Representatives"},
    ),
    (
        "ministry",
        "Minister Jansen van Justitie en Veiligheid reageert.",
        ["Jansen"],
        {"Minister", "Jansen", "Justice and Security"},
    ),
    ("quoted name", "Het project ‘Samen Sterk’ loopt door.", [], {"Samen Sterk"}),
    (
        "hyphenated name with tussenvoegsels",
        "Volgens Jan-Willem van der Linden-Bos stijgt het aantal.",
        ["Jan-Willem van der Linden-Bos", "Van der Linden-Bos"],
        {"Jan-Willem van der Linden-Bos"},
    ),
    (
        "surname with capitalised tussenvoegsel",
        "Van der Linden-Bos zegt dat het tekort oploopt.",
        ["Jan-Willem van der Linden-Bos", "Van der Linden-Bos"],
        {"Van der Linden-Bos"},
    ),
    (
        "euro amount",
        "Het tekort loopt op tot €4,5 miljoen, zegt Ayşe de Jong.",
        ["Ayşe de Jong"],
        {"4,5", "Ayşe de Jong"},
    ),
    ("euro sign apart", "Het kost € 1.250 per jaar.", [], {"1.250"}),
    (
        "range with percent",
        "De huur stijgt met 2 tot 3% en soms 4,5 procent.",
        [],
        {"2", "3%", "4,5"},
    ),
    ("range with à", "Er komen 5.000 à 7.500 asielzoekers per jaar.", [], {"5.000", "7.500"}),
    (
        "longest wins",
        "De Tweede Kamer der Staten-Generaal stemde.",
        ["Kamer"],
        {"House of Representatives"},
    ),
]


@pytest.mark.parametrize(
    ("sentence", "names", "protected"),
    [row[1:] for row in MASK_ROWS],
    ids=[row[0] for row in MASK_ROWS],
)
def test_mask_protects_and_restores(sentence, names, protected):
    masked = Protector(names, term_english()).mask(sentence)
    assert set(masked.restore.values()) == protected, (sentence, masked)
    for english in protected:
        assert english not in masked.text or english in sentence
    restored = masked.unmask(masked.text)
    for english in protected:
        assert english in restored, (sentence, restored)


MT_ROWS = [
    ("names, terms and numbers",
     "De staatssecretaris van Justitie en Veiligheid zegt dat 12,5% van de 1.300 meisjes "
     "slachtoffer is, aldus Jan-Willem van der Linden-Bos.", ["Jan-Willem van der Linden-Bos"],
     ["State Secretary", "Justice and Security", "12,5%", "1.300", "Jan-Willem van der Linden-Bos"]),
    ("surname alone and a range", "Van der Linden-Bos verwacht 5.000 à 7.500 asielzoekers.",
     ["Jan-Willem van der Linden-Bos", "Van der Linden-Bos"],
     ["Van der Linden-Bos", "5.000", "7.500"]),
    ("percent range and euro amount",
     "De huur stijgt met 2 tot 3%, een tekort van €4,5 miljoen volgens de Tweede Kamer.", [],
     ["2 to 3%", "€4,5", "House of Representatives"]),
    ("percentage points and age", "Ruim 40 procent van de 75-plussers woont alleen, 2,5 "
     "procentpunt meer dan in 2019.", [], ["40 percent", "75-", "2,5", "2019"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "names", "expected"), [r[1:] for r in MT_ROWS], ids=[r[0] for r in MT_ROWS]
)
def test_protection_survives_mt(server, sentence, names, expected):
    """Masked sentence → real deep-translator client → server → unmask: names and numbers intact."""
    masked = Protector(names, term_english()).mask(sentence)
    english = translator(server.url).translate_all([masked.text])[masked.text]
    assert english is not None and tokens_survive(masked.text, english), (sentence, english)
    restored = masked.unmask(english)
    for part in expected:
        assert part in restored, (part, sentence, restored)


SURVIVE_ROWS = [
    ("intact", "ZQAQZ zegt ZQBQZ", "ZQAQZ says ZQBQZ", True),
    ("case changed", "ZQAQZ zegt", "Zqaqz says", True),
    ("lost", "ZQAQZ zegt ZQBQZ", "ZQAQZ says", False),
    ("doubled", "ZQAQZ zegt", "ZQAQZ ZQAQZ says", False),
    ("invented", "zegt", "ZQCQZ says", False),
]


@pytest.mark.parametrize(
    ("masked", "translated", "expected"),
    [row[1:] for row in SURVIVE_ROWS],
    ids=[row[0] for row in SURVIVE_ROWS],
)
def test_tokens_survive(masked, translated, expected):
    assert tokens_survive(masked, translated) is expected, (masked, translated)


# --- engine, packing, cache -------------------------------------------------------------------


def test_libre_accepts_dutch_and_sends_no_dummy_key(server):
    """deep-translator 1.11.4's LibreTranslator refuses "nl"; our adapter still sends nl→en."""
    assert translator(server.url).translate_all(["De kinderen zijn er."]) == {
        "De kinderen zijn er.": "The children are there."
    }
    assert server.received[0]["source"] == "nl"
    assert server.received[0]["target"] == "en"
    assert "api_key" not in server.received[0]


def test_libre_key_from_environment(server, monkeypatch):
    monkeypatch.setenv("LIBRE_API_KEY", "secret-key")
    translator(server.url).translate_all(["de school"])
    assert server.received[0]["api_key"] == "secret-key"


def test_segments_are_packed_under_the_limit(server):
    segments = [f"De {i}e school van de gemeente heeft meer leerlingen. " * 6 for i in range(40)]
    mt = translator(server.url)
    out = mt.translate_all(segments + segments[:5])
    total = sum(len(s) for s in segments)
    assert all(out[s] is not None for s in segments)
    assert mt.stats.segments == len(segments)
    assert server.requests <= math.ceil(total / 4500) + 1, (server.requests, total)
    assert max(len(r["q"]) for r in server.received) < 5000


def test_long_segment_is_split_and_rejoined(server):
    long = " ".join(f"De {i} kinderen zijn er nog niet." for i in range(400))
    out = translator(server.url).translate_all([long])[long]
    assert out == " ".join(f"The {i} children are there still not." for i in range(400))
    assert server.requests >= math.ceil(len(long) / 4500)


def test_garbled_pack_falls_back_per_segment(server):
    server.mangle = True
    texts = ["ZQAQZ zegt dat de school", "ZQAQZ en ZQBQZ"]
    out = translator(server.url).translate_all(texts)
    assert out == {texts[0]: "ZQAQZ says that the school", texts[1]: "ZQAQZ and ZQBQZ"}
    assert server.requests == 2, "only the segment that lost a token is sent again"


def test_cache_makes_second_run_free(server, tmp_path):
    texts = ["De politie zegt dat het rapport klopt.", "Het jaar van de kinderen."]
    first = translator(server.url, Cache(tmp_path / "c.sqlite"))
    expected = first.translate_all(texts)
    sent = server.requests
    again = translator(server.url, Cache(tmp_path / "c.sqlite"))
    assert again.translate_all(texts) == expected
    assert server.requests == sent
    assert (again.stats.requests, again.stats.cache_hits) == (0, len(texts))


def test_cache_entries_of_one_server_are_not_served_for_another(tmp_path):
    texts = ["De politie zegt dat het rapport klopt."]
    with LibreServer() as first, LibreServer() as second:
        translator(first.url, Cache(tmp_path / "c.sqlite")).translate_all(texts)
        other = translator(second.url, Cache(tmp_path / "c.sqlite"))
        other.translate_all(texts)
        assert (second.requests, other.stats.cache_hits) == (1, 0)


def test_default_cache_path(monkeypatch, tmp_path):
    monkeypatch.setenv("PIPELINE_CACHE", str(tmp_path / "x.sqlite"))
    assert default_cache_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv("PIPELINE_CACHE")
    assert default_cache_path().name == "translations.sqlite"


FAULT_ROWS = [
    # id, server settings, state, requests (with 3 attempts), translated
    ("429 twice then ok", {"statuses": [429, 429]}, "ok", 3, True),
    ("503 once then ok", {"statuses": [503]}, "ok", 2, True),
    ("always 500", {"always": 500}, "failed", 3, False),
    ("empty body", {"empty": True}, "failed", 3, False),
    ("400 is not retried", {"always": 400}, "failed", 1, False),
]


@pytest.mark.parametrize(
    ("settings", "state", "requests", "translated"),
    [row[1:] for row in FAULT_ROWS],
    ids=[row[0] for row in FAULT_ROWS],
)
def test_faults_are_retried_and_bounded(server, settings, state, requests, translated):
    for key, value in settings.items():
        setattr(server, key, list(value) if isinstance(value, list) else value)
    mt = translator(server.url)
    out = mt.translate_all(["De kinderen."])
    assert (mt.state, server.requests, out["De kinderen."] is not None) == (
        state,
        requests,
        translated,
    ), settings
    if state == "failed":
        mt.translate_all(["Nog meer kinderen."])
        assert server.requests == requests, "a failed service gets no more requests this run"


def test_silent_server_ends_within_timeout_times_attempts(server):
    server.delay = 30
    mt = translator(server.url, attempts=3, timeout=0.3)
    started = time.monotonic()
    assert mt.translate_all(["De kinderen."]) == {"De kinderen.": None}
    elapsed = time.monotonic() - started
    assert mt.state == "failed"
    assert elapsed < 0.3 * 3 + 3 * 0.05 + 1.0, elapsed


def test_no_connection_is_offline_said_once(capsys):
    mt = translator(closed_port_url())
    assert mt.translate_all(["De kinderen."]) == {"De kinderen.": None}
    mt.translate_all(["De school."])
    assert mt.state == "offline"
    assert mt.stats.requests == 1
    assert capsys.readouterr().err.count("unreachable") == 1


def test_make_translator_none_and_unknown(tmp_path):
    assert make_translator("none", None, None, 5.0) is None
    with pytest.raises(ValueError, match="unknown translator"):
        make_translator("babelfish", None, tmp_path / "c.sqlite", 5.0)


def test_backoff_is_bounded():
    assert MAX_BACKOFF <= 10


# --- add_english on hand-built results --------------------------------------------------------

TEXT = (
    "Volgens de Inspectie van het Onderwijs staan 2.450 leerlingen op de wachtlijsten. "
    "‘De scholen moeten meer geld krijgen’, zegt directeur Marieke Jansen van Stichting "
    "Leerkracht Noord. De Tweede Kamer vraagt staatssecretaris De Wit om 15 procent extra geld te "
    "geven."
)
INFO = PipelineInfo(version="test", model="test", model_version="0")


def _span(text: str, part: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def _entity(i: int, name: str, label: str, role: str | None = None) -> Entity:
    return Entity(
        id=f"e{i}", name=name, label=label, role=role, mentions=[Span(**_span(TEXT, name))]
    )


def _sentence(part: str) -> dict:
    start = TEXT.index(part)
    end = TEXT.find(". ", start) + 1 or len(TEXT)
    return {"sentence": TEXT[start:end], "sentence_start": start, "sentence_end": end}


def build_result(article_id: str = "t1", text: str = TEXT) -> ArticleResult:
    article = Article(
        id=article_id,
        source="test",
        title="Tekort aan geld voor scholen",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        chars=len(text),
    )
    return ArticleResult(
        article=article,
        entities=[
            _entity(1, "Inspectie van het Onderwijs", "ORG"),
            _entity(2, "Marieke Jansen", "PERSON", "directeur"),
            _entity(3, "Stichting Leerkracht Noord", "ORG"),
            _entity(4, "Tweede Kamer", "ORG"),
            _entity(5, "De Wit", "PERSON", "staatssecretaris"),
        ],
        claims=[
            Claim(id="c1", **_span(TEXT, "2.450"), value=2450, unit="people",
                  subject="leerlingen", value_en="2,450", **_sentence("Volgens")),
            Claim(id="c2", **_span(TEXT, "15 procent"), value=15, unit="percent",
                  subject="extra geld", **_sentence("De Tweede")),
        ],
        quotes=[Quote(id="q1", **_span(TEXT, "De scholen moeten meer geld krijgen"),
                      speaker="Marieke Jansen", cue="zegt")],
        demands=[Demand(id="d1", **_span(TEXT, "vraagt staatssecretaris De Wit om 15 procent extra geld te geven"),
                        actor="Tweede Kamer", addressee="De Wit", action="extra geld geven",
                        modality="call_on")],
        pipeline=INFO,
    )  # fmt: skip


ENGLISH_ROWS = [
    ("title", lambda r: r.article.title_en, "Tekort to money for schools"),
    ("termbase name", lambda r: r.entities[0].name_en, "Inspectorate of Education"),
    ("person name kept", lambda r: r.entities[1].name_en, "Marieke Jansen"),
    ("role from roles table", lambda r: r.entities[1].role_en, "director"),
    ("name with a translatable part", lambda r: r.entities[2].name_en, "Stichting Leerkracht Noord"),
    ("termbase role", lambda r: r.entities[4].role_en, "State Secretary"),
    ("number kept", lambda r: r.claims[0].sentence_en,
     "According to the Inspectorate of Education staan 2.450 pupils on the waiting lists."),
    ("terms enforced", lambda r: r.claims[1].sentence_en,
     "The House of Representatives asks State Secretary De Wit om 15 percent extra money te "
     "geven."),
    ("subject", lambda r: r.claims[1].subject_en, "extra money"),
    ("value rendered offline", lambda r: r.claims[1].value_en, "15%"),
    ("quote", lambda r: r.quotes[0].text_en, "The schools moeten more money krijgen"),
    ("demand action", lambda r: r.demands[0].action_en, "extra money geven"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("field", "expected"), [row[1:] for row in ENGLISH_ROWS], ids=[row[0] for row in ENGLISH_ROWS]
)
def test_add_english_fills_fields(server, field, expected):
    [result] = add_english([build_result()], translator(server.url))
    assert field(result) == expected
    assert (result.translation.status, result.translation.missing) == ("ok", [])
    assert result.translation.backend == "libre"


def test_chunk_is_deduplicated_across_articles(server):
    mt = translator(server.url)
    results = add_english([build_result("a"), build_result("b")], mt)
    assert server.requests == 1
    assert results[0].quotes[0].text_en == results[1].quotes[0].text_en
    assert mt.stats.segments == len({q for q in re.split(r"\n?QZXZQ\n?",
                                                         server.received[0]["q"])})  # fmt: skip


def test_existing_english_is_kept(server):
    result = build_result()
    result.quotes[0].text_en = "Schools need more money"
    add_english([result], translator(server.url))
    assert result.quotes[0].text_en == "Schools need more money"


MISSING = [
    "article.title_en",
    "entities[2].name_en",
    "claims[0].sentence_en",
    "claims[1].sentence_en",
    "claims[1].subject_en",
    "quotes[0].text_en",
    "demands[0].text_en",
    "demands[0].action_en",
]

STATUS_ROWS = [
    ("none", lambda s: None, "none", "skipped"),
    ("offline", lambda s: translator(closed_port_url()), "libre", "offline"),
    ("always 500", lambda s: translator(s.url), "libre", "failed"),
]


@pytest.mark.parametrize(
    ("make", "backend", "status"), [row[1:] for row in STATUS_ROWS], ids=[r[0] for r in STATUS_ROWS]
)
def test_without_mt_dutch_is_kept_and_gaps_listed(server, make, backend, status):
    server.always = 500
    [result] = add_english([build_result()], make(server))
    assert (result.translation.backend, result.translation.status) == (backend, status)
    assert sorted(result.translation.missing) == sorted(MISSING)
    assert result.quotes[0].text == "De scholen moeten meer geld krijgen"
    assert result.entities[0].name_en == "Inspectorate of Education"
    assert "[nl: extra geld]" in result.summary_en


def test_partial_when_only_some_segments_translate(server, tmp_path):
    cache = Cache(tmp_path / "c.sqlite")
    add_english([build_result()], translator(server.url, cache))
    other = TEXT.replace("2.450 leerlingen", "3.100 leraren")
    result = build_result("t2", other)
    result.claims[0].sentence = other[: other.index(". ") + 1]
    server.always = 500
    [result] = add_english([result], translator(server.url, cache))
    assert result.translation.status == "partial"
    assert result.translation.missing == ["claims[0].sentence_en"]


# --- summary ----------------------------------------------------------------------------------

SUMMARY_ROWS = [
    ("lead is the main demand",
     "The House of Representatives calls on State Secretary De Wit to extra money geven."),
    ("termbase org", "the Inspectorate of Education"),
    ("person with role", "director Marieke Jansen"),
    ("figure with subject", "2,450 pupils"),
    ("second figure", "15% (extra money)"),
    ("quotes", "Marieke Jansen is quoted once."),
]  # fmt: skip


@pytest.mark.parametrize("expected", [r[1] for r in SUMMARY_ROWS], ids=[r[0] for r in SUMMARY_ROWS])
def test_summary_from_structured_data(server, expected):
    [result] = add_english([build_result()], translator(server.url))
    assert expected in result.summary_en, result.summary_en
    assert 3 <= len(re.findall(r"[.!?](?:\s|$)", result.summary_en)) <= 6, result.summary_en
    assert "[nl:" not in result.summary_en, result.summary_en


# Hand-built articles, one per summary rule: entities (name, label, role, affiliation), claims
# (Dutch text, value, unit, subject, value_en, source), demands (text, actor, addressee, action,
# modality), quotes (text, speaker). Spans are found in the text.
BUILT = {
    "woonbond": dict(
        title="Huurders willen bevriezing van de huren",
        text=(
            "Huurdersbond Delta roept de gemeente op om de huren te bevriezen. Volgens de bond "
            "betalen ruim 1.250 statushouders te veel. Bij 35 procent van de huisartsen komen "
            "klachten binnen. Wethouder Pieter van Zandvoort-Ekker vindt het noodzakelijk dat de "
            "opvangcapaciteit snel groeit. ‘Het moet nu gebeuren’, zegt Van Zandvoort-Ekker."
        ),
        entities=[("Huurdersbond Delta", "ORG", None, None),
                  ("Pieter van Zandvoort-Ekker", "PERSON", "wethouder", None)],
        claims=[("ruim 1.250", 1250, "people", "statushouders", "more than 1,250",
                 "Huurdersbond Delta"),
                ("35 procent", 35, "percent", "de huisartsen", "35%", None)],
        demands=[("roept de gemeente op om de huren te bevriezen", "Huurdersbond Delta",
                  "gemeente", "de huren bevriezen", "call_on"),
                 ("het noodzakelijk dat de opvangcapaciteit snel groeit",
                  "Pieter van Zandvoort-Ekker", None, "snel groeit", "necessary")],
        quotes=[("Het moet nu gebeuren", "Pieter van Zandvoort-Ekker")],
    ),
    "jeugd": dict(
        title="Wachttijd jeugdzorg stijgt naar 4,2 procent meer",
        text=(
            "Stichting Rivierland pleit voor een nieuw meldpunt. Geef scholen meer ruimte. Twee "
            "derde van de jongeren wacht. Kinderen jonger dan 12 jaar krijgen voorrang. De "
            "wachttijd steeg met 4,2 procent. Stichting Rivierland pleit voor een nieuw meldpunt "
            "in elke regio. De inflatie bedroeg 2,8 procent. Het Jeugdfonds Zuid is het ermee eens."
        ),
        entities=[("Stichting Rivierland", "ORG", None, None),
                  ("Jeugdfonds Zuid", "ORG", None, None)],
        claims=[("Twee derde", 2 / 3, "ratio", "de jongeren", "two thirds", None),
                ("jonger dan 12 jaar", 12, "age", "Kinderen", "under 12", None),
                ("4,2 procent", 4.2, "percent", "De wachttijd", "4.2%", None),
                ("2,8 procent", 2.8, "percent", "De inflatie", "2.8%", None)],
        demands=[("Geef scholen meer ruimte", "Stichting Rivierland", None,
                  "Geef scholen meer ruimte", "imperative"),
                 ("pleit voor een nieuw meldpunt", "Stichting Rivierland", None,
                  "een nieuw meldpunt", "call_on"),
                 ("pleit voor een nieuw meldpunt in elke regio", "Stichting Rivierland", None,
                  "een nieuw meldpunt", "call_on")],
        quotes=[],
    ),
    "kamer": dict(
        title="Motie aangenomen",
        text=(
            "De motie kreeg steun van 76 van de 150 Kamerleden. De Kamer telt 150 Kamerleden. "
            "Het is de hoogste tijd dat het kabinet de wachtlijsten aanpakt, zegt Kamerlid Ilse "
            "ter Haar-Dijkman van de Partij voor Zorg."
        ),
        entities=[("Ilse ter Haar-Dijkman", "PERSON", "Kamerlid", "Partij voor Zorg"),
                  ("Partij voor Zorg", "ORG", None, None)],
        claims=[("76", 76, "people", "de 150 Kamerleden", "76", None),
                ("150", 150, "people", "Kamerleden", "150", None)],
        demands=[("Het is de hoogste tijd dat het kabinet de wachtlijsten aanpakt",
                  "Ilse ter Haar-Dijkman", "kabinet", "de wachtlijsten aanpakt", "high_time")],
        quotes=[],
    ),
}  # fmt: skip


def built(name: str) -> ArticleResult:
    """An ArticleResult from a BUILT row, every span checked against the text."""
    row = BUILT[name]
    text = row["text"]

    def span(part: str) -> dict:
        return _span(text, part)

    def sentence(part: str) -> dict:
        start = text.rfind(". ", 0, text.index(part)) + 1
        end = text.find(". ", text.index(part)) + 1 or len(text)
        return {"sentence": text[start:end].strip(), "sentence_start": start + (start > 0),
                "sentence_end": end}  # fmt: skip

    article = Article(id=name, source="test", title=row["title"], text=text, sha256="0",
                      chars=len(text))  # fmt: skip
    return ArticleResult(
        article=article,
        entities=[Entity(id=f"e{i}", name=n, label=label, role=role, affiliation=aff,
                         mentions=[Span(**span(n))] if n in text else [])
                  for i, (n, label, role, aff) in enumerate(row["entities"])],
        claims=[Claim(id=f"c{i}", **span(t), value=v, unit=u, subject=subj, value_en=en,
                      attributed_to=src, **sentence(t))
                for i, (t, v, u, subj, en, src) in enumerate(row["claims"])],
        demands=[Demand(id=f"d{i}", **span(t), actor=a, addressee=ad, action=act, modality=m)
                 for i, (t, a, ad, act, m) in enumerate(row["demands"])],
        quotes=[Quote(id=f"q{i}", **span(t), speaker=sp)
                for i, (t, sp) in enumerate(row["quotes"])],
        pipeline=INFO,
    )  # fmt: skip


# (id, article, phrases the summary must contain, phrases it must not contain)
OFFLINE_SUMMARY_ROWS = [
    ("lead: named actor asks addressee, infinitive after 'to'", "woonbond",
     ["Huurdersbond Delta calls on the municipality to [nl: de huren bevriezen]."], []),
    ("glossary subject, English number", "woonbond", ["more than 1,250 refugees with a residence permit"],
     ["1.250"]),
    ("share of a plural group", "woonbond", ["35% of the GPs"], []),
    ("finite clause after 'that', with its subject", "woonbond",
     ["Pieter van Zandvoort-Ekker says it is necessary that [nl: de opvangcapaciteit snel groeit]."],
     ["to [nl: snel groeit"]),
    ("person introduced with role once", "woonbond",
     ["alderman Pieter van Zandvoort-Ekker", "Pieter van Zandvoort-Ekker is quoted once."], []),
    ("source of a figure", "woonbond", ["(according to Huurdersbond Delta)"], []),
    ("noun phrase after 'calls for'", "jeugd",
     ["Stichting Rivierland calls for [nl: een nieuw meldpunt]."], ["to [nl: een nieuw"]),
    ("imperative after the demand with a shape", "jeugd",
     ["Stichting Rivierland urges: “[nl: Geef scholen meer ruimte]”."], []),
    ("fraction of a group", "jeugd", ["two thirds of the young people"], []),
    ("age after its subject", "jeugd", ["children under 12"], []),
    ("mass noun kept apart", "jeugd", ["2.8% (inflation)"], ["of inflation"]),
    ("headline figure first", "jeugd", ["Key figures: 4.2%"], []),
    ("first sentence is no filler", "jeugd", [], ["Dutch news article", "Headline"]),
    ("number inside another subject", "kamer", ["76 of the 150 MPs"], ["150 MPs and", "; 150"]),
    ("clause with the addressee as subject", "kamer",
     ["says it is high time that the cabinet [nl: de wachtlijsten aanpakt]."], []),
    ("affiliation of a person", "kamer", ["MP Ilse ter Haar-Dijkman (Partij voor Zorg)"], []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "present", "absent"),
    [row[1:] for row in OFFLINE_SUMMARY_ROWS],
    ids=[row[0] for row in OFFLINE_SUMMARY_ROWS],
)
def test_summary_construction(name, present, absent):
    [result] = add_english([built(name)], None)
    summary = result.summary_en
    for phrase in present:
        assert phrase in summary, (phrase, summary)
    for phrase in absent:
        assert phrase not in summary, (phrase, summary)


@pytest.mark.parametrize("name", list(BUILT))
def test_summary_properties(name):
    """3–6 sentences, no demand or figure twice, Dutch marks short, each sentence capitalised."""
    [result] = add_english([built(name)], None)
    summary = result.summary_en
    sentences = re.split(r"(?<=[.”])\s+(?=[A-Z])", summary)
    assert 3 <= len(sentences) <= 6, summary
    assert len(sentences) == len(set(sentences)), summary
    assert all(s[0].isupper() for s in sentences), summary
    for mark in re.findall(r"\[nl: ([^\]]*)\]", summary):
        assert len(mark.split()) <= 11, (mark, summary)
    assert summary.count("[nl: een nieuw meldpunt]") <= 1, summary


@pytest.mark.parametrize("name", list(BUILT))
def test_summary_with_mt_has_no_dutch_marks(server, name):
    """With MT every free-text part of the summary has English: no [nl: ...] is left."""
    [result] = add_english([built(name)], translator(server.url))
    assert "[nl:" not in result.summary_en, result.summary_en
    assert result.translation.status == "ok"


def test_summary_of_an_empty_article():
    text = "Niets te melden."
    article = Article(id="x", source="x", text=text, sha256="0", chars=len(text))
    summary = summary_en(ArticleResult(article=article, pipeline=INFO))
    assert summary.count(".") == 3, summary


@pytest.mark.parametrize(
    ("party", "make", "expected"),
    [
        ("het kabinet", lambda s: translator(s.url), "calls on the cabinet to"),
        ("het kabinet", lambda s: None, "calls on the cabinet to"),
        ("de buurtvereniging", lambda s: None, "calls on [nl: de buurtvereniging] to"),
    ],
    ids=["translated", "offline-glossary", "offline-unknown"],
)
def test_summary_translates_noun_phrase_parties(server, party, make, expected):
    result = build_result()
    result.demands[0].addressee = party
    [result] = add_english([result], make(server))
    assert expected in result.summary_en, result.summary_en


NUMBER_ROWS = [
    ("thousands", "1.300 girls", "1,300 girls"),
    ("millions", "1.300.000 euro", "1,300,000 euro"),
    ("decimal", "12,5 percent", "12.5 percent"),
    ("both", "1.250,75 euro", "1,250.75 euro"),
    ("year untouched", "in 2013", "in 2013"),
    ("version untouched", "v1.2.3", "v1.2.3"),
    ("sentence end", "about 1.300.", "about 1,300."),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in NUMBER_ROWS], ids=[r[0] for r in NUMBER_ROWS]
)
def test_summary_numbers_in_english_notation(text, expected):
    assert english_numbers(text) == expected, text
