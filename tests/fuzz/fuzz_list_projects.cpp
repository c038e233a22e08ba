// SPDX-License-Identifier: MIT
// libFuzzer target: oms::decodeListProjects (ListProjects).
#include "fuzz.h"
#include "omsdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace omsdash;
    fuzz::use(oms::decodeListProjects(fuzz::body(data, size)));
    return 0;
}
