#include "gc/FreeListSpace.h"

#include <algorithm>
#include <cstring>

#include "runtime/Allocation.h"

namespace cortado::gc {

using runtime::Object;

namespace {
constexpr uintptr_t kFreeChunk = 0;
constexpr uintptr_t kFiller = 1;
uintptr_t firstWord(const uint8_t* p) { return *reinterpret_cast<const uintptr_t*>(p); }
}  // namespace

FreeListSpace::FreeListSpace(uint8_t* base, size_t committed, size_t max)
    : base_(base), top_(base), committed_(std::min(committed, max)), max_(max) {}

bool FreeListSpace::isObject(const uint8_t* p) const {
    uintptr_t w = firstWord(p);
    return w != kFreeChunk && w != kFiller;
}

size_t FreeListSpace::chunkSize(const uint8_t* p) const {
    uintptr_t w = firstWord(p);
    if (w == kFreeChunk) return reinterpret_cast<const uint64_t*>(p)[1];
    if (w == kFiller) return 8;
    return runtime::objectSize(reinterpret_cast<Object*>(const_cast<uint8_t*>(p)));
}

void FreeListSpace::addFree(uint8_t* start, size_t bytes) {
    if (bytes == 8) {
        *reinterpret_cast<uintptr_t*>(start) = kFiller;
        return;
    }
    reinterpret_cast<uint64_t*>(start)[0] = kFreeChunk;
    reinterpret_cast<uint64_t*>(start)[1] = bytes;
    if (bytes <= kSmallLimit) smallFree_[bytes / 8].push_back(start);
    else largeFree_.emplace_back(start, bytes);
}

Object* FreeListSpace::allocate(size_t bytes) {
    uint8_t* p = nullptr;
    if (bytes <= kSmallLimit && !smallFree_[bytes / 8].empty()) {
        p = smallFree_[bytes / 8].back();
        smallFree_[bytes / 8].pop_back();
    } else {
        for (size_t i = 0; i < largeFree_.size(); ++i) {
            auto [start, size] = largeFree_[i];
            if (size < bytes) continue;
            largeFree_[i] = largeFree_.back();
            largeFree_.pop_back();
            p = start;
            if (size > bytes) addFree(start + bytes, size - bytes);
            break;
        }
    }
    if (!p) {
        if (bytes > size_t(base_ + committed_ - top_)) return nullptr;
        p = top_;
        top_ += bytes;
    }
    std::memset(p, 0, bytes);
    used_ += bytes;
    return reinterpret_cast<Object*>(p);
}

bool FreeListSpace::grow(size_t bytes) {
    size_t needed = size_t(top_ - base_) + bytes;
    if (needed > max_) return false;
    committed_ = std::min(max_, std::max({needed, committed_ * 2, used_ * 3 / 2}));
    return true;
}

bool FreeListSpace::ensureBumpRoom(size_t bytes) {
    if (size_t(base_ + committed_ - top_) >= bytes) return true;
    return grow(bytes);
}

void FreeListSpace::resetAfterCompaction(uint8_t* newTop) {
    for (auto& list : smallFree_) list.clear();
    largeFree_.clear();
    top_ = newTop;
    used_ = size_t(newTop - base_);
}

void FreeListSpace::sweep() {
    for (auto& list : smallFree_) list.clear();
    largeFree_.clear();
    used_ = 0;
    uint8_t* p = base_;
    uint8_t* freeStart = nullptr;
    while (p < top_) {
        size_t size = chunkSize(p);
        bool live = isObject(p) && (reinterpret_cast<Object*>(p)->mark & kMarkBit);
        if (live) {
            reinterpret_cast<Object*>(p)->mark &= ~kMarkBit;
            used_ += size;
            if (freeStart) {
                addFree(freeStart, size_t(p - freeStart));
                freeStart = nullptr;
            }
        } else if (!freeStart) {
            freeStart = p;
        }
        p += size;
    }
    if (freeStart) top_ = freeStart;  // a free run at the end returns to the bump pointer
}

}  // namespace cortado::gc
