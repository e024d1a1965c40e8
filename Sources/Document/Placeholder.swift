// Document stage: see ../shared/DESIGN.md.
