"""The queue between stages: a port, an in-process adapter and an SQS adapter."""
