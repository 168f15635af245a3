"""Adapters that name a vendor or the operating system."""
