"""Feed text made safe for an operator's terminal. Pure.

Feed titles and ledes are untrusted: printed raw they could carry ANSI/OSC escapes (an
OSC 8 hyperlink showing "press.un.org" and opening another site, a window-title change),
bidi overrides that reverse what follows, or invisible zero-width characters. Every CLI
line that prints feed-derived text goes through :func:`terminal_safe`; ordinary Unicode
(Arabic, Russian, accents, emoji) is kept as it is.
"""

from __future__ import annotations

import re

# Whole escape sequences first, so their payload (an OSC 8 link's target, a title) goes
# with them: CSI, OSC (ended by BEL or ST, or by the end of the text), DCS/SOS/PM/APC,
# any other two-character escape; and the 8-bit C1 forms of CSI, OSC and the strings.
_SEQUENCES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|[\x90\x98\x9e\x9f][^\x1b\x9c]*(?:\x1b\\|\x9c)?"
)
# What is left of C0/C1 controls, DEL, bidi embeddings/overrides/isolates and marks,
# zero-width characters, and the invisible tag characters.
_INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
    "\U000e0000-\U000e007f]"
)
# Layout controls inside a line read as a space, not as glued words or a forged new line.
_SPACES = str.maketrans({"\t": " ", "\n": " ", "\r": " ", "\u2028": " ", "\u2029": " "})


# An escape sequence begins with ESC or one of the 8-bit C1 introducers above (\x90,
# \x98, \x9b, \x9d, \x9e, \x9f): ``drop_escape_sequences`` looks for each.
# The same sequences in feed text, complete ones only: a stray introducer (a C1 byte of
# text decoded twice, "\x9e" in mangled Cyrillic) is one character, dropped later with the
# other controls, not the start of a string that swallows the rest of the field (review
# s15 LOW-3). A terminal reading the text would end such a string at its end: there,
# :data:`_SEQUENCES` takes it whole.
_COMPLETE_SEQUENCES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|[\x90\x98\x9e\x9f][^\x1b\x9c]*(?:\x1b\\|\x9c)"
)


def drop_escape_sequences(text: str) -> str:
    """``text`` without terminal escape sequences, each with its payload: an OSC 8 link's
    hidden target and a CSI's "[1;31m" go with their ESC, where dropping control
    characters alone would leave them as visible words (in an alert, a digest, a draft)."""
    # A substring search for each introducer, not the character class's search: re tries
    # the class at every character (~2 ms a 90,000-character text, and every feed field
    # comes through here, an entry's whole text too: bench cpu_huge), where ``in`` skips
    # ahead; written out, as a loop over them cost a short title more than the class did.
    if (
        "\x1b" not in text
        and "\x90" not in text
        and "\x98" not in text
        and "\x9b" not in text
        and "\x9d" not in text
        and "\x9e" not in text
        and "\x9f" not in text
    ):
        return text
    return _COMPLETE_SEQUENCES.sub("", text)


def terminal_safe(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` without terminal escape sequences, control characters, bidi controls or
    zero-width characters; tabs and line breaks become spaces (line breaks kept when
    ``keep_newlines``: text already laid out in lines)."""
    text = _SEQUENCES.sub("", text)
    if keep_newlines:
        return "\n".join(_INVISIBLE.sub("", line.translate(_SPACES)) for line in text.split("\n"))
    return _INVISIBLE.sub("", text.translate(_SPACES))
