// The one header through which Typeset/Interop reaches Pango, Cairo (PDF surface) and fontconfig.
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>
