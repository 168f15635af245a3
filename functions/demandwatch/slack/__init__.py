"""Slack: Block Kit rendering and escaping, the notifier, and the interactive side."""
