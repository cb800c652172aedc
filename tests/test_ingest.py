"""Ingest: every input format becomes Articles; bad inputs become per-article errors."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from pipeline.ingest import IngestError, iter_sources, read_path, safe_id
from pipeline.ingest.encoding import DecodingWarning
from pipeline.ingest.readers import split_header

DUTCH = "De gemeente Utrecht opent een nieuw wijkcentrum.\n\nWethouder Fatima Amrani is blij."


def read_one(path: Path):
    [item] = list(read_path(path))
    return item


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ckm_2020-10_chat", "ckm_2020-10_chat"),
        ("Één artikel/over zorg", "Een_artikel_over_zorg"),
        ("../../etc/passwd", "etc_passwd"),
        ("   ", "article"),
        ("a" * 300, "a" * 120),
    ],
)
def test_safe_id(raw, expected):
    assert safe_id(raw) == expected


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (" date 2020-10 Kop van het bericht\n\nTekst.", "Kop van het bericht", "2020-10"),
        ("date 2023-04-01 Andere kop\nTekst.", "Andere kop", "2023-04-01"),
        ("Geen kop hier\n\nTekst.", None, None),
        ("date nog iets\nTekst.", None, None),
    ],
    ids=["reference-style", "full-date", "no-header", "not-a-date"],
)
def test_split_header(text, title, date):
    got_title, got_date, _ = split_header(text)
    assert (got_title, got_date) == (title, date)


def test_txt_with_header(tmp_path):
    path = tmp_path / "zorg bericht.txt"
    path.write_text(" date 2024-02 Meer geld voor wijkteams\n\n" + DUTCH, encoding="utf-8")
    article = read_one(path)
    assert (article.id, article.title, article.date) == (
        "zorg_bericht",
        "Meer geld voor wijkteams",
        "2024-02",
    )
    assert article.text == DUTCH
    assert article.chars == len(DUTCH)


def test_txt_in_latin1_is_detected(tmp_path):
    path = tmp_path / "latin.txt"
    text = "Het ministerie van Financiën financiert de coöperatie met één miljoen euro. " * 5
    path.write_bytes(text.encode("cp1252"))
    assert "Financiën" in read_one(path).text


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"   \n\n", "empty"), (b"\x00\x01\x02binary\x00" * 20, "binary")],
    ids=["empty", "blank", "binary"],
)
def test_bad_txt_is_an_error_not_a_crash(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    error = read_one(path)
    assert isinstance(error, IngestError)
    assert message in str(error)
    assert error.article_id == "bad"


def test_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "nieuws.html"
    path.write_text(
        "<html><head><title>Kop | Krant</title>"
        '<meta property="article:published_time" content="2024-05-06T10:00:00"></head><body>'
        "<nav>Home | Binnenland | Sport</nav><article><h1>Wijkteams krijgen meer geld</h1>"
        "<p>De gemeente Utrecht trekt extra geld uit voor de wijkteams in de stad, zo maakte "
        "wethouder Fatima Amrani dinsdag bekend tijdens een persconferentie.</p>"
        "<p>Volgens Amrani is het geld nodig omdat de wachtlijsten blijven groeien.</p></article>"
        "<footer>Copyright Krant 2024</footer></body></html>",
        encoding="utf-8",
    )
    article = read_one(path)
    assert article.date == "2024-05-06"
    assert "wethouder Fatima Amrani" in article.text
    assert "Copyright" not in article.text and "Binnenland" not in article.text


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a/1", "title": "Eerste", "date": "2024-01-02", "text": DUTCH}),
        "{niet geldig",
        json.dumps({"id": "a2", "text": ""}),
        "",
        json.dumps({"title": "Zonder id", "text": DUTCH}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_path(path))
    ok = [i for i in items if not isinstance(i, IngestError)]
    bad = [i for i in items if isinstance(i, IngestError)]
    assert [a.id for a in ok] == ["a_1", "feed-5"]
    assert ok[0].title == "Eerste" and ok[0].date == "2024-01-02"
    assert [e.source for e in bad] == [f"{path}:2", f"{path}:3"]


def test_csv_records(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(
        'id,title,date,text\nx1,Kop,2024-03-04,"Regel een.\n\nRegel twee, met komma."\nx2,,,\n',
        encoding="utf-8",
    )
    items = list(read_path(path))
    assert items[0].id == "x1" and items[0].text == "Regel een.\n\nRegel twee, met komma."
    assert isinstance(items[1], IngestError) and "text" in str(items[1])


def test_csv_without_text_column(tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("id,body\n1,iets\n", encoding="utf-8")
    [error] = list(read_path(path))
    assert isinstance(error, IngestError) and "'text' column" in str(error)


def test_iter_sources_folders_and_globs(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ["b.txt", "a.html", "sub/c.jsonl", "notes.md", "_errors.jsonl"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in iter_sources([tmp_path])] == ["a.html", "b.txt", "c.jsonl"]
    assert [p.name for p in iter_sources([str(tmp_path / "*.txt")])] == ["b.txt"]
    with pytest.raises(FileNotFoundError):
        list(iter_sources([tmp_path / "missing*.txt"]))


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Café", "cp1252"),
        ("Het café in Zürich kreeg één miljoen euro (€ 1 mln) van de coöperatie.", "cp1252"),
        ("Financiën: 5½ procent meer dan in 2023", "latin-1"),
        ("Één op de vijf huurders in Utrecht betaalt te veel.", "utf-16"),
        ("Één op de vijf huurders in Utrecht betaalt te veel.", "utf-32"),
        ("Привет, это русский текст о новостях.", "cp1251"),
    ],
    ids=["short-cp1252", "cp1252", "latin-1", "utf-16-bom", "utf-32-bom", "cyrillic"],
)
def test_legacy_and_bom_encodings(tmp_path, text, encoding):
    path = tmp_path / "bericht.txt"
    path.write_bytes(text.encode(encoding))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = read_one(path)
    assert not isinstance(article, IngestError), article
    assert article.text == text, f"{encoding}: got {article.text!r}"
    guessed = [str(w.message) for w in caught if issubclass(w.category, DecodingWarning)]
    # Only a guess is reported: a byte-order mark and Windows-1252 for Dutch text are not guesses.
    assert guessed == (["not UTF-8: encoding guessed as cp1251; check the text"]
                       if encoding == "cp1251" else [])  # fmt: skip


def test_control_characters_are_dropped(tmp_path):
    path = tmp_path / "ctrl.txt"
    path.write_bytes(("x" * 5000 + "\x01Tekst\x0c met\r\nregels\rnieuw").encode("utf-8"))
    assert read_one(path).text == "x" * 5000 + "Tekst met\nregels\nnieuw"
