"""A part's standalone text says where in the sentence it starts (clauses.split_parts), so the text before it,
into which its pronouns may point, is known rather than guessed from its first characters."""

from __future__ import annotations

from datetime import date

from checker import claims, relatives

DAY = date(2026, 1, 4)


def _parts(sentence: str) -> list[tuple[str, str, int]]:
    parts = claims.split_parts(sentence, 0, len(sentence), DAY)
    return [(sentence[s:e], prefix, opens) for s, e, prefix, opens in parts]


def test_a_part_that_took_the_subject_starts_where_the_sentence_does() -> None:
    sentence = "Construction began in September 2019 and was originally due to finish in 2024."
    assert _parts(sentence)[1] == ("was originally due to finish in 2024.", "Construction ", 0)


def test_a_part_that_took_a_lead_in_keeps_the_names_before_it() -> None:
    """"… third trip to Japan since he took office …, and his first since …": "his" is the person named between."""
    sentence = ("It was Prabowo Subianto's third trip to Japan since he took office in October 2024, and his first "
                "since Sanae Takaichi became prime minister last October.")
    text, prefix, opens = _parts(sentence)[1]
    assert text.startswith("his first") and prefix == "It was " and opens == sentence.index("his first")


def test_a_part_with_its_own_subject_starts_at_itself() -> None:
    sentence = "Exports rose 4 percent in May; imports fell 2 percent in June."
    assert _parts(sentence)[1] == ("imports fell 2 percent in June.", "", 31)


def test_an_appositive_starts_where_the_part_it_describes_does() -> None:
    sentence = ("Spanish pork has become familiar on Chinese dinner tables: Spain exported 1.3 million tonnes of pork "
                "to China last year, more than any other country.")
    (_, _, first), (_, _, described), (text, prefix, opens) = _parts(sentence)
    assert text == "more than any other country." and prefix.startswith("Spain exported")
    assert opens == described == sentence.index("Spain exported") and first == 0


def test_a_short_shared_subject_is_not_the_person_named_between() -> None:
    """"She met Maria Nyman … and signed …": the second verb's "She" is the article's subject, not Nyman (the
    guess on the first 24 characters missed a subject this short)."""
    text = ("Trade minister Anna Berg arrived in Oslo on Monday. She met Maria Nyman on 3 May and signed 12 "
            "agreements on 4 May.")
    standalone = [c.standalone for c in claims.extract_claims(text, published=DAY) if c.checkable]
    assert standalone[1:] == ["Anna Berg met Maria Nyman on 3 May", "Anna Berg signed 12 agreements on 4 May"]


def test_a_nested_clause_starts_at_the_name_it_describes() -> None:
    sentence = "Chief executive Maria Lindqvist, who took over in 2022, said profits rose."
    (clause,) = relatives.relatives(sentence)
    assert clause.standalone == "Maria Lindqvist took over in 2022"
    assert clause.opens == sentence.index("Maria")
    (opening,) = relatives.relatives("The ferry, which made its last crossing on Friday, carried 300 people.")
    assert opening.standalone.startswith("The ferry made") and opening.opens == 0
