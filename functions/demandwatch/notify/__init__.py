"""Notifiers: one Notifier protocol (base.py), one adapter per destination."""
