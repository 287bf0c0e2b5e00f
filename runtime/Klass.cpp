#include "runtime/Klass.h"

#include <algorithm>

#include "runtime/Frame.h"

namespace cortado::runtime {

std::string Klass::packageName() const {
    std::string_view n = name;
    while (!n.empty() && n[0] == '[') n.remove_prefix(1);
    if (!n.empty() && n[0] == 'L') n.remove_prefix(1);
    size_t slash = n.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(n.substr(0, slash));
}

// JVMS 6.5 checkcast / instanceof: the assignment-compatibility rules.
bool Klass::isSubclassOf(const Klass* t) const {
    if (this == t) return true;
    if (isArray()) {
        if (t->isArray()) {
            const Klass* sc = component;
            const Klass* tc = t->component;
            if (sc->isPrimitiveClass || tc->isPrimitiveClass) return sc == tc;
            return sc->isSubclassOf(tc);
        }
        if (t->isInterface())  // arrays implement exactly Cloneable and Serializable (JLS 10.8)
            return t->name == "java/lang/Cloneable" || t->name == "java/io/Serializable";
        return t->super == nullptr && !t->isPrimitiveClass;  // java/lang/Object
    }
    if (t->isInterface())
        return std::find(allInterfaces.begin(), allInterfaces.end(), t) != allInterfaces.end();
    if (t->depth > depth) return false;
    const Klass* k = this;
    while (k && k->depth > t->depth) k = k->super;
    return k == t;
}

Method* Klass::findDeclaredMethod(std::string_view n, std::string_view d) {
    for (auto& m : methods)
        if (m.name == n && m.descriptor == d) return &m;
    return nullptr;
}

Field* Klass::findDeclaredField(std::string_view n, std::string_view d) {
    for (auto& f : fields)
        if (f.name == n && f.descriptor == d) return &f;
    return nullptr;
}

int Method::lineNumber(uint32_t pc) const {
    const auto* c = codeAttribute();
    return c ? c->lineFor(pc) : -1;
}

std::string Method::externalName() const {
    return owner->externalName + "." + name + descriptor;
}

uint32_t Frame::bci() const { return static_cast<uint32_t>(pc - method->code.get()); }

}  // namespace cortado::runtime
