"""The page's bigram counts (pressie._unitsim) against sets of keys built one block at a time."""

from hypothesis import given, settings, strategies as st

from pressie._unitsim import PageGrams

_LINES = st.lists(st.text(alphabet="春耕生产推进会议农时a1 ,。", max_size=12), min_size=1, max_size=8)


@given(_LINES, st.data())
@settings(max_examples=200)
def test_shared_counts_are_the_sizes_of_the_key_set_intersections(lines, data):
    texts = dict(enumerate(lines))
    counted = data.draw(st.lists(st.sampled_from(sorted(texts)), unique=True))
    grams = PageGrams(texts, counted)
    blocks = sorted(texts) + [len(texts) + 5]  # and a block the page does not have
    groups = data.draw(st.lists(st.lists(st.sampled_from(blocks), max_size=3), max_size=4))
    columns = data.draw(st.lists(st.sampled_from(blocks), unique=True))
    found = grams.shared_counts(groups, columns)
    assert found.shape == (len(groups), len(columns))
    for g, group in enumerate(groups):
        union = set().union(*map(grams.keys, group))
        for k, i in enumerate(columns):
            assert found[g, k] == len(union & grams.keys(i))


def test_a_headline_shares_its_words_with_a_paragraph_once_each():
    grams = PageGrams({0: "春耕生产", 1: "春耕生产,春耕", 2: "会议"}, [0, 1, 2])
    assert grams.shared_counts([[0], [0, 2], []], [1, 2]).tolist() == [[3, 0], [3, 1], [0, 0]]


@given(st.lists(st.integers(0, 6), max_size=40))
@settings(max_examples=200)
def test_the_pairs_above_are_the_pairs_within_a_group_in_order(raw):
    """Each unordered pair of items of one group once (first item first), in the order of the
    ordered pairs they are half of."""
    import numpy as np

    from pressie._unitsim import _pairs_above, _pairs_within

    owner = np.array(sorted(raw), dtype=np.int64)
    left, right = _pairs_above(owner, 7)
    every = list(zip(*(a.tolist() for a in _pairs_within(owner, 7))))
    assert list(zip(left.tolist(), right.tolist())) == [(a, b) for a, b in every if a < b]


def test_a_gram_matrix_counts_a_bigram_shared_by_three_blocks_both_ways():
    grams = PageGrams({0: "春耕春耕", 1: "春耕", 2: "春耕会议", 3: "会议"}, [0, 1, 2, 3])
    # 春耕 twice in block 0, once in 1 and 2; 耕春 once in 0; 会议 in 2 and 3; 耕会 in 2 only.
    assert grams.cosine([0], [1]) == 2 / (5 ** 0.5 * 1)
    assert grams.cosine([0, 1], [2, 3]) == 3 / ((3 * 3 + 1) ** 0.5 * (1 + 4 + 1) ** 0.5)
