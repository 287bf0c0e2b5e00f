#include "runtime/Strings.h"

#include <cstring>

#include "classfile/ModifiedUtf8.h"
#include "runtime/Allocation.h"
#include "runtime/Barrier.h"
#include "runtime/JavaThread.h"
#include "runtime/Vm.h"

namespace cortado::runtime {

Object* newString(JavaThread& thread, std::u16string_view chars) {
    Vm& vm = thread.vm;
    HandleScope scope(thread.handles);
    Handle<Array> value(thread.handles, allocateArray(thread, vm.charArrayClass, static_cast<int32_t>(chars.size())));
    if (!value) return nullptr;
    std::memcpy(value->data<char16_t>(), chars.data(), chars.size() * sizeof(char16_t));
    Object* s = allocateInstance(thread, vm.stringClass);
    if (!s) return nullptr;
    storeReference(&s->field<Object*>(vm.offsets.stringValue), value.get());
    return s;
}

Object* newStringFromModifiedUtf8(JavaThread& thread, std::string_view bytes) {
    return newString(thread, classfile::decodeModifiedUtf8(bytes));
}

Object* newStringFromUtf8(JavaThread& thread, std::string_view utf8) {
    return newString(thread, classfile::utf8ToUtf16(utf8));
}

std::u16string stringChars(JavaThread& thread, Object* string) {
    if (!string) return u"null";
    Array* value = string->field<Array*>(thread.vm.offsets.stringValue);
    if (!value) return {};
    return std::u16string(value->data<char16_t>(), value->length);
}

std::string stringToUtf8(JavaThread& thread, Object* string) {
    return classfile::utf16ToUtf8(stringChars(thread, string));
}

}  // namespace cortado::runtime
