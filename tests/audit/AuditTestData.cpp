#include "AuditTestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

AuditTestData AuditTestData::generate(int regions, int imagesPerRegion) {
    static const QStringList statuses = {
        QStringLiteral("Available"),   QStringLiteral("Creating"),     QStringLiteral("Waiting"),
        QStringLiteral("UnAvailable"), QStringLiteral("CreateFailed"), QStringLiteral("Deprecated"),
    };
    AuditTestData data;
    data.credentials = {QStringLiteral("LTAIaudittest"), QStringLiteral("audit-secret"), {}};

    QJsonArray regionArray;
    QJsonArray imageArray;
    for (int r = 0; r < regions; ++r) {
        const QString regionId = QStringLiteral("test-region-%1").arg(r + 1);
        data.regionIds.append(regionId);
        regionArray.append(
            QJsonObject{{QStringLiteral("RegionId"), regionId},
                        {QStringLiteral("LocalName"), QStringLiteral("Test %1").arg(r + 1)},
                        {QStringLiteral("RegionEndpoint"), QStringLiteral("ecs.%1.example").arg(regionId)}});
        for (int i = 0; i < imagesPerRegion; ++i) {
            const int serial = r * imagesPerRegion + i;
            const QString imageId = QStringLiteral("m-r%1i%2").arg(r + 1).arg(i, 4, 10, QLatin1Char('0'));
            const QString name = QStringLiteral("image-%1").arg(serial);
            data.imageKeys.insert(regionId + QLatin1Char('/') + imageId);
            const int accountCount = serial % 10 == 3 ? 60 : serial % 6;
            QJsonArray accounts;
            for (int a = 0; a < accountCount; ++a) {
                const QString aliyunId = QString::number(100000000000LL + (serial * 7 + a * 13) % 5000);
                // Some grants without SharedTime: the field is newer than the reference page.
                const QString time = a % 4 == 1 ? QString()
                                                : QStringLiteral("2024-%1-%2T10:%3:00Z")
                                                      .arg(1 + a % 12, 2, 10, QLatin1Char('0'))
                                                      .arg(1 + serial % 28, 2, 10, QLatin1Char('0'))
                                                      .arg(a % 60, 2, 10, QLatin1Char('0'));
                QJsonObject account{{QStringLiteral("AliyunId"), aliyunId}};
                if (!time.isEmpty())
                    account.insert(QStringLiteral("SharedTime"), time);
                accounts.append(account);
                data.grants.insert(regionId + QLatin1Char(' ') + imageId + QLatin1String(" Account ") +
                                   aliyunId + QLatin1Char(' ') + time);
            }
            QJsonArray groups;
            if (serial % 7 == 2) {
                groups.append(QStringLiteral("all"));
                data.grants.insert(regionId + QLatin1Char(' ') + imageId + QLatin1String(" Group all "));
            }
            imageArray.append(QJsonObject{
                {QStringLiteral("RegionId"), regionId},
                {QStringLiteral("ImageId"), imageId},
                {QStringLiteral("ImageName"), name},
                {QStringLiteral("Status"), statuses.at(serial % statuses.size())},
                {QStringLiteral("OSName"), QStringLiteral("Ubuntu 22.04 64 bit")},
                {QStringLiteral("CreationTime"), QStringLiteral("2023-06-01T00:00:00Z")},
                {QStringLiteral("Size"), 40},
                {QStringLiteral("Accounts"), accounts},
                {QStringLiteral("ShareGroups"), groups},
            });
        }
    }
    const QJsonObject root{
        {QStringLiteral("AccessKeys"),
         QJsonArray{QJsonObject{{QStringLiteral("AccessKeyId"), data.credentials.accessKeyId},
                                {QStringLiteral("AccessKeySecret"), data.credentials.accessKeySecret}}}},
        {QStringLiteral("Regions"), regionArray},
        {QStringLiteral("Images"), imageArray},
    };
    data.json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return data;
}
