// Errors raised while reading class files and archives. They carry the Java
// error class HotSpot would throw so that runtime/ can turn them into the
// matching Java exception without string matching.
#pragma once
#include <stdexcept>
#include <string>

namespace cortado::classfile {

// Which java.lang error a failure becomes once the runtime is involved.
enum class LoadErrorKind {
    ClassFormatError,              // JVMS 4.8 format checking failed
    UnsupportedClassVersionError,  // JVMS 4.1 major_version outside 45..61
    NoClassDefFoundError,          // this_class does not match the requested name (JVMS 5.3.5)
};

class ClassFormatError : public std::runtime_error {
public:
    ClassFormatError(LoadErrorKind kind, const std::string& message)
        : std::runtime_error(message), kind_(kind) {}
    explicit ClassFormatError(const std::string& message)
        : ClassFormatError(LoadErrorKind::ClassFormatError, message) {}
    LoadErrorKind kind() const { return kind_; }
    // The Java class name of the error, dotted, e.g. "java.lang.ClassFormatError".
    const char* javaClassName() const;

private:
    LoadErrorKind kind_;
};

// A malformed zip/jar archive. Not a Java error by itself: the launcher
// reports it the way `java` does ("Error: Invalid or corrupt jarfile X").
class ArchiveError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace cortado::classfile
