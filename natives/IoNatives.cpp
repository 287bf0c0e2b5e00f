// java.io.FileInputStream / FileOutputStream on file descriptors (read(2), write(2)).
#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "natives/Natives.h"
#include "natives/NativeSupport.h"

namespace cortado::natives {

using namespace runtime;

static bool checkRange(JavaThread& t, Array* b, int32_t off, int32_t len) {
    if (!b) {
        t.throwNew("java/lang/NullPointerException", nullptr);
        return false;
    }
    if (off < 0 || len < 0 || int64_t(off) + len > b->length) {
        t.throwNew("java/lang/IndexOutOfBoundsException",
                   "Range [" + std::to_string(off) + ", " + std::to_string(off) + " + " + std::to_string(len) +
                       ") out of bounds for length " + std::to_string(b->length));
        return false;
    }
    return true;
}

static Slot fosWrite0(JavaThread& t, Slot* a) {
    int fd = argInt(a, 0);
    auto* b = static_cast<Array*>(argRef(a, 1));
    int32_t off = argInt(a, 2), len = argInt(a, 3);
    if (!checkRange(t, b, off, len)) return 0;
    const char* p = b->data<char>() + off;
    while (len > 0) {
        ssize_t n = ::write(fd, p, size_t(len));
        if (n < 0) {
            if (errno == EINTR) continue;
            t.throwNew("java/io/IOException", std::strerror(errno));
            return 0;
        }
        p += n;
        len -= int32_t(n);
    }
    return 0;
}

static Slot fisRead0(JavaThread& t, Slot* a) {
    int fd = argInt(a, 0);
    auto* b = static_cast<Array*>(argRef(a, 1));
    int32_t off = argInt(a, 2), len = argInt(a, 3);
    if (!checkRange(t, b, off, len)) return 0;
    if (len == 0) return intToSlot(0);
    ssize_t n;
    do n = ::read(fd, b->data<char>() + off, size_t(len));
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        t.throwNew("java/io/IOException", std::strerror(errno));
        return 0;
    }
    return intToSlot(n == 0 ? -1 : int32_t(n));
}

void registerIoNatives(NativeRegistry& r) {
    r.add("java/io/FileOutputStream", "write0", "(I[BII)V", fosWrite0);
    r.add("java/io/FileInputStream", "read0", "(I[BII)I", fisRead0);
}

}  // namespace cortado::natives
