"""Use cases, the same for every runtime (local run loop, Lambda functions)."""
