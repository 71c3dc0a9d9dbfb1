#pragma once

#include "Credentials.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

/// A simulator dataset built in code, with the grants an audit of it must find.
struct AuditTestData {
    /// `regions` regions of `imagesPerRegion` custom images each, every status present; one image in ten
    /// shared with 60 accounts (two pages of 50), one in seven with group "all", the rest 0-5 accounts.
    static AuditTestData generate(int regions, int imagesPerRegion);

    QByteArray json;
    QStringList regionIds;
    QSet<QString> imageKeys; // "region/imageId"
    /// "region imageId Kind principal sharedTime", one per grant.
    QSet<QString> grants;
    isb::Credentials credentials;
};
