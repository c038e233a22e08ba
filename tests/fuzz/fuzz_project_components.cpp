// SPDX-License-Identifier: MIT
// libFuzzer target: oms::decodeProjectComponents (OMS 4 DescribeProjectComponents).
#include "fuzz.h"
#include "omsdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace omsdash;
    fuzz::use(oms::decodeProjectComponents(fuzz::body(data, size)));
    return 0;
}
