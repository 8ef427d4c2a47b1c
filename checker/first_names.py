"""Whether "he" or "she" can mean a person, from common first names: "his former aides" is not Claire Martin's.

Without it a pronoun means the person named last, and a court report that quotes the prosecutor, Claire
Martin, between two sentences about the convicted mayor turned "Two of his former aides" into "Two of Claire
Martin's former aides". Only names that are almost always one gender in news are listed; a name not listed
(most Korean and Chinese given names among them) fits either pronoun, so the old behaviour stays for them.
"""

from __future__ import annotations

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

_MALE_PRONOUNS = frozenset({"he", "him", "his"})


def fits(pronoun: str, name: str) -> bool:
    """Whether ``pronoun`` (he, him, his, she, her) can refer to ``name``, judged by its first word."""
    first = name.split()[0]
    if pronoun.lower() in _MALE_PRONOUNS:
        return first not in FEMALE
    return first not in MALE
