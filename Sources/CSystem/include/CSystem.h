#ifndef STOCKTAKE_CSYSTEM_H
#define STOCKTAKE_CSYSTEM_H
/// Atomically exchanges two paths (renameat2 with RENAME_EXCHANGE). Returns 0, or -1 with errno set.
int stocktake_exchange_paths(const char *a, const char *b);
#endif
