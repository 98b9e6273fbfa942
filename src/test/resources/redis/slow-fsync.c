/*
 * A slow disk for a redis-server under test, loaded with LD_PRELOAD: while the file named by SLOW_FSYNC_FLAG exists,
 * every fsync and fdatasync takes 700 ms longer. With appendfsync everysec, Redis keeps answering while its
 * background fsync runs and holds its writes back meanwhile: that is the window in which a SIGKILL loses
 * acknowledged writes. A fast idle disk makes the window too short to hit; a busy one, as on a loaded server, does not.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <unistd.h>

static void slow(void) {
    const char *flag = getenv("SLOW_FSYNC_FLAG");
    if (flag != NULL && access(flag, F_OK) == 0) {
        usleep(700 * 1000);
    }
}

int fsync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int)) dlsym(RTLD_NEXT, "fsync");
    slow();
    return real(fd);
}

int fdatasync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int)) dlsym(RTLD_NEXT, "fdatasync");
    slow();
    return real(fd);
}
