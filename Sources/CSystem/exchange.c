// Swift's Glibc module lacks renameat2; Build uses this to swap each finished output into place
// in one step (RENAME_EXCHANGE). stocktake runs on Linux only: the output transaction depends on
// this call, and no other system is built or tested.
#if !defined(__linux__)
#error "stocktake builds on Linux only: the output folder's atomic swap uses renameat2(RENAME_EXCHANGE)"
#endif
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <linux/fs.h>
#include "CSystem.h"

int stocktake_exchange_paths(const char *a, const char *b) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
}
