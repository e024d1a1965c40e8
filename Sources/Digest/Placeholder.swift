// Digest stage: see ../shared/DESIGN.md.
