"""Documents: finding files, decoding them, splitting them into parts."""
