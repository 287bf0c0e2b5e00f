// A non-moving space with size-segregated free lists: the heap of the
// mark-sweep strategy and the old generation of the generational one.
//
// The used area [base, top) is always walkable: every chunk is an object (its
// first word is the class pointer), a free chunk (first word 0, size in the
// second) or an 8-byte filler (first word 1) left where a chunk was split
// too finely. Allocation pops an exact-size list (16..256 bytes), takes the
// first large chunk that fits, or bumps top within the committed limit.
#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "runtime/Object.h"

namespace cortado::gc {

constexpr uint64_t kMarkBit = 1;  // bit 0 of the mark word, set by marking

class FreeListSpace {
public:
    FreeListSpace(uint8_t* base, size_t committed, size_t max);
    // Zeroed memory, or nullptr if nothing fits within the committed limit.
    runtime::Object* allocate(size_t bytes);
    // Raises the committed limit so that `bytes` more fit (within max); false if it cannot.
    bool grow(size_t bytes);
    // Frees every unmarked object, unmarks the live ones, coalesces free runs.
    void sweep();
    bool isObject(const uint8_t* p) const;
    size_t chunkSize(const uint8_t* p) const;
    template <typename F>
    void forEachObject(F&& f) {
        for (uint8_t* p = base_; p < top_; p += chunkSize(p))
            if (isObject(p)) f(reinterpret_cast<runtime::Object*>(p));
    }

    bool contains(const void* p) const { return p >= base_ && p < top_; }
    bool inReservation(const void* p) const { return p >= base_ && p < base_ + max_; }
    size_t usedBytes() const { return used_; }
    size_t committedBytes() const { return committed_; }
    size_t maxBytes() const { return max_; }
    size_t freeBytes() const { return committed_ - used_; }
    uint8_t* base() const { return base_; }
    uint8_t* top() const { return top_; }
    // After sliding compaction: [base, newTop) is one dense run of objects, the rest is
    // bump space, and the free lists are empty.
    void resetAfterCompaction(uint8_t* newTop);
    // Bytes held by free chunks and fillers below top: what compaction would give back.
    size_t fragmentedBytes() const { return size_t(top_ - base_) - used_; }
    // Room for bump allocation within the committed limit; grows the limit (within max)
    // to make `bytes` of it. False if even max is too small.
    bool ensureBumpRoom(size_t bytes);

private:
    static constexpr size_t kSmallLimit = 256;
    static constexpr size_t kSmallLists = kSmallLimit / 8 + 1;
    void addFree(uint8_t* start, size_t bytes);

    uint8_t* base_;
    uint8_t* top_;
    size_t committed_;
    size_t max_;
    size_t used_ = 0;
    std::vector<uint8_t*> smallFree_[kSmallLists];
    std::vector<std::pair<uint8_t*, size_t>> largeFree_;
};

}  // namespace cortado::gc
