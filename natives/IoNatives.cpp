// java.io streams on host file descriptors: FileInputStream / FileOutputStream
// read(2) and write(2), and the descriptor operations of java.io.FileDescriptor
// (open, close, seek, length, available) that FileInputStream, FileOutputStream
// and RandomAccessFile share. Errors become the IOException HotSpot's
// io_util_md.c throws, with its wording: "<path> (<strerror>)" for a failed
// open (FileNotFoundException), strerror(errno) otherwise.
#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "natives/Natives.h"
#include "natives/NativeSupport.h"
#include "runtime/Strings.h"

namespace cortado::natives {

using namespace runtime;

static bool checkRange(JavaThread& t, Array* b, int32_t off, int32_t len) {
    if (!b) {
        t.throwNew("java/lang/NullPointerException", nullptr);
        return false;
    }
    if (off < 0 || len < 0 || int64_t(off) + len > b->length) {
        // io_util.c throws IndexOutOfBoundsException without a message.
        t.throwNew("java/lang/IndexOutOfBoundsException", nullptr);
        return false;
    }
    return true;
}

static void throwIOException(JavaThread& t, int err) { t.throwNew("java/io/IOException", std::strerror(err)); }

static Slot fosWrite0(JavaThread& t, Slot* a) {
    int fd = argInt(a, 0);
    auto* b = static_cast<Array*>(argRef(a, 1));
    int32_t off = argInt(a, 2), len = argInt(a, 3);
    if (!checkRange(t, b, off, len)) return 0;
    if (len == 0) return 0;
    if (fd < 0) {
        t.throwNew("java/io/IOException", "Stream Closed");
        return 0;
    }
    const char* p = b->data<char>() + off;
    while (len > 0) {
        ssize_t n = ::write(fd, p, size_t(len));
        if (n < 0) {
            if (errno == EINTR) continue;
            throwIOException(t, errno);
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
    if (fd < 0) {
        t.throwNew("java/io/IOException", "Stream Closed");
        return 0;
    }
    ssize_t n;
    do n = ::read(fd, b->data<char>() + off, size_t(len));
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        throwIOException(t, errno);
        return 0;
    }
    return intToSlot(n == 0 ? -1 : int32_t(n));
}

// FileDescriptor.open0(String path, int mode): the modes of FileDescriptor.java.
enum OpenMode { kRead = 0, kWriteTruncate = 1, kWriteAppend = 2, kReadWrite = 3, kReadWriteSync = 4, kReadWriteDsync = 5 };

static Slot fdOpen0(JavaThread& t, Slot* a) {
    Object* pathString = argRef(a, 0);
    if (!pathString) {
        t.throwNew("java/lang/NullPointerException", nullptr);
        return 0;
    }
    std::string path = stringToUtf8(t, pathString);
    int flags;
    switch (argInt(a, 1)) {
        case kRead: flags = O_RDONLY; break;
        case kWriteTruncate: flags = O_WRONLY | O_CREAT | O_TRUNC; break;
        case kWriteAppend: flags = O_WRONLY | O_CREAT | O_APPEND; break;
        case kReadWrite: flags = O_RDWR | O_CREAT; break;
        case kReadWriteSync: flags = O_RDWR | O_CREAT | O_SYNC; break;
        case kReadWriteDsync: flags = O_RDWR | O_CREAT | O_DSYNC; break;
        default: t.throwNew("java/lang/IllegalArgumentException", "bad open mode"); return 0;
    }
    int fd;
    do fd = ::open(path.c_str(), flags | O_CLOEXEC, 0666);
    while (fd < 0 && errno == EINTR);
    int err = errno;
    if (fd >= 0) {
        // As io_util_md.c's handleOpen: opening a directory "succeeds" for reading, but is an error.
        struct stat st;
        if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            ::close(fd);
            fd = -1;
            err = EISDIR;
        }
    }
    if (fd < 0) {
        t.throwNew("java/io/FileNotFoundException", path + " (" + std::strerror(err) + ")");
        return 0;
    }
    return intToSlot(fd);
}

// FileDescriptor.close0(int fd): the standard streams are pointed at /dev/null instead of closed
// (as HotSpot's fileDescriptorClose), so a later open cannot take descriptor 0, 1 or 2.
static Slot fdClose0(JavaThread& t, Slot* a) {
    int fd = argInt(a, 0);
    if (fd < 0) return 0;
    if (fd <= 2) {
        int devnull = ::open("/dev/null", O_WRONLY);
        if (devnull < 0) {
            throwIOException(t, errno);
            return 0;
        }
        ::dup2(devnull, fd);
        ::close(devnull);
        return 0;
    }
    if (::close(fd) < 0 && errno != EINTR) throwIOException(t, errno);
    return 0;
}

static bool checkOpen(JavaThread& t, int fd) {
    if (fd >= 0) return true;
    t.throwNew("java/io/IOException", "Stream Closed");
    return false;
}

// FileDescriptor.available0(int fd): bytes readable without blocking (io_util_md.c's handleAvailable).
static Slot fdAvailable0(JavaThread& t, Slot* a) {
    int fd = argInt(a, 0);
    if (!checkOpen(t, fd)) return 0;
    struct stat st;
    if (::fstat(fd, &st) < 0) {
        throwIOException(t, errno);
        return 0;
    }
    int64_t available;
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) {
        int n = 0;
        if (::ioctl(fd, FIONREAD, &n) < 0) {
            throwIOException(t, errno);
            return 0;
        }
        available = n;
    } else {
        off_t cur = ::lseek(fd, 0, SEEK_CUR);
        off_t end = cur < 0 ? -1 : ::lseek(fd, 0, SEEK_END);
        if (cur < 0 || end < 0 || ::lseek(fd, cur, SEEK_SET) < 0) {
            throwIOException(t, errno);
            return 0;
        }
        available = int64_t(end) - int64_t(cur);
    }
    if (available > INT_MAX) available = INT_MAX;
    if (available < 0) available = 0;
    return intToSlot(int32_t(available));
}

// FileDescriptor.skip0(int fd, long n): lseek forward by n, returning how far it moved.
static Slot fdSkip0(JavaThread& t, Slot* a) {
    int fd = argInt(a, 0);
    int64_t n = argLong(a, 1);
    if (!checkOpen(t, fd)) return 0;
    off_t cur = ::lseek(fd, 0, SEEK_CUR);
    off_t end = cur < 0 ? -1 : ::lseek(fd, off_t(n), SEEK_CUR);
    if (cur < 0 || end < 0) {
        throwIOException(t, errno);
        return 0;
    }
    return longToSlot(int64_t(end) - int64_t(cur));
}

static Slot fdPosition0(JavaThread& t, Slot* a) {
    int fd = argInt(a, 0);
    if (!checkOpen(t, fd)) return 0;
    off_t cur = ::lseek(fd, 0, SEEK_CUR);
    if (cur < 0) {
        throwIOException(t, errno);
        return 0;
    }
    return longToSlot(int64_t(cur));
}

static Slot fdSeek0(JavaThread& t, Slot* a) {
    int fd = argInt(a, 0);
    if (!checkOpen(t, fd)) return 0;
    if (::lseek(fd, off_t(argLong(a, 1)), SEEK_SET) < 0) throwIOException(t, errno);
    return 0;
}

static Slot fdLength0(JavaThread& t, Slot* a) {
    int fd = argInt(a, 0);
    if (!checkOpen(t, fd)) return 0;
    struct stat st;
    if (::fstat(fd, &st) < 0) {
        throwIOException(t, errno);
        return 0;
    }
    return longToSlot(int64_t(st.st_size));
}

// FileDescriptor.setLength0(int fd, long length): as RandomAccessFile.setLength, the file pointer
// stays where it was unless it is now past the end, when it moves to the end.
static Slot fdSetLength0(JavaThread& t, Slot* a) {
    int fd = argInt(a, 0);
    int64_t length = argLong(a, 1);
    if (!checkOpen(t, fd)) return 0;
    off_t cur = ::lseek(fd, 0, SEEK_CUR);
    if (cur < 0 || ::ftruncate(fd, off_t(length)) < 0) {
        throwIOException(t, errno);
        return 0;
    }
    if (cur > length && ::lseek(fd, off_t(length), SEEK_SET) < 0) throwIOException(t, errno);
    return 0;
}

// FileDescriptor.sync0(int fd): fsync(2); any failure (a closed descriptor too) is
// SyncFailedException "sync failed", as HotSpot's FileDescriptor.sync.
static Slot fdSync0(JavaThread& t, Slot* a) {
    if (::fsync(argInt(a, 0)) < 0) t.throwNew("java/io/SyncFailedException", "sync failed");
    return 0;
}

// Console.istty(): both standard input and standard output are terminals (System.console()).
static Slot consoleIstty(JavaThread&, Slot*) { return intToSlot(::isatty(0) && ::isatty(1)); }

// Console.echo(boolean on): the terminal's ECHO flag on standard input; returns whether it was on.
static Slot consoleEcho(JavaThread& t, Slot* a) {
    struct termios tio;
    if (::tcgetattr(0, &tio) < 0) {
        throwIOException(t, errno);
        return 0;
    }
    bool old = (tio.c_lflag & ECHO) != 0;
    if (argInt(a, 0)) tio.c_lflag |= ECHO;
    else tio.c_lflag &= ~tcflag_t(ECHO);
    if (::tcsetattr(0, TCSANOW, &tio) < 0) {
        throwIOException(t, errno);
        return 0;
    }
    return intToSlot(old);
}

void registerIoNatives(NativeRegistry& r) {
    r.add("java/io/FileOutputStream", "write0", "(I[BII)V", fosWrite0);
    r.add("java/io/FileInputStream", "read0", "(I[BII)I", fisRead0);
    r.add("java/io/RandomAccessFile", "read0", "(I[BII)I", fisRead0);
    r.add("java/io/RandomAccessFile", "write0", "(I[BII)V", fosWrite0);
    const char* D = "java/io/FileDescriptor";
    r.add(D, "open0", "(Ljava/lang/String;I)I", fdOpen0);
    r.add(D, "close0", "(I)V", fdClose0);
    r.add(D, "available0", "(I)I", fdAvailable0);
    r.add(D, "skip0", "(IJ)J", fdSkip0);
    r.add(D, "position0", "(I)J", fdPosition0);
    r.add(D, "seek0", "(IJ)V", fdSeek0);
    r.add(D, "length0", "(I)J", fdLength0);
    r.add(D, "setLength0", "(IJ)V", fdSetLength0);
    r.add(D, "sync0", "(I)V", fdSync0);
    r.add("java/io/Console", "istty", "()Z", consoleIstty);
    r.add("java/io/Console", "echo", "(Z)Z", consoleEcho);
}

}  // namespace cortado::natives
