// The aliyun CLI and SDK credential file importers: files written by the test into a temporary HOME,
// parsed without being modified; malformed files give an error that never quotes their content.

#include "AliyunCliImporter.h"
#include "CredentialsTestSupport.h"
#include "SdkCredentialsImporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace isb;
using namespace isb::test;
using namespace Qt::StringLiterals;

class TestImporters final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void aliyunCliConfig();
    void aliyunCliMalformed_data();
    void aliyunCliMalformed();
    void aliyunCliMissingFile();

    void sdkCredentialsFile();
    void sdkCredentialsKeepsOddCharacters();
    void sdkDefaultPath();
    void sdkMalformed_data();
    void sdkMalformed();
    void directoryIsUnreadable();

private:
    QString writeFile(const QString &relativePath, const QByteArray &content);
    static QByteArray fingerprint(const QString &path);

    TestHome m_home;
};

void TestImporters::initTestCase() {
    QVERIFY(m_home.isValid());
    QCOMPARE(QDir::homePath(), m_home.path());
}

void TestImporters::aliyunCliConfig() {
    const QByteArray json = R"({
  "current": "prod",
  "profiles": [
    {"name": "default", "mode": "AK", "access_key_id": "", "access_key_secret": "", "region_id": "cn-hangzhou"},
    {"name": "prod", "mode": "AK", "access_key_id": "LTAIprod0001", "access_key_secret": "prod-secret",
     "region_id": "cn-shanghai", "output_format": "json", "language": "en"},
    {"name": "temp", "mode": "StsToken", "access_key_id": "STS.temp0001", "access_key_secret": "sts-secret",
     "sts_token": "sts-token", "region_id": "eu-central-1"},
    {"name": "old", "access_key_id": "LTAIold0001", "access_key_secret": "old-secret"},
    {"name": "role", "mode": "RamRoleArn", "access_key_id": "LTAIrole", "access_key_secret": "role-secret",
     "ram_role_arn": "acs:ram::123:role/x", "ram_session_name": "s"},
    {"name": "instance", "mode": "EcsRamRole", "ram_role_name": "r"},
    {"name": "ext", "mode": "External", "process_command": "rm -rf /"},
    {"name": "brokensts", "mode": "StsToken", "access_key_id": "STS.x", "access_key_secret": "y"},
    {"mode": "AK", "access_key_id": "nameless", "access_key_secret": "z"}
  ],
  "meta_path": ""
})";
    const QString path = writeFile(u".aliyun/config.json"_s, json);
    QCOMPARE(AliyunCliImporter::defaultPath(), path);
    const QByteArray before = fingerprint(path);

    const ImportResult result = AliyunCliImporter::importFile(AliyunCliImporter::defaultPath());
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.sourcePath, path);
    QCOMPARE(result.currentProfile, u"prod"_s);

    QCOMPARE(result.profiles.size(), 3);
    const ImportedProfile &prod = result.profiles.at(0);
    QCOMPARE(prod.name, u"prod"_s);
    QCOMPARE(prod.mode, u"AK"_s);
    QCOMPARE(prod.regionId, u"cn-shanghai"_s);
    QCOMPARE(prod.credentials.accessKeyId, u"LTAIprod0001"_s);
    QCOMPARE(prod.credentials.accessKeySecret, u"prod-secret"_s);
    QVERIFY(prod.hasSecret());
    QVERIFY(!prod.hasSecurityToken());
    const ImportedProfile &temp = result.profiles.at(1);
    QCOMPARE(temp.mode, u"StsToken"_s);
    QCOMPARE(temp.credentials.securityToken, u"sts-token"_s);
    QVERIFY(temp.hasSecurityToken());
    QCOMPARE(result.profiles.at(2).name, u"old"_s); // no mode: an old CLI's AK profile
    QCOMPARE(result.profiles.at(2).mode, u"AK"_s);

    QStringList unsupported;
    for (const UnsupportedProfile &profile : result.unsupported) {
        QVERIFY2(!profile.reason.isEmpty(), qPrintable(profile.name));
        unsupported << profile.name + u':' + profile.mode;
    }
    QCOMPARE(unsupported, (QStringList{u"default:AK"_s, u"role:RamRoleArn"_s, u"instance:EcsRamRole"_s,
                                       u"ext:External"_s, u"brokensts:StsToken"_s, u":AK"_s}));
    QVERIFY(result.unsupported.at(1).reason.contains(u"RAM role"_s));

    QCOMPARE(fingerprint(path), before); // read, never written
}

void TestImporters::aliyunCliMalformed_data() {
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("access_key_secret = leaked-secret\n");
    QTest::newRow("truncated") << QByteArray(
        R"({"profiles": [{"name": "a", "access_key_secret": "leaked-secret")");
    QTest::newRow("array root") << QByteArray(R"([{"name": "a", "access_key_secret": "leaked-secret"}])");
    QTest::newRow("profiles not a list")
        << QByteArray(R"({"profiles": {"access_key_secret": "leaked-secret"}})");
}

void TestImporters::aliyunCliMalformed() {
    QFETCH(QByteArray, content);
    const QString path = writeFile(u".aliyun/config.json"_s, content);
    const ImportResult result = AliyunCliImporter::importFile(path);
    QCOMPARE(result.status, ImportResult::Status::Malformed);
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(!result.error.contains(u"leaked-secret"_s), qPrintable(result.error));
    QVERIFY(result.profiles.isEmpty());
}

void TestImporters::aliyunCliMissingFile() {
    const ImportResult result = AliyunCliImporter::importFile(m_home.filePath(u"nowhere/config.json"_s));
    QCOMPARE(result.status, ImportResult::Status::FileNotFound);
    QVERIFY(!result.isOk());
}

void TestImporters::sdkCredentialsFile() {
    const QByteArray ini = "\xEF\xBB\xBF# written by a person\r\n"
                           "[default]\r\n"
                           "type = access_key\r\n"
                           "access_key_id = LTAIdefault01\r\n"
                           "access_key_secret = default-secret\r\n"
                           "\r\n"
                           "; comment\n"
                           "[sts-profile]\n"
                           "type=sts\n"
                           "access_key_id=STS.id0001\n"
                           "access_key_secret=\"quoted-secret\"\n"
                           "security_token = the-token\n"
                           "region_id = cn-beijing\n"
                           "[role]\n"
                           "type = ram_role_arn\n"
                           "access_key_id = x\n"
                           "access_key_secret = y\n"
                           "role_arn = acs:ram::1:role/r\n"
                           "[instance]\n"
                           "type = ecs_ram_role\n"
                           "role_name = r\n"
                           "[off]\n"
                           "enable = false\n"
                           "type = access_key\n"
                           "access_key_id = a\n"
                           "access_key_secret = b\n"
                           "[typeless]\n"
                           "access_key_id = a\n"
                           "[sts-no-token]\n"
                           "type = sts\n"
                           "access_key_id = a\n"
                           "access_key_secret = b\n";
    const QString path = writeFile(u".alibabacloud/credentials"_s, ini);
    const QByteArray before = fingerprint(path);

    const ImportResult result = SdkCredentialsImporter::importFile(path);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.profiles.size(), 2);
    const ImportedProfile &def = result.profiles.at(0);
    QCOMPARE(def.name, u"default"_s);
    QCOMPARE(def.mode, u"access_key"_s);
    QCOMPARE(def.credentials.accessKeyId, u"LTAIdefault01"_s);
    QCOMPARE(def.credentials.accessKeySecret, u"default-secret"_s);
    QVERIFY(def.regionId.isEmpty());
    const ImportedProfile &sts = result.profiles.at(1);
    QCOMPARE(sts.name, u"sts-profile"_s);
    QCOMPARE(sts.credentials.accessKeySecret, u"quoted-secret"_s);
    QCOMPARE(sts.credentials.securityToken, u"the-token"_s);
    QCOMPARE(sts.regionId, u"cn-beijing"_s);

    QStringList unsupported;
    for (const UnsupportedProfile &profile : result.unsupported) {
        QVERIFY2(!profile.reason.isEmpty(), qPrintable(profile.name));
        unsupported << profile.name;
    }
    QCOMPARE(unsupported,
             (QStringList{u"role"_s, u"instance"_s, u"off"_s, u"typeless"_s, u"sts-no-token"_s}));
    QCOMPARE(fingerprint(path), before);
}

void TestImporters::sdkCredentialsKeepsOddCharacters() {
    // QSettings' IniFormat would turn "a\b" into an escape and "%41" into "A"; a secret must survive as is.
    const ImportResult result = SdkCredentialsImporter::parse("[odd/name]\n"
                                                              "type = access_key\n"
                                                              "access_key_id = id/with\\slash\n"
                                                              "access_key_secret = a=b;c#d%41\\n/e\n");
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.profiles.size(), 1);
    QCOMPARE(result.profiles.first().name, u"odd/name"_s);
    QCOMPARE(result.profiles.first().credentials.accessKeyId, u"id/with\\slash"_s);
    QCOMPARE(result.profiles.first().credentials.accessKeySecret, u"a=b;c#d%41\\n/e"_s);
}

void TestImporters::sdkDefaultPath() {
    QCOMPARE(SdkCredentialsImporter::defaultPath(QProcessEnvironment()),
             m_home.path() + u"/.alibabacloud/credentials"_s);
    QProcessEnvironment environment;
    environment.insert(u"ALIBABA_CLOUD_CREDENTIALS_FILE"_s, m_home.filePath(u"custom.ini"_s));
    QCOMPARE(SdkCredentialsImporter::defaultPath(environment), m_home.filePath(u"custom.ini"_s));

    writeFile(u"custom.ini"_s, "[c]\ntype = access_key\naccess_key_id = i\naccess_key_secret = s\n");
    const ImportResult result =
        SdkCredentialsImporter::importFile(SdkCredentialsImporter::defaultPath(environment));
    QVERIFY(result.isOk());
    QCOMPARE(result.profiles.size(), 1);
    QCOMPARE(result.profiles.first().name, u"c"_s);
}

void TestImporters::sdkMalformed_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");

    QTest::newRow("key before section")
        << QByteArray("access_key_secret = leaked-secret\n[a]\n") << u"line 1"_s;
    QTest::newRow("no equals sign") << QByteArray("[a]\ntype = access_key\nleaked-secret\n") << u"line 3"_s;
    QTest::newRow("unterminated header")
        << QByteArray("[a]\n[b\naccess_key_secret = leaked-secret\n") << u"line 2"_s;
    QTest::newRow("empty header") << QByteArray("# c\n[ ]\n") << u"line 2"_s;
    QTest::newRow("duplicate section")
        << QByteArray("[a]\nx = 1\n[a]\naccess_key_secret = leaked-secret\n") << u"line 3"_s;
    QTest::newRow("empty key") << QByteArray("[a]\n= leaked-secret\n") << u"line 2"_s;
}

void TestImporters::sdkMalformed() {
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    const QString path = writeFile(u".alibabacloud/credentials"_s, content);
    const ImportResult result = SdkCredentialsImporter::importFile(path);
    QCOMPARE(result.status, ImportResult::Status::Malformed);
    QVERIFY2(result.error.startsWith(where), qPrintable(result.error));
    QVERIFY2(!result.error.contains(u"leaked-secret"_s), qPrintable(result.error));
    QVERIFY(result.profiles.isEmpty());
}

void TestImporters::directoryIsUnreadable() {
    QVERIFY(QDir(m_home.path()).mkpath(u"dir.json"_s));
    const ImportResult result = AliyunCliImporter::importFile(m_home.filePath(u"dir.json"_s));
    QCOMPARE(result.status, ImportResult::Status::Unreadable);
    QVERIFY(!result.error.isEmpty());
}

QString TestImporters::writeFile(const QString &relativePath, const QByteArray &content) {
    const QString path = m_home.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    file.close();
    // Like the real files: private to the user.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QByteArray TestImporters::fingerprint(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QFileInfo info(path);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex() + ' ' +
           QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + ' ' +
           QByteArray::number(int(info.permissions()));
}

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
