"""atheris fuzz target for pressie.extract: any exception other than pressie's documented ones is a bug.

    pip install -e '.[fuzz]' && python fuzz/fuzz_extract.py -max_total_time=600

A crash found here becomes a regression test in tests/test_regressions.py.
"""

import sys

import atheris

with atheris.instrument_imports():
    import pressie
    from pressie.errors import PressieError


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 4096))
    published = fdp.PickValueInList([None, "2020-03-09", "1999-12-31"])
    try:
        page = pressie.extract(text, published=published)
    except PressieError:
        return
    for article in page.articles:
        for event in article.events:
            assert text[event.trigger.start:event.trigger.end] == event.trigger.text


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
