#include "classfile/ClassFormatError.h"

namespace cortado::classfile {

const char* ClassFormatError::javaClassName() const {
    switch (kind_) {
    case LoadErrorKind::UnsupportedClassVersionError:
        return "java.lang.UnsupportedClassVersionError";
    case LoadErrorKind::NoClassDefFoundError:
        return "java.lang.NoClassDefFoundError";
    case LoadErrorKind::ClassFormatError:
        break;
    }
    return "java.lang.ClassFormatError";
}

}  // namespace cortado::classfile
