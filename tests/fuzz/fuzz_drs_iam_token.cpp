// SPDX-License-Identifier: MIT
// libFuzzer target: drs::decodeIamToken (IAM POST /v3/auth/tokens).
#include "fuzz.h"
#include "drsdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace omsdash;
    fuzz::use(drs::decodeIamToken(fuzz::body(data, size)));
    return 0;
}
