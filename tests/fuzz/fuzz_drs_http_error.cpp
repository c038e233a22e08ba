// SPDX-License-Identifier: MIT
// libFuzzer target: drs::decodeHttpError (the body of a non-2xx DRS or IAM response).
#include "fuzz.h"
#include "drsdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace omsdash;
    const QByteArray body = fuzz::body(data, size);
    for (const int status : {401, 500}) // 401/403 take the Auth branch, any other status the rest
        fuzz::use(drs::decodeHttpError(status, body));
    return 0;
}
