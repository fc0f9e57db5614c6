"""The first-run wizard: the station and letterhead, the number patterns, the signatory, the first admin."""
