// ProfileSourceLabels: each source has its own label and description, distinct from the others.

#include "ProfileSourceLabels.h"

#include <QSet>
#include <QTest>

using namespace isb;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(isb::CredentialProfile::Source)

class TestProfileSourceLabels final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void labels_data();
    void labels();
    void distinct();
};

void TestProfileSourceLabels::labels_data() {
    QTest::addColumn<CredentialProfile::Source>("source");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("inDescription");
    QTest::newRow("keychain") << CredentialProfile::Source::Keychain << u"Keychain"_s << u"system keychain"_s;
    QTest::newRow("environment") << CredentialProfile::Source::Environment << u"Environment (read-only)"_s
                                 << u"ALIBABA_CLOUD_*"_s;
    QTest::newRow("session") << CredentialProfile::Source::Session << u"This session only"_s
                             << u"nothing is on disk"_s;
}

void TestProfileSourceLabels::labels() {
    QFETCH(CredentialProfile::Source, source);
    QFETCH(QString, label);
    QFETCH(QString, inDescription);
    QCOMPARE(ProfileSourceLabels::label(source), label);
    QVERIFY2(ProfileSourceLabels::description(source).contains(inDescription),
             qPrintable(ProfileSourceLabels::description(source)));
}

void TestProfileSourceLabels::distinct() {
    QSet<QString> labels;
    QSet<QString> descriptions;
    for (const auto source : {CredentialProfile::Source::Keychain, CredentialProfile::Source::Environment,
                              CredentialProfile::Source::Session}) {
        labels.insert(ProfileSourceLabels::label(source));
        descriptions.insert(ProfileSourceLabels::description(source));
        // The stable name scripts read is another thing: never translated, never a label.
        QVERIFY(CredentialProfile::sourceName(source) != ProfileSourceLabels::label(source));
    }
    QCOMPARE(labels.size(), 3);
    QCOMPARE(descriptions.size(), 3);
}

QTEST_GUILESS_MAIN(TestProfileSourceLabels)
#include "tst_profilesourcelabels.moc"
