// Compose stage: see ../shared/DESIGN.md.
