"""Fetching (http.py) and one parser module per source kind."""
