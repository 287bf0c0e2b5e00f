// String concatenation as java.lang.invoke.StringConcatFactory links it
// (javac --release 9+ compiles `a + b` to invokedynamic). The recipe is parsed
// once at link time; each execution stringifies the reference arguments in
// order (String.valueOf semantics: null and a null toString() give "null"),
// measures, allocates the result's char[] once and fills it. Records'
// toString (natives/RecordMethods.cpp) uses the same machinery.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "classfile/Descriptor.h"
#include "runtime/CallSite.h"
#include "runtime/JavaThread.h"
#include "runtime/NativeRegistry.h"
#include "runtime/Object.h"

namespace cortado::natives {

// One piece of the result: a constant, or the value of argument `arg`.
struct ConcatPart {
    int arg = -1;                                             // -1: constant
    classfile::BasicType type = classfile::BasicType::Object;  // of the argument
    bool isString = false;                                    // declared java.lang.String: no toString() call
    std::u16string constant;
};

struct ConcatRecipe : runtime::CallSiteData {
    std::vector<ConcatPart> parts;
    std::vector<classfile::BasicType> argTypes;
    std::vector<bool> argIsString;
    std::vector<uint16_t> argSlot;  // each argument's first slot among the instruction's arguments
};

// The result of concatenating `recipe`'s parts, where `argument(i)` reads
// argument i as a slot (re-read after anything that may allocate: the caller's
// storage must be GC-visible). nullptr with an exception pending.
template <typename Argument>
runtime::Object* concatenate(runtime::JavaThread& thread, const ConcatRecipe& recipe, Argument&& argument);

// String.valueOf(x) of a reference: x itself for a String, else x.toString()
// (virtual); nullptr stands for "null". False with an exception pending.
bool stringOf(runtime::JavaThread& thread, runtime::Object* value, bool isString, runtime::Object*& out);
// Measures, allocates and fills the result: `values[i]` holds primitive
// argument i, `strings[i]` the handle cell of stringified reference i.
runtime::Object* assembleConcat(runtime::JavaThread& thread, const ConcatRecipe& recipe, const runtime::Slot* values,
                                runtime::Object** const* strings);

// Per-execution scratch space: on the C++ stack for the usual few arguments.
constexpr size_t kConcatInlineArgs = 16;

template <typename Argument>
runtime::Object* concatenate(runtime::JavaThread& thread, const ConcatRecipe& recipe, Argument&& argument) {
    runtime::HandleScope scope(thread.handles);
    // Stringify references first, left to right, as JDK 17's strategy does
    // (each argument is filtered through String.valueOf before anything is measured).
    const size_t n = recipe.argTypes.size();
    runtime::Object** inlineStrings[kConcatInlineArgs];
    runtime::Slot inlineValues[kConcatInlineArgs];
    std::vector<runtime::Object**> heapStrings;
    std::vector<runtime::Slot> heapValues;
    if (n > kConcatInlineArgs) {
        heapStrings.resize(n);
        heapValues.resize(n);
    }
    runtime::Object*** strings = n > kConcatInlineArgs ? heapStrings.data() : inlineStrings;
    runtime::Slot* values = n > kConcatInlineArgs ? heapValues.data() : inlineValues;
    for (size_t i = 0; i < n; ++i) {
        strings[i] = nullptr;
        if (!classfile::isReference(recipe.argTypes[i])) continue;
        runtime::Object* s = nullptr;
        if (!stringOf(thread, runtime::slotToRef(argument(i)), recipe.argIsString[i], s)) return nullptr;
        strings[i] = thread.handles.make(s);
    }
    for (size_t i = 0; i < n; ++i) values[i] = strings[i] ? 0 : argument(i);
    return assembleConcat(thread, recipe, values, strings);
}

void registerStringConcatBootstraps(runtime::NativeRegistry& r);

}  // namespace cortado::natives
