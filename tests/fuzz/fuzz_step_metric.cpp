// SPDX-License-Identifier: MIT
// libFuzzer target: oms::decodeStepMetric (DescribeProjectStepMetric), for FULL_TRANSFER / RPS.
#include "fuzz.h"
#include "omsdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace omsdash;
    fuzz::use(oms::decodeStepMetric(fuzz::body(data, size), QStringLiteral("FULL_TRANSFER"),
                                    QStringLiteral("RPS")));
    return 0;
}
