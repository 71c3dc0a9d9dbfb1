// EcsError::shortCode(): the service's Code, else the kind.

#include "EcsError.h"

#include <QTest>

using namespace isb;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(isb::EcsError::Kind)

class TestErrorShortCode final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shortCode_data();
    void shortCode();
};

void TestErrorShortCode::shortCode_data() {
    QTest::addColumn<EcsError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("service code") << EcsError::Kind::Api << u"Throttling.User"_s << u"Throttling.User"_s;
    QTest::newRow("local code") << EcsError::Kind::Refused << u"MissingCredentials"_s
                                << u"MissingCredentials"_s;
    QTest::newRow("network") << EcsError::Kind::Network << QString() << u"network"_s;
    QTest::newRow("timeout") << EcsError::Kind::Timeout << QString() << u"timeout"_s;
    QTest::newRow("tls") << EcsError::Kind::Tls << QString() << u"tls"_s;
    QTest::newRow("bad response") << EcsError::Kind::BadResponse << QString() << u"bad-response"_s;
    QTest::newRow("api without code") << EcsError::Kind::Api << QString() << u"api"_s;
}

void TestErrorShortCode::shortCode() {
    QFETCH(EcsError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(EcsError::local(kind, u"message"_s, code).shortCode(), expected);
}

QTEST_GUILESS_MAIN(TestErrorShortCode)
#include "tst_errorshortcode.moc"
