#pragma once

#include "EcsError.h"
#include "EcsTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace isb {

/// Turns ECS JSON answers into typed values. Each function checks the shape it depends on and reports a
/// BadResponse error instead of guessing, so a hostile or broken server cannot produce a half-filled table.
namespace EcsResponseParser {

/// Parses an HTTP body as a JSON object; on failure fills `error` with a BadResponse.
QJsonObject parseObject(const QByteArray &body, int httpStatus, EcsError *error);

/// The error body `{RequestId, HostId, Code, Message, Recommend}` of a non-2xx answer.
EcsError parseError(const QByteArray &body, int httpStatus);

QList<Region> parseRegions(const QJsonObject &object, EcsError *error);
ImagePage parseImages(const QJsonObject &object, const QString &regionId, EcsError *error);
SharePermissionPage parseSharePermission(const QJsonObject &object, EcsError *error);
/// STS GetCallerIdentity; AccountId, Arn and IdentityType are required.
CallerIdentity parseCallerIdentity(const QJsonObject &object, EcsError *error);
/// STS AssumeRole; every Credentials field is required.
AssumedRole parseAssumedRole(const QJsonObject &object, EcsError *error);
/// One page of ResourceManager ListAccounts; `totalCount` and `pageNumber` receive the page's figures.
QList<DirectoryAccount> parseDirectoryAccounts(const QJsonObject &object, int *totalCount, int *pageNumber,
                                               EcsError *error);

/// ISO 8601 UTC ("2019-11-15T06:07:05Z", with or without seconds); invalid QDateTime when empty.
QDateTime parseTime(const QString &text);

} // namespace EcsResponseParser

} // namespace isb
