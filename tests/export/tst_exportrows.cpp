#include "Rfc4180Parser.h"
#include "export/CsvWriter.h"
#include "export/ImageRows.h"
#include "export/RegionRows.h"
#include "export/SharePermissionRows.h"

#include <QBuffer>
#include <QTest>
#include <QTimeZone>

using namespace isb;

namespace {

QDateTime utc(const char *iso) {
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

SharePermissionPage samplePage() {
    SharePermissionPage page;
    page.regionId = QStringLiteral("cn-hangzhou");
    page.imageId = QStringLiteral("m-bp1abc");
    page.totalCount = 3;
    page.accounts = {{QStringLiteral("155780923770"), utc("2024-03-01T08:00:00Z")},
                     {QStringLiteral("1234567890123456"), QDateTime()},
                     {QStringLiteral("=2+5"), utc("2024-03-02T23:59:59Z")}};
    page.shareGroups = {QStringLiteral("all")};
    return page;
}

} // namespace

class TestExportRows final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sharePermissionHeader();
    void sharePermissionRows();
    void sharePermissionCsv();
    void sharedTimeIsUtc();
    void emptyPermissions();
    void regions();
    void images();
};

void TestExportRows::sharePermissionHeader() {
    QCOMPARE(SharePermissionRows::header().join(QLatin1Char(',')),
             QStringLiteral("RegionId,ImageId,ImageName,Kind,Principal,SharedTime,Label"));
}

void TestExportRows::sharePermissionRows() {
    const SharePermissionRows rows(QStringLiteral("cn-hangzhou"), QStringLiteral("m-bp1abc"),
                                   QStringLiteral("web"), samplePage());
    QCOMPARE(rows.size(), qsizetype(4));
    const QList<QStringList> all = rows.rows();
    QCOMPARE(all.at(0),
             (QStringList{QStringLiteral("cn-hangzhou"), QStringLiteral("m-bp1abc"), QStringLiteral("web"),
                          QStringLiteral("Account"), QStringLiteral("155780923770"),
                          QStringLiteral("2024-03-01T08:00:00Z")}));
    QCOMPARE(all.at(1),
             (QStringList{QStringLiteral("cn-hangzhou"), QStringLiteral("m-bp1abc"), QStringLiteral("web"),
                          QStringLiteral("Account"), QStringLiteral("1234567890123456"), QString()}));
    QCOMPARE(all.at(3),
             (QStringList{QStringLiteral("cn-hangzhou"), QStringLiteral("m-bp1abc"), QStringLiteral("web"),
                          QStringLiteral("Group"), QStringLiteral("all"), QString()}));
    QCOMPARE(rows.row(2), all.at(2));
}

void TestExportRows::sharePermissionCsv() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    const SharePermissionRows rows(QStringLiteral("cn-hangzhou"), QStringLiteral("m-bp1abc"),
                                   QStringLiteral("-web, \"prod\""), samplePage());
    QVERIFY(rows.writeCsv(writer));
    const QByteArray expected =
        "RegionId,ImageId,ImageName,Kind,Principal,SharedTime,Label\r\n"
        "cn-hangzhou,m-bp1abc,\"'-web, \"\"prod\"\"\",Account,155780923770,2024-03-01T08:00:00Z,\r\n"
        "cn-hangzhou,m-bp1abc,\"'-web, \"\"prod\"\"\",Account,1234567890123456,,\r\n"
        "cn-hangzhou,m-bp1abc,\"'-web, \"\"prod\"\"\",Account,'=2+5,2024-03-02T23:59:59Z,\r\n"
        "cn-hangzhou,m-bp1abc,\"'-web, \"\"prod\"\"\",Group,all,,\r\n";
    QCOMPARE(buffer.data(), expected);

    QList<QStringList> records;
    QString error;
    QVERIFY2(Rfc4180Parser::parse(buffer.data(), &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 5);
}

void TestExportRows::sharedTimeIsUtc() {
    // A time in another zone is written in UTC with a Z, never with an offset or milliseconds.
    SharePermissionPage page;
    QDateTime shanghai(QDate(2024, 3, 1), QTime(16, 0, 0, 123), QTimeZone("Asia/Shanghai"));
    page.accounts = {{QStringLiteral("1"), shanghai}};
    const SharePermissionRows rows(QStringLiteral("r"), QStringLiteral("i"), {}, page);
    QCOMPARE(rows.row(0).at(5), QStringLiteral("2024-03-01T08:00:00Z")); // SharedTime; Label is last
}

void TestExportRows::emptyPermissions() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    const SharePermissionRows rows(QStringLiteral("r"), QStringLiteral("i"), {}, SharePermissionPage());
    QCOMPARE(rows.size(), qsizetype(0));
    QVERIFY(rows.writeCsv(writer));
    QCOMPARE(buffer.data(), QByteArray("RegionId,ImageId,ImageName,Kind,Principal,SharedTime,Label\r\n"));
}

void TestExportRows::regions() {
    Region region{QStringLiteral("cn-hangzhou"), QStringLiteral("华东1（杭州）"),
                  QStringLiteral("ecs.cn-hangzhou.aliyuncs.com"), QStringLiteral("available")};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRow(RegionRows::header());
    writer.writeRow(RegionRows::row(region));
    QVERIFY(writer.flush());
    QCOMPARE(QString::fromUtf8(buffer.data()),
             QStringLiteral("RegionId,LocalName,RegionEndpoint,Status\r\n"
                            "cn-hangzhou,华东1（杭州）,ecs.cn-hangzhou.aliyuncs.com,available\r\n"));
}

void TestExportRows::images() {
    Image image;
    image.regionId = QStringLiteral("cn-hangzhou");
    image.imageId = QStringLiteral("m-bp1abc");
    image.imageName = QStringLiteral("web");
    image.description = QStringLiteral("=evil()");
    image.status = QStringLiteral("Available");
    image.osName = QStringLiteral("Alibaba Cloud Linux 3");
    image.osType = QStringLiteral("linux");
    image.architecture = QStringLiteral("x86_64");
    image.creationTime = utc("2019-11-15T06:07:05Z");
    image.sizeGiB = 40;
    image.isSelfShared = true;
    QCOMPARE(ImageRows::header().size(), ImageRows::row(image).size());
    QCOMPARE(ImageRows::row(image),
             (QStringList{QStringLiteral("cn-hangzhou"), QStringLiteral("m-bp1abc"), QStringLiteral("web"),
                          QStringLiteral("Available"), QStringLiteral("2019-11-15T06:07:05Z"),
                          QStringLiteral("Alibaba Cloud Linux 3"), QStringLiteral("linux"),
                          QStringLiteral("x86_64"), QStringLiteral("40"), QStringLiteral("true"),
                          QStringLiteral("=evil()")}));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRow(ImageRows::row(image));
    QVERIFY(writer.flush());
    QVERIFY(buffer.data().endsWith(",40,true,'=evil()\r\n"));
}

QTEST_GUILESS_MAIN(TestExportRows)
#include "tst_exportrows.moc"
