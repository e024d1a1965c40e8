// Typeset stage: see ../shared/DESIGN.md.
