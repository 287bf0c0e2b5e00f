#include "natives/StringConcat.h"

#include <cstring>
#include <string>

#include "classfile/ModifiedUtf8.h"
#include "natives/FloatingDecimal.h"
#include "runtime/Allocation.h"
#include "runtime/Barrier.h"
#include "runtime/CallSiteLinking.h"
#include "runtime/JavaCalls.h"
#include "runtime/Resolution.h"
#include "runtime/Klass.h"
#include "runtime/Vm.h"

namespace cortado::natives {

using classfile::BasicType;
using classfile::CpTag;
using namespace runtime;

namespace {

constexpr const char* kConcatException = "java/lang/invoke/StringConcatException";
// StringConcatFactory.MAX_INDY_CONCAT_ARG_SLOTS.
constexpr int kMaxArgSlots = 200;
constexpr char16_t kTagArg = u'\1', kTagConst = u'\2';

Method* objectToString(JavaThread& thread) {
    static Method* m = nullptr;
    if (!m) m = thread.vm.objectClass->findDeclaredMethod("toString", "()Ljava/lang/String;");
    return m;
}

// Decimal digits of `v` written backwards ending at `end`; returns the new start.
char16_t* writeDecimal(char16_t* end, int64_t v) {
    uint64_t u = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    do {
        *--end = static_cast<char16_t>(u'0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) *--end = u'-';
    return end;
}

int decimalLength(int64_t v) {
    uint64_t u = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    int n = v < 0 ? 2 : 1;
    while (u >= 10) { u /= 10; ++n; }
    return n;
}

int64_t integralValue(BasicType t, Slot s) {
    switch (t) {
        case BasicType::Long: return slotToLong(s);
        case BasicType::Byte: return static_cast<int8_t>(slotToInt(s));
        case BasicType::Short: return static_cast<int16_t>(slotToInt(s));
        default: return slotToInt(s);
    }
}

const char16_t* stringData(JavaThread& thread, Object* s, int32_t& length) {
    Array* value = s->field<Array*>(thread.vm.offsets.stringValue);
    length = value ? value->length : 0;
    return value ? value->data<char16_t>() : nullptr;
}

}  // namespace

bool stringOf(JavaThread& thread, Object* value, bool isString, Object*& out) {
    if (!value || isString || value->klass == thread.vm.stringClass) {
        out = value;
        return true;
    }
    Method* m = value->klass->vtable[objectToString(thread)->vtableIndex];
    Slot r = callJava(thread, m, {refToSlot(value)});
    if (thread.hasPendingException()) return false;
    out = slotToRef(r);
    return true;
}

Object* assembleConcat(JavaThread& thread, const ConcatRecipe& recipe, const Slot* values, Object** const* strings) {
    static const std::u16string_view kNull = u"null", kTrue = u"true", kFalse = u"false";
    // Floating-point arguments through JDK 17's FloatingDecimal digits, once.
    const size_t n = recipe.argTypes.size();
    std::string inlineFloats[kConcatInlineArgs];
    std::vector<std::string> heapFloats(n > kConcatInlineArgs ? n : 0);
    std::string* floats = n > kConcatInlineArgs ? heapFloats.data() : inlineFloats;
    int64_t length = 0;
    for (const ConcatPart& p : recipe.parts) {
        if (p.arg < 0) { length += static_cast<int64_t>(p.constant.size()); continue; }
        Slot v = values[p.arg];
        switch (p.type) {
            case BasicType::Object: case BasicType::Array: {
                Object* s = *strings[p.arg];
                int32_t n = static_cast<int32_t>(kNull.size());
                if (s) stringData(thread, s, n);
                length += n;
                break;
            }
            case BasicType::Boolean: length += slotToInt(v) ? 4 : 5; break;
            case BasicType::Char: length += 1; break;
            case BasicType::Float: floats[p.arg] = javaFloatToString(slotToFloat(v)); length += int64_t(floats[p.arg].size()); break;
            case BasicType::Double: floats[p.arg] = javaDoubleToString(slotToDouble(v)); length += int64_t(floats[p.arg].size()); break;
            default: length += decimalLength(integralValue(p.type, v)); break;
        }
    }
    if (length > INT32_MAX) {
        thread.throwNew("java/lang/OutOfMemoryError", "Overflow: String length out of range");
        return nullptr;
    }
    HandleScope scope(thread.handles);
    Handle<Array> chars(thread.handles, allocateArray(thread, thread.vm.charArrayClass, static_cast<int32_t>(length)));
    if (!chars) return nullptr;
    // No allocation from here until the String: the cells' strings stay put.
    char16_t* out = chars->data<char16_t>();
    auto append = [&](std::u16string_view s) { std::memcpy(out, s.data(), s.size() * sizeof(char16_t)); out += s.size(); };
    for (const ConcatPart& p : recipe.parts) {
        if (p.arg < 0) { append(p.constant); continue; }
        Slot v = values[p.arg];
        switch (p.type) {
            case BasicType::Object: case BasicType::Array: {
                Object* s = *strings[p.arg];
                if (!s) { append(kNull); break; }
                int32_t n = 0;
                const char16_t* d = stringData(thread, s, n);
                append(std::u16string_view(d, static_cast<size_t>(n)));
                break;
            }
            case BasicType::Boolean: append(slotToInt(v) ? kTrue : kFalse); break;
            case BasicType::Char: *out++ = static_cast<char16_t>(slotToInt(v)); break;
            case BasicType::Float: case BasicType::Double:
                for (char c : floats[p.arg]) *out++ = static_cast<char16_t>(c);
                break;
            default: {
                char16_t buffer[24];
                char16_t* start = writeDecimal(buffer + 24, integralValue(p.type, v));
                append(std::u16string_view(start, static_cast<size_t>(buffer + 24 - start)));
                break;
            }
        }
    }
    Object* s = allocateInstance(thread, thread.vm.stringClass);
    if (!s) return nullptr;
    storeReference(&s->field<Object*>(thread.vm.offsets.stringValue), chars.get());
    return s;
}

namespace {

Slot concatTarget(JavaThread& thread, const CallSite& site, Slot* args) {
    const auto& recipe = site.dataAs<ConcatRecipe>();
    return refToSlot(concatenate(thread, recipe, [&](size_t i) { return args[recipe.argSlot[i]]; }));
}

// A bootstrap constant as String.valueOf renders it (JDK: constants are
// converted to strings at link time).
bool constantText(JavaThread& thread, const classfile::ConstantPool& cp, uint16_t index, std::u16string& out) {
    switch (cp.tag(index)) {
        case CpTag::String: out = classfile::decodeModifiedUtf8(cp.utf8(cp.at(index).index1)); return true;
        case CpTag::Integer: out = classfile::utf8ToUtf16(std::to_string(cp.intValue(index))); return true;
        case CpTag::Long: out = classfile::utf8ToUtf16(std::to_string(cp.longValue(index))); return true;
        case CpTag::Float: out = classfile::utf8ToUtf16(javaFloatToString(cp.floatValue(index))); return true;
        case CpTag::Double: out = classfile::utf8ToUtf16(javaDoubleToString(cp.doubleValue(index))); return true;
        default:
            throwBootstrapFailure(thread, kConcatException,
                                  "Cortado supports only String and numeric concatenation constants, not constant #" + std::to_string(index));
            return false;
    }
}

// JDK 17 StringConcatFactory.makeConcatWithConstants / makeConcat: the checks
// (with their messages) and the recipe, parsed once.
bool linkConcat(JavaThread& thread, const BootstrapCall& call, CallSite& site, bool withConstants) {
    const auto& type = call.type;
    if (type.returnDescriptor != "Ljava/lang/String;" && type.returnDescriptor != "Ljava/lang/Object;" &&
        type.returnDescriptor != "Ljava/lang/CharSequence;") {
        throwBootstrapFailure(thread, kConcatException,
                              "The return type should be compatible with String, but it is " +
                                  std::string(classfile::isReference(type.returnType) ? "class " : "") +
                                  typeNameOfDescriptor(type.returnDescriptor));
        return false;
    }
    if (type.argSlots > kMaxArgSlots) {
        throwBootstrapFailure(thread, kConcatException,
                              "Too many concat argument slots: " + std::to_string(type.argSlots) + ", can only accept " +
                                  std::to_string(kMaxArgSlots));
        return false;
    }
    auto recipe = std::make_unique<ConcatRecipe>();
    uint16_t slot = 0;
    for (size_t i = 0; i < type.params.size(); ++i) {
        recipe->argTypes.push_back(type.params[i]);
        recipe->argIsString.push_back(type.paramDescriptors[i] == "Ljava/lang/String;");
        recipe->argSlot.push_back(slot);
        slot = static_cast<uint16_t>(slot + classfile::slotCount(type.params[i]));
    }
    std::u16string text;
    if (withConstants) {
        if (call.argumentCount() < 1 || call.pool().tag(call.argument(0)) != CpTag::String) {
            throwBootstrapFailure(thread, kConcatException, "Recipe is null");
            return false;
        }
        text = classfile::decodeModifiedUtf8(call.pool().utf8(call.pool().at(call.argument(0)).index1));
    } else {
        text.assign(type.params.size(), kTagArg);  // makeConcat: every argument, nothing else
    }
    size_t argsWanted = 0, constantsWanted = 0;
    for (char16_t c : text) {
        if (c == kTagArg) ++argsWanted;
        else if (c == kTagConst) ++constantsWanted;
    }
    size_t constantsGiven = withConstants ? call.argumentCount() - 1 : 0;
    if (argsWanted != type.params.size()) {
        throwBootstrapFailure(thread, kConcatException,
                              "Mismatched number of concat arguments: recipe wants " + std::to_string(argsWanted) +
                                  " arguments, but signature provides " + std::to_string(type.params.size()));
        return false;
    }
    if (constantsWanted != constantsGiven) {
        throwBootstrapFailure(thread, kConcatException,
                              "Mismatched number of concat constants: recipe wants " + std::to_string(constantsWanted) +
                                  " constants, but only " + std::to_string(constantsGiven) + " are passed");
        return false;
    }
    // Literal text and constants merge into one constant part.
    std::u16string pending;
    int nextArg = 0;
    size_t nextConstant = 1;
    auto flush = [&] {
        if (pending.empty()) return;
        ConcatPart p;
        p.constant = std::move(pending);
        recipe->parts.push_back(std::move(p));
        pending.clear();
    };
    for (char16_t c : text) {
        if (c == kTagConst) {
            std::u16string constant;
            if (!constantText(thread, call.pool(), call.argument(nextConstant++), constant)) return false;
            pending += constant;
        } else if (c == kTagArg) {
            flush();
            ConcatPart p;
            p.arg = nextArg;
            p.type = recipe->argTypes[nextArg];
            p.isString = recipe->argIsString[nextArg];
            recipe->parts.push_back(std::move(p));
            ++nextArg;
        } else {
            pending += c;
        }
    }
    flush();
    site.data = std::move(recipe);
    site.target = &concatTarget;
    site.kind = CallSite::Kind::Native;
    return true;
}

bool linkMakeConcatWithConstants(JavaThread& thread, const BootstrapCall& call, CallSite& site) {
    return linkConcat(thread, call, site, true);
}

bool linkMakeConcat(JavaThread& thread, const BootstrapCall& call, CallSite& site) {
    return linkConcat(thread, call, site, false);
}

}  // namespace

void registerStringConcatBootstraps(NativeRegistry& r) {
    const char* factory = "java/lang/invoke/StringConcatFactory";
    r.addBootstrap(factory, "makeConcatWithConstants",
                   "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                   "Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;",
                   &linkMakeConcatWithConstants);
    r.addBootstrap(factory, "makeConcat",
                   "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)"
                   "Ljava/lang/invoke/CallSite;",
                   &linkMakeConcat);
}

}  // namespace cortado::natives
