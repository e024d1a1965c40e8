// The one header through which Ingest's CommonMark reader reaches libcmark-gfm and its extensions.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
