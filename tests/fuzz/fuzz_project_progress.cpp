// SPDX-License-Identifier: MIT
// libFuzzer target: oms::decodeProjectProgress (DescribeProjectProgress, OMS 3.3 sync progress).
#include "fuzz.h"
#include "omsdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace omsdash;
    fuzz::use(oms::decodeProjectProgress(fuzz::body(data, size)));
    return 0;
}
