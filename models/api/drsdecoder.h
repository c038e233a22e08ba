// SPDX-License-Identifier: MIT
#pragma once

#include "types.h"

#include <QByteArray>

/// Pure decoders for Huawei Cloud DRS responses. Bytes in, value or ApiError out; no I/O.
/// A body carrying `error_code` / `error_msg` is an ApiError of kind Api whatever the HTTP
/// status; a body that is not the documented JSON is kind Malformed with a short excerpt.
namespace omsdash::drs {

/// v3 `POST /v3/{project_id}/jobs/batch-progress`: `results[]`.
Result<QList<DrsJobProgress>> decodeBatchProgress(const QByteArray &body);

/// v5 `GET /v5/{project_id}/jobs/{job_id}/progress-data/{type}`: `flow_compare_data[]` with
/// `count` (total rows across pages) as totalCount.
Result<TablePage> decodeProgressData(const QByteArray &body);

/// IAM `POST /v3/auth/tokens` (HTTP 201): the token itself comes in the `X-Subject-Token`
/// response header; the body gives `token.expires_at` (ISO 8601 UTC) and `token.project.id`.
struct IamToken
{
    QDateTime expiresAt; ///< UTC; invalid when the body did not say
    QString projectId;   ///< the scoped project's id, for `{project_id}`
};
Result<IamToken> decodeIamToken(const QByteArray &body);

/// The error of a non-2xx response: `error_code`/`error_msg`/`request_id` when present.
/// 401 and 403, and the token codes APIG.0301 / DRS.M00100, are kind Auth.
ApiError decodeHttpError(int httpStatus, const QByteArray &body);

} // namespace omsdash::drs
