// --verify-heap for every strategy: walks the objects reachable from the
// roots and checks that every root and every reference field points at the
// start of an object; aborts naming the broken reference.
//
// Object starts are kept in a bitmap (one bit per 8-byte granule of the used
// part of the heap), not a hash set: under --gc-stress=1 the heap is verified
// twice per allocation, and the bitmap makes a verification cost a linear walk.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace cortado::runtime {
class JavaThread;
}

namespace cortado::gc {

class ObjectStartBitmap {
public:
    struct Range {
        const void* low;
        const void* high;
    };
    // Covers [low, high): the used extent of the heap's spaces.
    ObjectStartBitmap(const void* low, const void* high) : ObjectStartBitmap({Range{low, high}}) {}
    // Covers only the used part of each space: a generational heap's spaces
    // lie far apart in its reservation (eden is sized for the largest heap),
    // and a bitmap spanning the gaps made every verification clear megabytes.
    explicit ObjectStartBitmap(std::initializer_list<Range> ranges);
    void add(const void* p);
    bool contains(const void* p) const;
    // Sets the bit of `p` (which must be covered); returns whether it was already set.
    bool testAndAdd(const void* p);
    // A bitmap over the same extents with no bit set.
    ObjectStartBitmap emptyCopy() const;

private:
    struct Extent {
        const uint8_t* low;
        size_t granules;
        size_t firstBit;
    };
    ObjectStartBitmap() = default;
    bool covers(const void* p, size_t& bit) const;
    std::vector<Extent> extents_;
    std::vector<uint64_t> bits_;
};

void verifyReachableHeap(runtime::JavaThread& thread, const char* when, const ObjectStartBitmap& objectStarts);

}  // namespace cortado::gc
