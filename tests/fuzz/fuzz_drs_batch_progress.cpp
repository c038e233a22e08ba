// SPDX-License-Identifier: MIT
// libFuzzer target: drs::decodeBatchProgress (v3 jobs/batch-progress).
#include "fuzz.h"
#include "drsdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace omsdash;
    fuzz::use(drs::decodeBatchProgress(fuzz::body(data, size)));
    return 0;
}
