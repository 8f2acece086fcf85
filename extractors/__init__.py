"""Pure functions from document parts to records with provenance."""
