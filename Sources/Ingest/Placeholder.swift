// Ingest stage: see ../shared/DESIGN.md.
