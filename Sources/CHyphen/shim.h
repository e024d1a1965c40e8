// The one header through which Typeset/Interop/Hyphenator.swift reaches libhyphen (the library
// LibreOffice hyphenates with), with the TeX-pattern dictionaries shipped in Data/hyphen.
#include <stdlib.h>
#include <hyphen.h>
