// The C face of artifacts.cpp: marks a page's unmarked content as /Artifact; sets the level at
// which libqpdf compresses the streams it writes (its C API cannot).
#ifndef STOCKTAKE_CARTIFACTS_H
#define STOCKTAKE_CARTIFACTS_H
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Wraps every painting operation of a decoded content stream that lies outside any marked-content
/// sequence in `/Artifact BMC … EMC`. On success returns 0 and sets `*out` (to be released with
/// free()) and `*out_length`; returns 1, and leaves `*out` NULL, when the stream cannot be marked
/// cleanly (a token that cannot be read, unbalanced sequences, a structure sequence opened inside
/// a text object that an artifact began).
int stocktake_mark_artifacts(const unsigned char *content, size_t length, unsigned char **out, size_t *out_length);

/// The zlib level (1 fastest … 9 smallest, -1 zlib's default) of the streams libqpdf compresses.
void stocktake_set_flate_level(int level);

#ifdef __cplusplus
}
#endif
#endif
