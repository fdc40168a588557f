import pytest

from pressie.errors import ResourceError
from pressie.lexicon import data, words
from pressie.vocabulary import Vocabulary


def test_the_default_reads_the_packaged_lists():
    v = Vocabulary.default()
    assert v is Vocabulary.default()
    assert v.words("surnames") == words("surnames")
    assert v.words("place_suffixes.venue") == tuple(data("place_suffixes")["venue"])
    assert v.data("place_suffixes") is data("place_suffixes")


def test_keys_cover_every_list_of_every_file():
    keys = Vocabulary.keys()
    assert "surnames" in keys and "place_suffixes.venue" in keys and "facility_nouns.health" in keys
    assert not any(k.startswith("triggers") for k in keys)  # the trigger table has its own extend
    for key in keys:
        assert Vocabulary.default().words(key), key


def test_extend_adds_words_without_touching_the_packaged_lists():
    base = Vocabulary.default()
    more = base.extend({"surnames": ["甲乙"], "place_suffixes.venue": ["哨点", "哨点"]})
    assert more.words("surnames")[-1] == "甲乙" and "甲乙" not in base.words("surnames")
    assert more.words("place_suffixes.venue").count("哨点") == 1
    assert "哨点" not in data("place_suffixes")["venue"]
    assert more.data("place_suffixes")["venue"][-1] == "哨点"
    again = more.extend({"surnames": ["甲乙", "丙丁"]})
    assert again.words("surnames")[-2:] == ("甲乙", "丙丁")


def test_bad_keys_and_words_are_refused_with_their_names():
    v = Vocabulary.default()
    with pytest.raises(ResourceError, match="no word list 'venue'.*place_suffixes.venue"):
        v.extend({"venue": ["哨点"]})
    with pytest.raises(ResourceError, match="needs a list of words"):
        v.extend({"surnames": "甲乙"})
    with pytest.raises(ResourceError, match="is not a word"):
        v.extend({"surnames": ["甲乙 丙丁"]})
    with pytest.raises(ResourceError, match="no word list"):
        v.words("place_suffixes.nothing")
    with pytest.raises(ResourceError, match="no data file"):
        v.data("triggers")
    with pytest.raises(TypeError):
        v.extend(["甲乙"])


def test_a_vocabulary_cannot_be_changed_after_it_is_built():
    v = Vocabulary.default().extend({"surnames": ["甲乙"]})
    with pytest.raises(TypeError):
        v.additions["surnames"] = ("丙丁",)
