#include "export/JsonExport.h"
#include "export/JsonWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace isb;

namespace {

QDateTime utc(const char *iso) {
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

/// Top-level keys in the order they appear in the text (QJsonObject would sort them).
QStringList keyOrder(const QByteArray &json, int indent) {
    QStringList keys;
    const QByteArray prefix = QByteArray(indent, ' ') + '"';
    for (const QByteArray &line : json.split('\n')) {
        if (line.startsWith(prefix) && line.size() > prefix.size() && line.at(prefix.size()) != ' ') {
            const qsizetype end = line.indexOf('"', prefix.size());
            keys.append(QString::fromUtf8(line.mid(prefix.size(), end - prefix.size())));
        }
    }
    return keys;
}

} // namespace

class TestJsonExport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quote_data();
    void quote();
    void writerLayout();
    void compact();
    void sharePermission();
    void sharePermissionWithoutName();
    void regions();
    void images();
};

void TestJsonExport::quote_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("\"abc\"");
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
    QTest::newRow("controls") << QStringLiteral("\n\r\t\b\f") << QByteArray("\"\\n\\r\\t\\b\\f\"");
    QTest::newRow("escape char") << QStringLiteral("\x1b[31m") << QByteArray("\"\\u001b[31m\"");
    QTest::newRow("chinese") << QStringLiteral("生产") << QByteArray("\"\xe7\x94\x9f\xe4\xba\xa7\"");
    QTest::newRow("slash kept") << QStringLiteral("a/b") << QByteArray("\"a/b\"");
}

void TestJsonExport::quote() {
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonWriter::quote(text), expected);
    // What QJsonDocument reads back is the original text.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + expected + "]");
    QCOMPARE(doc.array().at(0).toString(), text);
}

void TestJsonExport::writerLayout() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonWriter json(&buffer);
    json.beginObject();
    json.writeString(u"Z", u"last letter first");
    json.writeNumber(u"A", -5);
    json.beginArray(u"Empty");
    json.endArray();
    json.beginArray(u"List");
    json.writeBool(true);
    json.beginObject();
    json.writeNull(u"N");
    json.endObject();
    json.endArray();
    json.endObject();
    QVERIFY(json.finish());
    QCOMPARE(buffer.data(), QByteArray("{\n"
                                       "    \"Z\": \"last letter first\",\n"
                                       "    \"A\": -5,\n"
                                       "    \"Empty\": [],\n"
                                       "    \"List\": [\n"
                                       "        true,\n"
                                       "        {\n"
                                       "            \"N\": null\n"
                                       "        }\n"
                                       "    ]\n"
                                       "}\n"));
}

void TestJsonExport::compact() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonWriter json(&buffer, JsonWriter::Format::Compact);
    json.beginArray();
    json.writeNumber(1);
    json.writeString(u"x");
    json.endArray();
    QVERIFY(json.finish());
    QCOMPARE(buffer.data(), QByteArray("[1,\"x\"]\n"));
}

void TestJsonExport::sharePermission() {
    SharePermissionPage page;
    page.totalCount = 2;
    page.accounts = {{QStringLiteral("155780923770"), utc("2024-03-01T08:00:00Z")},
                     {QStringLiteral("1234567890123456"), QDateTime()}};
    page.shareGroups = {QStringLiteral("all")};

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(JsonExport::writeSharePermission(&buffer, QStringLiteral("cn-hangzhou"),
                                             QStringLiteral("m-bp1abc"), QStringLiteral("生产镜像"), page));
    const QByteArray text = buffer.data();
    QCOMPARE(keyOrder(text, 4), (QStringList{QStringLiteral("RegionId"), QStringLiteral("ImageId"),
                                             QStringLiteral("ImageName"), QStringLiteral("TotalCount"),
                                             QStringLiteral("Accounts"), QStringLiteral("ShareGroups")}));

    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(u"RegionId").toString(), QStringLiteral("cn-hangzhou"));
    QCOMPARE(object.value(u"ImageName").toString(), QStringLiteral("生产镜像"));
    QCOMPARE(object.value(u"TotalCount").toInt(), 2);
    const QJsonArray accounts = object.value(u"Accounts").toArray();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).toObject(),
             (QJsonObject{{QStringLiteral("AliyunId"), QStringLiteral("155780923770")},
                          {QStringLiteral("SharedTime"), QStringLiteral("2024-03-01T08:00:00Z")}}));
    // No time from the service: the key is left out rather than null or empty.
    QCOMPARE(accounts.at(1).toObject(),
             (QJsonObject{{QStringLiteral("AliyunId"), QStringLiteral("1234567890123456")}}));
    QCOMPARE(object.value(u"ShareGroups").toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("Group"), QStringLiteral("all")}}}));
    QVERIFY(text.contains("            \"AliyunId\": \"155780923770\",\n            \"SharedTime\""));
}

void TestJsonExport::sharePermissionWithoutName() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(JsonExport::writeSharePermission(&buffer, QStringLiteral("r"), QStringLiteral("m-1"), QString(),
                                             SharePermissionPage()));
    QCOMPARE(buffer.data(), QByteArray("{\n"
                                       "    \"RegionId\": \"r\",\n"
                                       "    \"ImageId\": \"m-1\",\n"
                                       "    \"TotalCount\": 0,\n"
                                       "    \"Accounts\": [],\n"
                                       "    \"ShareGroups\": []\n"
                                       "}\n"));
}

void TestJsonExport::regions() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(JsonExport::writeRegions(
        &buffer, {{QStringLiteral("cn-hangzhou"), QStringLiteral("华东1（杭州）"),
                   QStringLiteral("ecs.cn-hangzhou.aliyuncs.com"), QStringLiteral("available")}}));
    const QJsonArray regions = QJsonDocument::fromJson(buffer.data()).object().value(u"Regions").toArray();
    QCOMPARE(regions.size(), 1);
    QCOMPARE(regions.at(0).toObject().value(u"LocalName").toString(), QStringLiteral("华东1（杭州）"));
    QCOMPARE(keyOrder(buffer.data(), 12),
             (QStringList{QStringLiteral("RegionId"), QStringLiteral("LocalName"),
                          QStringLiteral("RegionEndpoint"), QStringLiteral("Status")}));
}

void TestJsonExport::images() {
    Image image;
    image.imageId = QStringLiteral("m-1");
    image.imageName = QStringLiteral("web");
    image.status = QStringLiteral("Available");
    image.sizeGiB = 40;
    image.isSelfShared = true;
    ImagePage page;
    page.totalCount = 1;
    page.images = {image};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(JsonExport::writeImages(&buffer, QStringLiteral("cn-hangzhou"), page));
    const QJsonObject object = QJsonDocument::fromJson(buffer.data()).object();
    QCOMPARE(object.value(u"RegionId").toString(), QStringLiteral("cn-hangzhou"));
    QCOMPARE(object.value(u"TotalCount").toInt(), 1);
    const QJsonObject first = object.value(u"Images").toArray().at(0).toObject();
    QCOMPARE(first.value(u"Size").toInt(), 40);
    QCOMPARE(first.value(u"IsSelfShared").toBool(), true);
    QVERIFY(!first.contains(u"CreationTime")); // invalid time: omitted
    QCOMPARE(keyOrder(buffer.data(), 12),
             (QStringList{QStringLiteral("ImageId"), QStringLiteral("ImageName"),
                          QStringLiteral("Description"), QStringLiteral("Status"), QStringLiteral("OSName"),
                          QStringLiteral("OSType"), QStringLiteral("Architecture"), QStringLiteral("Size"),
                          QStringLiteral("IsSelfShared")}));
}

QTEST_GUILESS_MAIN(TestJsonExport)
#include "tst_jsonexport.moc"
