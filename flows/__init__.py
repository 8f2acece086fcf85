"""Prefect flows and the command line. The only package that imports Prefect.

Telemetry is off unless the user turns it on: these defaults must be set before
Prefect is first imported, which is why they live in the package's __init__.
"""
import os

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
