"""demandwatch: UN and news feeds matched against campaign demands, alerted with draft responses."""

__version__ = "0.1.0"
