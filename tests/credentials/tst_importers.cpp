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

    void aliyunCliRoleModes();
    void aliyunCliHostileRoles_data();
    void aliyunCliHostileRoles();
    void sdkRoleType();
    void sdkHostileRoles_data();
    void sdkHostileRoles();

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

void TestImporters::aliyunCliRoleModes() {
    const QByteArray json = R"({
  "current": "member",
  "profiles": [
    {"name": "member", "mode": "RamRoleArn", "access_key_id": "LTAIsrc0001", "access_key_secret": "src-secret",
     "ram_role_arn": "acs:ram::1500000000000003:role/ResourceDirectoryAccountAccessRole",
     "ram_session_name": "ops@isb", "external_id": "isb-demo-external", "expired_seconds": 1800,
     "region_id": "cn-shanghai"},
    {"name": "prod", "mode": "AK", "access_key_id": "LTAIprod0001", "access_key_secret": "prod-secret"},
    {"name": "chained", "mode": "ChainableRamRoleArn", "source_profile": "prod",
     "ram_role_arn": "acs:ram::1500000000000002:role/ResourceDirectoryAccountAccessRole",
     "ram_session_name": "", "expired_seconds": 0},
    {"name": "temp-role", "mode": "RamRoleArn", "access_key_id": "STS.tmp", "access_key_secret": "tmp-secret",
     "sts_token": "tmp-token", "ram_role_arn": "acs:ram::1500000000000002:role/R"}
  ]
})";
    const QString path = writeFile(u".aliyun/config.json"_s, json);
    const QByteArray before = fingerprint(path);
    const ImportResult result = AliyunCliImporter::importFile(path);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.unsupported.size(), 0);
    QStringList names;
    for (const ImportedProfile &profile : result.profiles)
        names << profile.name + u':' + profile.mode;
    QCOMPARE(names, (QStringList{u"member-source:AK"_s, u"member:RamRoleArn"_s, u"prod:AK"_s,
                                 u"chained:ChainableRamRoleArn"_s, u"temp-role-source:StsToken"_s,
                                 u"temp-role:RamRoleArn"_s}));

    const ImportedProfile &source = result.profiles.at(0);
    QVERIFY(!source.isRole());
    QCOMPARE(source.credentials.accessKeyId, u"LTAIsrc0001"_s);
    QCOMPARE(source.credentials.accessKeySecret, u"src-secret"_s);
    QCOMPARE(source.regionId, u"cn-shanghai"_s);
    const ImportedProfile &member = result.profiles.at(1);
    QVERIFY(member.isRole());
    QVERIFY(!member.hasSecret()); // the role profile holds no key; its source does
    QCOMPARE(member.sourceProfile, u"member-source"_s);
    QCOMPARE(member.role.roleArn, u"acs:ram::1500000000000003:role/ResourceDirectoryAccountAccessRole"_s);
    QCOMPARE(member.role.sessionName, u"ops@isb"_s);
    QCOMPARE(member.role.externalId, u"isb-demo-external"_s);
    QCOMPARE(member.role.durationSeconds, 1800);
    QCOMPARE(member.regionId, u"cn-shanghai"_s);

    const ImportedProfile &chained = result.profiles.at(3);
    QCOMPARE(chained.sourceProfile, u"prod"_s); // the other profile, no key of its own
    QVERIFY(chained.credentials.accessKeyId.isEmpty());
    QCOMPARE(chained.role.sessionName, u"image-share-browser"_s); // empty: the default
    QCOMPARE(chained.role.durationSeconds, 3600);                 // 0: the default
    QCOMPARE(result.profiles.at(4).credentials.securityToken, u"tmp-token"_s);
    QCOMPARE(fingerprint(path), before);
}

void TestImporters::aliyunCliHostileRoles_data() {
    QTest::addColumn<QByteArray>("profile"); // the fields after name and mode
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("reason");
    const QByteArray key = R"("access_key_id": "LTAIx", "access_key_secret": "leaked-secret", )";
    const QString ramRoleArn = u"RamRoleArn"_s;
    QTest::newRow("no ARN") << key + R"("ram_session_name": "s1")" << ramRoleArn << u"role ARN is missing"_s;
    QTest::newRow("ARN is a number") << key + R"("ram_role_arn": 12)" << ramRoleArn
                                     << u"role ARN is missing"_s;
    QTest::newRow("user ARN") << key + R"("ram_role_arn": "acs:ram::1:user/alice")" << ramRoleArn
                              << u"must look like"_s;
    QTest::newRow("ARN with a line end") << key + R"("ram_role_arn": "acs:ram::1:role/r
")" << ramRoleArn << u"must look like"_s;
    QTest::newRow("ARN with a shell command")
        << key + R"("ram_role_arn": "acs:ram::1:role/r;rm -rf ~")" << ramRoleArn << u"must look like"_s;
    QTest::newRow("session name too long")
        << key + R"("ram_role_arn": "acs:ram::1:role/r", "ram_session_name": ")" + QByteArray(65, 'a') +
               R"(")"
        << ramRoleArn << u"session name"_s;
    QTest::newRow("session name with a control character")
        << key + R"("ram_role_arn": "acs:ram::1:role/r", "ram_session_name": "ab")" << ramRoleArn
        << u"session name"_s;
    QTest::newRow("ExternalId with spaces")
        << key + R"("ram_role_arn": "acs:ram::1:role/r", "external_id": "a b c")" << ramRoleArn
        << u"ExternalId"_s;
    QTest::newRow("duration too short")
        << key + R"("ram_role_arn": "acs:ram::1:role/r", "expired_seconds": 60)" << ramRoleArn
        << u"900 to 43200"_s;
    QTest::newRow("duration huge") << key + R"("ram_role_arn": "acs:ram::1:role/r", "expired_seconds": 1e300)"
                                   << ramRoleArn << u"900 to 43200"_s;
    QTest::newRow("duration a word")
        << key + R"("ram_role_arn": "acs:ram::1:role/r", "expired_seconds": "soon")" << ramRoleArn
        << u"900 to 43200"_s;
    QTest::newRow("no AccessKey") << QByteArray(R"("ram_role_arn": "acs:ram::1:role/r")") << ramRoleArn
                                  << u"neither an AccessKey nor a source profile"_s;
    QTest::newRow("chain without source") << QByteArray(R"("ram_role_arn": "acs:ram::1:role/r")")
                                          << u"ChainableRamRoleArn"_s << u"without a source_profile"_s;
    QTest::newRow("chain to itself") << QByteArray(
                                            R"("ram_role_arn": "acs:ram::1:role/r", "source_profile": "p")")
                                     << u"ChainableRamRoleArn"_s << u"names itself"_s;
}

void TestImporters::aliyunCliHostileRoles() {
    QFETCH(QByteArray, profile);
    QFETCH(QString, mode);
    QFETCH(QString, reason);
    const QByteArray json =
        R"({"profiles": [{"name": "p", "mode": ")" + mode.toUtf8() + R"(", )" + profile + "}]}";
    const ImportResult result = AliyunCliImporter::parse(json, u"config.json"_s);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.profiles.size(), 0); // not even the AccessKey of a role that cannot be imported
    QCOMPARE(result.unsupported.size(), 1);
    QCOMPARE(result.unsupported.first().name, u"p"_s);
    QCOMPARE(result.unsupported.first().mode, mode);
    QVERIFY2(result.unsupported.first().reason.contains(reason),
             qPrintable(result.unsupported.first().reason));
    QVERIFY(!result.unsupported.first().reason.contains(u"leaked-secret"_s));
}

void TestImporters::sdkRoleType() {
    const ImportResult result =
        SdkCredentialsImporter::parse("[member]\n"
                                      "type = ram_role_arn\n"
                                      "access_key_id = LTAIsrc0002\n"
                                      "access_key_secret = src-secret\n"
                                      "role_arn = acs:ram::1500000000000002:role/Auditor\n"
                                      "role_session_name = isb-audit\n"
                                      "role_session_expiration = 7200\n"
                                      "external_id = ext-1\n"
                                      "policy = {\"Statement\": []}\n"
                                      "region_id = cn-hangzhou\n");
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.profiles.size(), 2);
    QCOMPARE(result.profiles.at(0).name, u"member-source"_s);
    QCOMPARE(result.profiles.at(0).mode, u"AK"_s);
    QCOMPARE(result.profiles.at(0).credentials.accessKeySecret, u"src-secret"_s);
    const ImportedProfile &role = result.profiles.at(1);
    QCOMPARE(role.name, u"member"_s);
    QCOMPARE(role.mode, u"ram_role_arn"_s);
    QCOMPARE(role.sourceProfile, u"member-source"_s);
    QCOMPARE(role.role.roleArn, u"acs:ram::1500000000000002:role/Auditor"_s);
    QCOMPARE(role.role.sessionName, u"isb-audit"_s);
    QCOMPARE(role.role.durationSeconds, 7200);
    QCOMPARE(role.role.externalId, u"ext-1"_s);
    QCOMPARE(role.regionId, u"cn-hangzhou"_s);
}

void TestImporters::sdkHostileRoles_data() {
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("reason");
    const QByteArray key = "access_key_id = a\naccess_key_secret = leaked-secret\n";
    QTest::newRow("no role_arn") << key << u"role ARN is missing"_s;
    QTest::newRow("arn of another cloud") << key + "role_arn = arn:aws:iam::1:role/r\n"
                                          << u"must look like"_s;
    QTest::newRow("expiration a word") << key + "role_arn = acs:ram::1:role/r\nrole_session_expiration = 1h\n"
                                       << u"900 to 43200"_s;
    QTest::newRow("expiration negative")
        << key + "role_arn = acs:ram::1:role/r\nrole_session_expiration = -900\n"
        << u"900 to 43200"_s;
    QTest::newRow("session name non-ASCII")
        << key + "role_arn = acs:ram::1:role/r\nrole_session_name = \xE4\xBC\x9A\xE8\xAF\x9D\n"
        << u"session name"_s;
    QTest::newRow("no key") << QByteArray("role_arn = acs:ram::1:role/r\n") << u"neither an AccessKey"_s;
}

void TestImporters::sdkHostileRoles() {
    QFETCH(QByteArray, fields);
    QFETCH(QString, reason);
    const ImportResult result = SdkCredentialsImporter::parse("[p]\ntype = ram_role_arn\n" + fields);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.profiles.size(), 0);
    QCOMPARE(result.unsupported.size(), 1);
    QVERIFY2(result.unsupported.first().reason.contains(reason),
             qPrintable(result.unsupported.first().reason));
    QVERIFY(!result.unsupported.first().reason.contains(u"leaked-secret"_s));
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
    QCOMPARE(result.profiles.size(), 4);
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
    // type ram_role_arn: its AccessKey as "role-source", then the role profile that uses it.
    QCOMPARE(result.profiles.at(2).name, u"role-source"_s);
    QCOMPARE(result.profiles.at(2).credentials.accessKeyId, u"x"_s);
    QCOMPARE(result.profiles.at(3).name, u"role"_s);
    QCOMPARE(result.profiles.at(3).role.roleArn, u"acs:ram::1:role/r"_s);
    QCOMPARE(result.profiles.at(3).sourceProfile, u"role-source"_s);

    QStringList unsupported;
    for (const UnsupportedProfile &profile : result.unsupported) {
        QVERIFY2(!profile.reason.isEmpty(), qPrintable(profile.name));
        unsupported << profile.name;
    }
    QCOMPARE(unsupported, (QStringList{u"instance"_s, u"off"_s, u"typeless"_s, u"sts-no-token"_s}));
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
