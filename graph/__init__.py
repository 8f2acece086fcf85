"""Records → a deterministic networkx graph; resolution, export and query."""
