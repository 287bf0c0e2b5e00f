// Handles: how C++ code holds Java references across anything that may
// allocate (DESIGN.md). A Handle points at a cell the GC sees as a root and
// updates when it moves the object; a raw Object* across a safepoint is a bug.
// Cells live in a per-thread HandleArea; a HandleScope frees the cells made
// while it was open (like V8's HandleScope).
#pragma once
#include <cstddef>
#include <deque>

#include "runtime/Object.h"

namespace cortado::runtime {

class HandleArea {
public:
    Object** make(Object* o) { cells_.push_back(o); return &cells_.back(); }
    size_t size() const { return cells_.size(); }
    void truncate(size_t n) { while (cells_.size() > n) cells_.pop_back(); }
    template <typename F> void forEach(F&& f) { for (auto& c : cells_) f(&c); }

private:
    std::deque<Object*> cells_;  // deque: cells keep their address as the area grows
};

template <typename T = Object>
class Handle {
public:
    Handle() = default;
    Handle(HandleArea& area, T* o) : cell_(area.make(o)) {}
    T* get() const { return cell_ ? static_cast<T*>(*cell_) : nullptr; }
    T* operator->() const { return get(); }
    explicit operator bool() const { return get() != nullptr; }
    void set(T* o) { *cell_ = o; }

private:
    Object** cell_ = nullptr;
};

class HandleScope {
public:
    explicit HandleScope(HandleArea& area) : area_(area), mark_(area.size()) {}
    ~HandleScope() { area_.truncate(mark_); }
    HandleScope(const HandleScope&) = delete;
    HandleScope& operator=(const HandleScope&) = delete;

private:
    HandleArea& area_;
    size_t mark_;
};

}  // namespace cortado::runtime
