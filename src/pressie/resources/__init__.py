"""Data files of pressie (lexicons, trigger lists, word lists); see :mod:`pressie.lexicon`."""
