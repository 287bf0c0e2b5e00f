// java.io.UnixFileSystem: the host file system behind java.io.File (stat,
// access, unlink/rmdir, mkdir, rename, opendir, utimensat, realpath). Paths
// travel as UTF-8 (sun.jnu.encoding); file names read back are decoded with the
// platform encoding. Queries answer false/0/null on failure, as HotSpot's
// UnixFileSystem_md.c does; only createFileExclusively and canonicalize throw.
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <vector>

#include "natives/Natives.h"
#include "natives/NativeSupport.h"
#include "runtime/Allocation.h"
#include "runtime/Barrier.h"
#include "runtime/PlatformEncoding.h"
#include "runtime/Strings.h"

namespace cortado::natives {

using namespace runtime;

// The path argument as host bytes; false (with NullPointerException pending) for null.
static bool pathArg(JavaThread& t, Slot* a, int i, std::string& out) {
    Object* s = argRef(a, i);
    if (!s) {
        t.throwNew("java/lang/NullPointerException", nullptr);
        return false;
    }
    out = stringToUtf8(t, s);
    return true;
}

// The bits of java.io.FileSystem's BA_* constants.
constexpr int32_t kExists = 0x01, kRegular = 0x02, kDirectory = 0x04;

static Slot getBooleanAttributes0(JavaThread& t, Slot* a) {
    std::string path;
    if (!pathArg(t, a, 0, path)) return 0;
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return intToSlot(0);
    int32_t bits = kExists;
    if (S_ISREG(st.st_mode)) bits |= kRegular;
    if (S_ISDIR(st.st_mode)) bits |= kDirectory;
    return intToSlot(bits);
}

// checkAccess0(path, mode): mode is FileSystem.ACCESS_READ (4) / WRITE (2) / EXECUTE (1), as access(2).
static Slot checkAccess0(JavaThread& t, Slot* a) {
    std::string path;
    if (!pathArg(t, a, 0, path)) return 0;
    return intToSlot(::access(path.c_str(), argInt(a, 1)) == 0);
}

static Slot getLastModifiedTime0(JavaThread& t, Slot* a) {
    std::string path;
    if (!pathArg(t, a, 0, path)) return 0;
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return longToSlot(0);
    return longToSlot(int64_t(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000);
}

static Slot getLength0(JavaThread& t, Slot* a) {
    std::string path;
    if (!pathArg(t, a, 0, path)) return 0;
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return longToSlot(0);
    return longToSlot(int64_t(st.st_size));
}

// createFileExclusively0: false if the file exists; any other failure is an IOException with
// strerror's words (HotSpot's "Could not open file" is only the fallback when errno is unset).
static Slot createFileExclusively0(JavaThread& t, Slot* a) {
    std::string path;
    if (!pathArg(t, a, 0, path)) return 0;
    int fd;
    do fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        if (errno == EEXIST) return intToSlot(0);
        t.throwNew("java/io/IOException", errno ? std::strerror(errno) : "Could not open file");
        return 0;
    }
    ::close(fd);
    return intToSlot(1);
}

static Slot delete0(JavaThread& t, Slot* a) {
    std::string path;
    if (!pathArg(t, a, 0, path)) return 0;
    return intToSlot(std::remove(path.c_str()) == 0);
}

static Slot createDirectory0(JavaThread& t, Slot* a) {
    std::string path;
    if (!pathArg(t, a, 0, path)) return 0;
    return intToSlot(::mkdir(path.c_str(), 0777) == 0);
}

static Slot rename0(JavaThread& t, Slot* a) {
    std::string from, to;
    if (!pathArg(t, a, 0, from) || !pathArg(t, a, 1, to)) return 0;
    return intToSlot(std::rename(from.c_str(), to.c_str()) == 0);
}

static Slot setLastModifiedTime0(JavaThread& t, Slot* a) {
    std::string path;
    if (!pathArg(t, a, 0, path)) return 0;
    int64_t ms = argLong(a, 1);
    struct timespec times[2];
    times[0].tv_sec = 0;
    times[0].tv_nsec = UTIME_OMIT;  // keep the access time, as HotSpot does
    times[1].tv_sec = time_t(ms / 1000);
    times[1].tv_nsec = long(ms % 1000) * 1000000;
    return intToSlot(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
}

// setPermission0(path, access, enable, ownerOnly): access is ACCESS_READ/WRITE/EXECUTE.
static Slot setPermission0(JavaThread& t, Slot* a) {
    std::string path;
    if (!pathArg(t, a, 0, path)) return 0;
    int32_t access = argInt(a, 1);
    bool enable = argInt(a, 2) != 0, ownerOnly = argInt(a, 3) != 0;
    mode_t owner = access == 4 ? S_IRUSR : access == 2 ? S_IWUSR : S_IXUSR;
    mode_t all = access == 4 ? (S_IRUSR | S_IRGRP | S_IROTH) : access == 2 ? (S_IWUSR | S_IWGRP | S_IWOTH)
                                                                           : (S_IXUSR | S_IXGRP | S_IXOTH);
    mode_t bits = ownerOnly ? owner : all;
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return intToSlot(0);
    mode_t mode = enable ? (st.st_mode | bits) : (st.st_mode & ~bits);
    return intToSlot(::chmod(path.c_str(), mode) == 0);
}

static Slot list0(JavaThread& t, Slot* a) {
    std::string path;
    if (!pathArg(t, a, 0, path)) return 0;
    DIR* dir = ::opendir(path.c_str());
    if (!dir) return 0;
    std::vector<std::string> names;
    while (dirent* e = ::readdir(dir)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
        names.emplace_back(e->d_name);
    }
    ::closedir(dir);
    HandleScope scope(t.handles);
    Klass* arrayClass = t.vm.loader.arrayOf(t, t.vm.stringClass);
    if (!arrayClass) return 0;
    Handle<Array> result(t.handles, allocateArray(t, arrayClass, int32_t(names.size())));
    if (!result) return 0;
    for (size_t i = 0; i < names.size(); ++i) {
        Object* s = newString(t, decodePlatformString(names[i]));
        if (!s) return 0;
        storeReference(&result->data<Object*>()[i], s);
    }
    return refToSlot(result.get());
}

// Removes "." and ".." names textually from an absolute path (canonicalize_md.c's collapse).
static std::string collapse(const std::string& path) {
    std::vector<std::string> names;
    size_t i = 0;
    while (i < path.size()) {
        size_t j = path.find('/', i);
        if (j == std::string::npos) j = path.size();
        std::string name = path.substr(i, j - i);
        if (name == "..") {
            if (!names.empty()) names.pop_back();
        } else if (!name.empty() && name != ".") {
            names.push_back(name);
        }
        i = j + 1;
    }
    if (names.empty()) return "/";
    std::string out;
    for (const auto& n : names) out += "/" + n;
    return out;
}

// The canonical form of an absolute path, as JDK 17's canonicalize_md.c defines it: realpath of the
// whole path if it exists, else realpath of its longest existing prefix with the rest appended;
// the "." and ".." names of the result are then collapsed. -1 (errno set) on an I/O error.
static int canonicalize(const std::string& original, std::string& out) {
    if (original.size() > PATH_MAX) {
        errno = ENAMETOOLONG;
        return -1;
    }
    char resolved[PATH_MAX + 1];
    if (::realpath(original.c_str(), resolved)) {
        out = collapse(resolved);
        return 0;
    }
    // Drop trailing names until a prefix resolves; only "does not exist", "not a directory" and
    // "access denied" allow going on.
    size_t cut = original.size();
    while (true) {
        size_t slash = cut == 0 ? std::string::npos : original.rfind('/', cut - 1);
        if (slash == std::string::npos || slash == 0) break;
        cut = slash;
        std::string prefix = original.substr(0, cut);
        if (::realpath(prefix.c_str(), resolved)) {
            std::string r = resolved;
            std::string rest = original.substr(cut);
            if (!r.empty() && r.back() == '/' && !rest.empty() && rest.front() == '/') rest.erase(0, 1);
            if (r.size() + rest.size() >= PATH_MAX) {
                errno = ENAMETOOLONG;
                return -1;
            }
            out = collapse(r + rest);
            return 0;
        }
        if (errno != ENOENT && errno != ENOTDIR && errno != EACCES) return -1;
    }
    out = collapse(original);
    return 0;
}

static Slot canonicalize0(JavaThread& t, Slot* a) {
    std::string path, out;
    if (!pathArg(t, a, 0, path)) return 0;
    if (canonicalize(path, out) < 0) {
        t.throwNew("java/io/IOException", errno ? std::strerror(errno) : "Bad pathname");
        return 0;
    }
    return refToSlot(newString(t, decodePlatformString(out)));
}

// getSpace0(path, which): statvfs(3) sizes in bytes; which is java.io.FileSystem's
// SPACE_TOTAL (0), SPACE_FREE (1) or SPACE_USABLE (2); 0 on failure, as HotSpot answers.
static Slot getSpace0(JavaThread& t, Slot* a) {
    std::string path;
    if (!pathArg(t, a, 0, path)) return 0;
    struct statvfs fs;
    if (::statvfs(path.c_str(), &fs) != 0) return longToSlot(0);
    uint64_t blocks = argInt(a, 1) == 0 ? fs.f_blocks : argInt(a, 1) == 1 ? fs.f_bfree : fs.f_bavail;
    return longToSlot(int64_t(uint64_t(fs.f_frsize) * blocks));
}

void registerFileSystemNatives(NativeRegistry& r) {
    const char* U = "java/io/UnixFileSystem";
    r.add(U, "getBooleanAttributes0", "(Ljava/lang/String;)I", getBooleanAttributes0);
    r.add(U, "checkAccess0", "(Ljava/lang/String;I)Z", checkAccess0);
    r.add(U, "getLastModifiedTime0", "(Ljava/lang/String;)J", getLastModifiedTime0);
    r.add(U, "getLength0", "(Ljava/lang/String;)J", getLength0);
    r.add(U, "createFileExclusively0", "(Ljava/lang/String;)Z", createFileExclusively0);
    r.add(U, "delete0", "(Ljava/lang/String;)Z", delete0);
    r.add(U, "createDirectory0", "(Ljava/lang/String;)Z", createDirectory0);
    r.add(U, "rename0", "(Ljava/lang/String;Ljava/lang/String;)Z", rename0);
    r.add(U, "setLastModifiedTime0", "(Ljava/lang/String;J)Z", setLastModifiedTime0);
    r.add(U, "setPermission0", "(Ljava/lang/String;IZZ)Z", setPermission0);
    r.add(U, "list0", "(Ljava/lang/String;)[Ljava/lang/String;", list0);
    r.add(U, "canonicalize0", "(Ljava/lang/String;)Ljava/lang/String;", canonicalize0);
    r.add(U, "getSpace0", "(Ljava/lang/String;I)J", getSpace0);
}

}  // namespace cortado::natives
