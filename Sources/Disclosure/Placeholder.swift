// Disclosure stage: see ../shared/DESIGN.md.
