// SecretRedaction: every secret, in every form a text may carry it, becomes the mask; nothing else changes.

#include "rules/SecretRedaction.h"

#include <QTest>

using namespace isb;
using namespace Qt::StringLiterals;

class TestSecretRedaction final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void everyFieldOfAnError();
};

void TestSecretRedaction::text_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("others");
    QTest::addColumn<QString>("expected");
    QTest::newRow("secret") << u"bad secret s3cr3t-value here"_s << u"s3cr3t-value"_s << QString()
                            << QStringList() << u"bad secret <redacted> here"_s;
    QTest::newRow("twice") << u"s3cr3t/s3cr3t"_s << u"s3cr3t"_s << QString() << QStringList()
                           << u"<redacted>/<redacted>"_s;
    QTest::newRow("token") << u"token tok-123 expired"_s << u"other"_s << u"tok-123"_s << QStringList()
                           << u"token <redacted> expired"_s;
    QTest::newRow("typed in a field") << u"echo: typed-secret"_s << QString() << QString()
                                      << QStringList{u"typed-secret"_s} << u"echo: <redacted>"_s;
    QTest::newRow("field value with blanks") << u"echo: typed-secret."_s << QString() << QString()
                                             << QStringList{u"  typed-secret \n"_s} << u"echo: <redacted>."_s;
    // A shown secret is worse than a garbled message: short secrets are hidden too.
    QTest::newRow("short secret") << u"a-b"_s << u"b"_s << QString() << QStringList() << u"a-<redacted>"_s;
    QTest::newRow("empty secrets change nothing") << u"nothing secret"_s << QString() << QString()
                                                  << QStringList{QString(), u"  "_s} << u"nothing secret"_s;
    QTest::newRow("no secret in the text")
        << u"Throttling.User"_s << u"s3cr3t"_s << u"tok"_s << QStringList() << u"Throttling.User"_s;
}

void TestSecretRedaction::text() {
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(QStringList, others);
    QFETCH(QString, expected);
    const Credentials credentials{u"LTAI-key-id"_s, secret, token};
    QCOMPARE(SecretRedaction::redacted(text, credentials, others), expected);
}

void TestSecretRedaction::everyFieldOfAnError() {
    const Credentials credentials{u"LTAI-key-id"_s, u"the-secret"_s, u"the-token"_s};
    EcsError error;
    error.kind = EcsError::Kind::Api;
    error.httpStatus = 400;
    error.code = u"Bad.the-secret"_s;
    error.message = u"secret the-secret, token the-token"_s;
    error.recommend = u"https://example.com/?s=the-secret"_s;
    error.requestId = u"REQ-the-token"_s;
    error.hostId = u"host-the-secret"_s;
    const EcsError clean = SecretRedaction::redacted(error, credentials);
    QCOMPARE(clean.code, u"Bad.<redacted>"_s);
    QCOMPARE(clean.message, u"secret <redacted>, token <redacted>"_s);
    QCOMPARE(clean.recommend, u"https://example.com/?s=<redacted>"_s);
    QCOMPARE(clean.requestId, u"REQ-<redacted>"_s);
    QCOMPARE(clean.hostId, u"host-<redacted>"_s);
    QCOMPARE(clean.kind, error.kind);
    QCOMPARE(clean.httpStatus, error.httpStatus);
    QVERIFY(!clean.toOneLine().contains(u"the-secret"_s));
    // The key ID is not a secret: it stays, so that the user can tell which key failed.
    error.message = u"key LTAI-key-id"_s;
    QCOMPARE(SecretRedaction::redacted(error, credentials).message, u"key LTAI-key-id"_s);
}

QTEST_GUILESS_MAIN(TestSecretRedaction)
#include "tst_secretredaction.moc"
