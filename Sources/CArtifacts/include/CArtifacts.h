// The C face of artifacts.cpp: marks a page's unmarked content as /Artifact, reading the content
// stream with libqpdf's own tokenizer (its C API has none).
#ifndef STOCKTAKE_CARTIFACTS_H
#define STOCKTAKE_CARTIFACTS_H
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Wraps every painting operation of a decoded content stream that lies outside any marked-content
/// sequence in `/Artifact BMC … EMC`. On success returns 0 and sets `*out` (to be released with
/// free()) and `*out_length`; returns 1, and leaves `*out` NULL, when the stream cannot be marked
/// cleanly (a token qpdf cannot read, unbalanced sequences, a structure sequence opened inside a
/// text object that an artifact began).
int stocktake_mark_artifacts(const unsigned char *content, size_t length, unsigned char **out, size_t *out_length);

#ifdef __cplusplus
}
#endif
#endif
