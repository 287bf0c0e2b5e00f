// The verification type lattice of JVMS 4.10.1.2, as one 32-bit value, and
// the interned class names that reference types carry.
//
//   top > integer, float, long, double, their second halves, and references;
//   references: Object > classes and arrays > null; uninitialized(bci) and
//   uninitializedThis are only themselves.
//
// A reference type holds an id into a TypeNames table, so comparing two types
// is comparing two integers; names are only looked at to ask the class hierarchy.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <functional>
#include <unordered_map>
#include <vector>

namespace cortado::verifier {

enum class Tag : uint8_t {
    Top, Integer, Float, Long, Double, Long2, Double2,  // Long2/Double2: the second slot
    Boolean, Byte, Char, Short,                          // only as a method's return type
    Null, UninitializedThis, Uninitialized, Reference,
    ReturnAddress,  // jsr's pushed address (JVMS 4.10.2.5); payload: the subroutine's entry
    // "Queries": what an instruction accepts, never the type of a value.
    ReferenceCheck, Category1Check, Category2Check, Category2ndCheck,
};

class VType {
public:
    constexpr VType() : bits_(0) {}
    static constexpr VType of(Tag t, uint32_t payload = 0) { return VType((payload << 5) | uint32_t(t)); }
    static constexpr VType top() { return of(Tag::Top); }
    static constexpr VType integer() { return of(Tag::Integer); }
    static constexpr VType float_() { return of(Tag::Float); }
    static constexpr VType long_() { return of(Tag::Long); }
    static constexpr VType double_() { return of(Tag::Double); }
    static constexpr VType long2() { return of(Tag::Long2); }
    static constexpr VType double2() { return of(Tag::Double2); }
    static constexpr VType null() { return of(Tag::Null); }
    static constexpr VType uninitializedThis() { return of(Tag::UninitializedThis); }
    static constexpr VType uninitialized(uint32_t newBci) { return of(Tag::Uninitialized, newBci); }
    static constexpr VType reference(uint32_t nameId) { return of(Tag::Reference, nameId); }
    static constexpr VType returnAddress(uint32_t subroutine) { return of(Tag::ReturnAddress, subroutine); }

    Tag tag() const { return Tag(bits_ & 31); }
    uint32_t payload() const { return bits_ >> 5; }   // name id, or the bci of the `new`
    uint32_t nameId() const { return payload(); }
    uint32_t newBci() const { return payload(); }
    bool operator==(VType o) const { return bits_ == o.bits_; }
    bool operator!=(VType o) const { return bits_ != o.bits_; }

    bool isTop() const { return tag() == Tag::Top; }
    bool isReference() const { return tag() == Tag::Reference; }
    bool isNull() const { return tag() == Tag::Null; }
    bool isUninitialized() const { return tag() == Tag::Uninitialized || tag() == Tag::UninitializedThis; }
    // Anything a reference instruction (aload, astore, areturn, ...) may hold.
    bool isAnyReference() const { return isReference() || isNull() || isUninitialized(); }
    bool isCategory2() const { return tag() == Tag::Long || tag() == Tag::Double; }
    bool isCategory2nd() const { return tag() == Tag::Long2 || tag() == Tag::Double2; }
    bool isCategory1() const {
        switch (tag()) {
            case Tag::Integer: case Tag::Float: case Tag::Null: case Tag::UninitializedThis:
            case Tag::Uninitialized: case Tag::Reference: case Tag::Boolean: case Tag::Byte:
            case Tag::Char: case Tag::Short: case Tag::ReturnAddress: return true;
            default: return false;
        }
    }
    VType secondHalf() const { return tag() == Tag::Long ? long2() : double2(); }

private:
    explicit constexpr VType(uint32_t b) : bits_(b) {}
    uint32_t bits_;
};

// Interned class and array names (internal form: "java/lang/String", "[I",
// "[Ljava/lang/Object;"), so a reference type is one integer.
class TypeNames {
public:
    uint32_t intern(std::string_view name);
    const std::string& name(uint32_t id) const { return names_[id]; }
    VType reference(std::string_view name) { return VType::reference(intern(name)); }
    bool isArray(VType t) const { return t.isReference() && names_[t.nameId()][0] == '['; }
    // Verification type of a field descriptor ("I" -> integer, "J" -> long, "[I" -> '[I').
    // Long/double are one VType here; callers add the second half.
    VType fromDescriptor(std::string_view descriptor);
    // An array's component type: '[[I' -> '[I', '[I' -> integer, '[Z' -> boolean-as-integer.
    VType component(VType array);
    // JVMS newarray atype -> '[I' etc.; Top for a bad atype.
    VType primitiveArray(uint8_t atype);
    // The array type whose component is `component` (for anewarray).
    VType arrayOf(VType component);

private:
    // Looked up by string_view without building a std::string.
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::vector<std::string> names_;
    std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
};

// How HotSpot prints a type in a VerifyError's details: "integer", "'java/lang/String'", ...
std::string describe(VType t, const TypeNames& names);

}  // namespace cortado::verifier
