"""Whom "he" or "she" can mean: not an organisation, and not a person whose common first name says otherwise
("his former aides" are not Claire Martin's).

Without it a pronoun means the person named last, and a court report that quotes the prosecutor, Claire
Martin, between two sentences about the convicted mayor turned "Two of his former aides" into "Two of Claire
Martin's former aides". Only names that are almost always one gender in news are listed; a name not listed
(most Korean and Chinese given names among them) fits either pronoun, so the old behaviour stays for them.
"""

from __future__ import annotations

from .companies import COMPANY

FEMALE = frozenset("""
Ada Agnes Aisha Alexandra Alice Alicia Amanda Amelia Amina Amy Ana Anastasia Angela Angelika Anita Ann Anna
Anne Annette Annika Astrid Barbara Beatrice Birgit Brigitte Camille Carla Carmen Caroline Catherine Cecilia Charlotte
Chloe Christina Christine Claire Clara Claudia Cristina Daniela Diana Dorothy Elena Eleni Elif Elisabeth Elizabeth
Ella Emily Emma Eva Fatima Francesca Françoise Frida Gabriela Giulia Grace Greta Hanna Hannah Heather Helen Helena
Hélène Helene Ida Ingrid Irene Isabel Isabella Jacqueline Jane Janet Jennifer Jessica Joanna Johanna Julia Julie
Karen Karin
Katarzyna Katherine Kathleen Katrin Laura Lea Leila Linda Lisa Lucia Lucy Maria Marie Marina Marta Martina Mary
Maya Megan Mette Michelle Monica Nadia Natalia Natasha Nicole Nina Olga Olivia Patricia Paula Rachel Rebecca
Rosa Ruth Sabine Sandra Sanne Sara Sarah Silvia Sofia Sophie Stephanie Susan Svetlana Tatiana Teresa Ursula
Valentina Vanessa Victoria Wanjiru Yasmin Yulia Zainab
""".split())

MALE = frozenset("""
Abdul Adam Ahmed Alain Alberto Alejandro Alessandro Alexander Ali Andreas Andrew Andrzej Anthony Antonio Arnaud
Benjamin Bernard Boris Carlos Charles Christian Christopher Daniel David Dmitry Edward Emmanuel Enrique Erik Fabio
Felipe Francesco François Frank Friedrich Georg George Gerhard Giovanni Giuseppe Hans Henrik Henry Hugo Ibrahim
Ivan Jacob James Jan Javier Jean-Marc Jean-Pierre Johan Johannes John Jonathan Jorge José Joseph Juan Karl
Klaus Lars Laurent Luca Lucas Luis Luís Marco Mark Martin Matteo Matthew Michael Michel Miguel Mohamed Muhammad
Nicolas Olaf Oliver Omar Pablo Paolo Patrick Paul Pedro Pekka Peter Philippe Pierre Rafael Richard Robert Samuel Sergei
Simon Stefan Stephen Steven Thomas Tom Tomasz Viktor Vincent Vladimir Walter William Wolfgang Yusuf
""".split())

# A capitalised run with one of these words is an organisation, a prize or a building, which "he" or "she" never
# means ("the centre-right Civic Alliance", "the Pritzker Prize"), and whose first word alone is no bare name
# ("Chery's first European factory" is not "European Studies'" of an "Institute of European Studies"); verdicts
# still compare such names
# (checker.entities).
_ORGANISATION = frozenset("Alliance Party Front Union Council League Association Committee Agency Ministry Bank "
                          "Group Company Corporation University Institute Commission Court Parliament Assembly "
                          "Federation Movement Coalition Congress Office Department Authority Organisation "
                          "Organization Foundation Society Club Board Fund Forum Service Police Army Navy Airport "
                          "Station Museum Hospital School College Centre Center Democrats Republicans Prize Award "
                          "Medal Cup Trophy Festival Museo Banco Casa Teatro Palazzo Palacio Villa Opera Studies "
                          "Sciences Affairs Relations Research Academy Programme Program Initiative Palace "
                          "Cathedral Stadium Agreement Treaty Accord Pact Convention Declaration Charter Protocol "
                          "Partnership House Hotel Tower Square Bridge Castle Church Library Theatre Theater "
                          "Arena Building Mosque Shrine Embassy Pavilion Mausoleum Monument Memorial".split())
_MALE_PRONOUNS = frozenset({"he", "him", "his"})


def fits(pronoun: str, name: str) -> bool:
    """Whether ``pronoun`` (he, him, his, she, her) can refer to ``name``, judged by its first word."""
    first = name.split()[0]
    if pronoun.lower() in _MALE_PRONOUNS:
        return first not in FEMALE
    return first not in MALE


def is_organisation(name: str) -> bool:
    """"Civic Alliance", "Pritzker Prize", "Museo del Mare": a word of the run names an organisation, a prize or
    a building (or the run is a company's name)."""
    return any(word in _ORGANISATION for word in name.split()) or bool(COMPANY.fullmatch(name))
