// The one header through which Typeset/Interop/PDFAccessibility.swift reaches libqpdf's C API:
// what Cairo 1.16's tags cannot write (the catalog's /Lang, /Alt of figures, header scope).
#include <qpdf/qpdf-c.h>
