"""The replayed day: a Security Council veto on Syria, source by source, through the real
pipeline (``make demo``; ``python -m demandwatch.demo``).

The scenario (``day/``) is served by a local HTTP server on 127.0.0.1 while a controllable
clock steps through the day; each step runs demandwatch once, as the scheduler would.
"""
